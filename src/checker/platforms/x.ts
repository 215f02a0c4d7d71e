import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, refreshRefused, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://docs.x.com/x-api/fundamentals/response-codes-and-errors (v1.1 codes 32, 88, 89, 215, 453; v2 problem types)
// - https://docs.x.com/x-api/fundamentals/rate-limits (429, x-rate-limit-limit / -remaining / -reset)
// - https://docs.x.com/x-api/getting-started/about-x-api (access levels, Apps attached to Projects)
// - https://docs.x.com/resources/fundamentals/authentication/overview (OAuth 1.0a, OAuth 2.0, bearer tokens)
export const fix = 'developer.x.com → Developer Portal → Projects & Apps → your App → Keys and tokens (regenerate) and User authentication settings (read/write permissions); plan under Products';

export default definePlatform({
	slug: 'x',
	name: 'X (Twitter) API',
	// The SDKs and their classes kept the old name: TwitterAPI, tweepy's TwitterServerError, twitter-api-v2; and tweepy,
	// the Python SDK, names itself (tweepy.errors.Forbidden, site-packages/tweepy/).
	spellings: ['Twitter', 'tweepy'],
	hosts: ['api.twitter.com', 'api.x.com', 'upload.twitter.com', 'twitter.com', 'x.com'],
	headers: ['x-transaction-id', 'x-access-level'],
	// The v1.1 error envelope, a numbered code before its message: {"errors":[{"code":88,"message":"Rate limit exceeded"}]}
	// (v1.1 response codes).
	signature: /\{\s{0,4}"errors"\s{0,4}:\s{0,4}\[\s{0,4}\{\s{0,4}"code"\s{0,4}:\s{0,4}\d{1,3}\s{0,4},\s{0,4}"message"\s{0,4}:/,
	codes: {
		'32': invalidCredentials,
		'89': invalidCredentials,
		'215': badRequest,
		'453': notPermitted,
		'88': rateLimited,
		// 'Application cannot perform write actions': the app is restricted (tweepy#1663).
		'261': notPermitted,
		'34': notAuth,
		// v2 problem "reason" values.
		'client-not-enrolled': notPermitted,
		'unsupported-authentication': badRequest,
		'usage-capped': rateLimited,
	},
	messages: {
		'Invalid or expired token': invalidCredentials,
		'Could not authenticate you': invalidCredentials,
		'Bad Authentication data': badRequest,
		'You currently have access to a subset of': notPermitted,
		'developer App that is attached to a Project': notPermitted,
		// OAuth 2.0 token endpoint (plhery/node-twitter-api-v2#496) and OAuth 1.0a authorize page (meteor/meteor#3405).
		'Value passed for the authorization code was invalid': refreshRefused,
		'The request token for this page is invalid': refreshRefused,
		'Sorry, that page does not exist': notAuth,
	},
});
