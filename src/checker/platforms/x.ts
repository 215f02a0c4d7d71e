import { definePlatform } from './define.ts';

// Sources:
// - https://docs.x.com/x-api/fundamentals/response-codes-and-errors (v1.1 codes 32, 88, 89, 215, 453; v2 problem types)
// - https://docs.x.com/x-api/fundamentals/rate-limits (429, x-rate-limit-limit / -remaining / -reset)
// - https://docs.x.com/x-api/getting-started/about-x-api (access levels, Apps attached to Projects)
// - https://docs.x.com/resources/fundamentals/authentication/overview (OAuth 1.0a, OAuth 2.0, bearer tokens)
export const fix = 'developer.x.com → Developer Portal → Projects & Apps → your App → Keys and tokens (regenerate) and User authentication settings (read/write permissions); plan under Products';

export default definePlatform({
	slug: 'x',
	name: 'X (Twitter) API',
	hosts: ['api.twitter.com', 'api.x.com', 'upload.twitter.com', 'twitter.com', 'x.com'],
	headers: ['x-transaction-id', 'x-access-level'],
	codes: {
		'32': ['unauthorized', 'regenerate-credentials'],
		'89': ['unauthorized', 'regenerate-credentials'],
		'215': ['unauthorized', 'fix-request'],
		'453': ['forbidden', 'check-permissions'],
		'88': ['rate-limited', 'wait-and-retry'],
		'34': ['not-auth', 'none'],
		// v2 problem "reason" values.
		'client-not-enrolled': ['forbidden', 'check-permissions'],
		'unsupported-authentication': ['unauthorized', 'fix-request'],
		'usage-capped': ['rate-limited', 'wait-and-retry'],
	},
	messages: {
		'Invalid or expired token': ['unauthorized', 'regenerate-credentials'],
		'Could not authenticate you': ['unauthorized', 'regenerate-credentials'],
		'Bad Authentication data': ['unauthorized', 'fix-request'],
		'You currently have access to a subset of': ['forbidden', 'check-permissions'],
		'must use keys and tokens from a Twitter developer App that is attached to a Project': ['forbidden', 'check-permissions'],
		'Rate limit exceeded': ['rate-limited', 'wait-and-retry'],
		// OAuth 2.0 token endpoint (plhery/node-twitter-api-v2#496) and OAuth 1.0a authorize page (meteor/meteor#3405).
		'Value passed for the authorization code was invalid': ['refresh-failed', 'reauthorize'],
		'The request token for this page is invalid': ['refresh-failed', 'reauthorize'],
		'Sorry, that page does not exist': ['not-auth', 'none'],
	},
});
