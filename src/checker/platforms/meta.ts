import { definePlatform } from './define.ts';

// Sources:
// - https://developers.facebook.com/docs/graph-api/guides/error-handling (error.message / type / code / error_subcode / fbtrace_id; 190 + 458/459/460/463/464/467; 4/17/32/613; 10 and 200-299)
// - https://developers.facebook.com/docs/graph-api/overview/rate-limiting (X-App-Usage, X-Business-Use-Case-Usage, codes 4/17/32/613)
// - https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived (token lifetimes; no refresh tokens, re-login/extend)
// - https://developers.facebook.com/docs/permissions (permissions reference)
export const fix = 'developers.facebook.com → your app → App Review → Permissions and Features (and Graph API Explorer / Access Token Debugger); users manage apps in Facebook Settings → Apps and Websites';

export default definePlatform({
	slug: 'meta',
	name: 'Meta Graph API',
	hosts: ['graph.facebook.com', 'facebook.com', 'graph.instagram.com'],
	headers: ['x-fb-trace-id', 'x-fb-debug', 'x-fb-rev', 'x-app-usage', 'x-business-use-case-usage'],
	codes: {
		// code 190 (invalid OAuth access token) and its error_subcode values.
		'190': ['unauthorized', 'reauthorize'],
		'463': ['token-expired', 'refresh-token'],
		'460': ['unauthorized', 'reauthorize'],
		'458': ['unauthorized', 'reauthorize'],
		'467': ['unauthorized', 'reauthorize'],
		'613': ['rate-limited', 'wait-and-retry'],
	},
	messages: {
		'Session has expired on': ['token-expired', 'refresh-token'],
		'the user changed their password': ['unauthorized', 'reauthorize'],
		'has not authorized application': ['unauthorized', 'reauthorize'],
		'(#4) Application request limit reached': ['rate-limited', 'wait-and-retry'],
		'(#17) User request limit reached': ['rate-limited', 'wait-and-retry'],
		'(#32) Page request limit': ['rate-limited', 'wait-and-retry'],
		'(#613) Calls to this api have exceeded the rate limit': ['rate-limited', 'wait-and-retry'],
		'(#10) Application does not have permission': ['invalid-scope', 'add-scope'],
		'(#200)': ['invalid-scope', 'add-scope'],
		// "(#283) Requires pages_read_engagement permission" (PipedreamHQ/pipedream#7581).
		'(#283) Requires': ['invalid-scope', 'add-scope'],
	},
});
