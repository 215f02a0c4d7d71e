import { definePlatform } from './define.ts';
import { consentRevoked, tokenExpired, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://developers.facebook.com/docs/graph-api/guides/error-handling (error.message / type / code / error_subcode / fbtrace_id; 190 + 458/459/460/463/464/467; 4/17/32/613; 10 and 200-299)
// - https://developers.facebook.com/docs/graph-api/overview/rate-limiting (X-App-Usage, X-Business-Use-Case-Usage, codes 4/17/32/613)
// - https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived (token lifetimes; no refresh tokens, re-login/extend)
// - https://developers.facebook.com/docs/permissions (permissions reference)
export const fix = 'developers.facebook.com → your app → App Review → Permissions and Features (and Graph API Explorer / Access Token Debugger); users manage apps in Facebook Settings → Apps and Websites';

export default definePlatform({
	slug: 'meta',
	name: 'Meta Graph API',
	// The SDKs kept Facebook's name (facebook_business, FacebookAdsApi, Facebook\Exceptions); "Meta" is a word of its own.
	nameIsWord: true,
	spellings: ['Facebook'],
	hosts: ['graph.facebook.com', 'facebook.com', 'graph.instagram.com'],
	headers: ['x-fb-trace-id', 'x-fb-debug', 'x-fb-rev', 'x-app-usage', 'x-business-use-case-usage'],
	// Every Graph API error body carries its trace id (error-handling guide), however an SDK prints it.
	signature: /\bfbtrace_id\b/,
	codes: {
		// code 190 (invalid OAuth access token) and its error_subcode values.
		'190': consentRevoked,
		'463': tokenExpired,
		'460': consentRevoked,
		'458': consentRevoked,
		'467': consentRevoked,
		'613': rateLimited,
	},
	messages: {
		'Session has expired on': tokenExpired,
		'the user changed their password': consentRevoked,
		'has not authorized application': consentRevoked,
		'(#4) Application request limit reached': rateLimited,
		'(#17) User request limit reached': rateLimited,
		'(#32) Page request limit': rateLimited,
		'(#613) Calls to this api have exceeded the rate limit': rateLimited,
		'(#10) Application does not have permission': missingScope,
		'(#200)': missingScope,
		// "(#283) Requires pages_read_engagement permission" (PipedreamHQ/pipedream#7581).
		'(#283) Requires': missingScope,
	},
});
