import { definePlatform } from './define.ts';
import { badRequest, notPermitted, tokenExpired, refreshRefused, wrongEnvironment, rateLimited } from './verdicts.ts';

// Sources:
// - https://developer.intuit.com/app/developer/qbo/docs/develop/troubleshooting/error-codes (3100, 3200, 3001 ThrottleExceeded)
// - https://help.developer.intuit.com/s/article/3100-message-AuthorizationFailed-errorCode-003100-statusCode-403 (sandbox company needs the sandbox base URL)
// - https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0 (1-hour access tokens, rotating refresh tokens)
// - https://developer.intuit.com/app/developer/qbo/docs/develop/sandboxes (sandbox-quickbooks.api.intuit.com)
export const fix = 'developer.intuit.com → My Apps → Keys & credentials (Development vs Production keys, scopes); the company must match the base URL (sandbox-quickbooks vs quickbooks)';

export default definePlatform({
	slug: 'quickbooks',
	name: 'QuickBooks Online',
	proseNames: ['QuickBooks', 'Intuit'],
	hosts: ['intuit.com'],
	headers: ['intuit_tid'],
	// Intuit's fault text, whatever the SDK: "message=AuthenticationFailed; errorCode=003200; statusCode=401".
	signature: /message=[^;\n]{1,300};\s{0,8}errorcode=\d{6};\s{0,8}statuscode=\d{3}/,
	codes: {
		// "message=AuthenticationFailed; errorCode=003200; statusCode=401" (github.com/routablehq/python-quickbooks/issues/118)
		'3200': tokenExpired,
		'3100': notPermitted,
		'3001': rateLimited,
		// Not AuthenticationFailed and AuthorizationFailed, the faults' names: Azure Storage and Azure Resource Manager
		// send the same codes; Intuit's numbers and fault text say QuickBooks.
		ApplicationAuthorizationFailed: notPermitted,
		ThrottleExceeded: rateLimited,
	},
	messages: {
		'Malformed bearer token': badRequest,
		// github.com/routablehq/python-quickbooks/issues/397
		'Incorrect or invalid refresh token': refreshRefused,
		// The PHP SDK's ServiceException when the token endpoint refuses the refresh (spinen/laravel-quickbooks-client#27).
		'Refresh OAuth 2 Access token with Refresh Token failed': refreshRefused,
		// production tokens on the sandbox cluster or reverse (github.com/routablehq/python-quickbooks/issues/369)
		'Accessing Wrong Cluster': wrongEnvironment,
		// errorCode 007001 (github.com/ruckus/quickbooks-ruby/issues/206)
		'Sandbox company works with Sandbox URL': wrongEnvironment,
		// Production keys signing in to the sandbox, which has no company for the user (myleshyson/laravel-quickbooks#21).
		'No Sandbox companies found': wrongEnvironment,
	},
	environments: {
		sandbox: { hosts: ['sandbox-quickbooks.api.intuit.com'] },
		production: { hosts: ['quickbooks.api.intuit.com'] },
	},
});
