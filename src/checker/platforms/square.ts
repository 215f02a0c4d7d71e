import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, consentRevoked, notPermitted, tokenExpired, refreshRefused, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://developer.squareup.com/reference/square/enums/ErrorCode (UNAUTHORIZED, ACCESS_TOKEN_EXPIRED, ACCESS_TOKEN_REVOKED, INSUFFICIENT_SCOPES, FORBIDDEN, RATE_LIMITED)
// - https://developer.squareup.com/docs/build-basics/handling-errors ({"errors":[{"category","code","detail"}]})
// - https://developer.squareup.com/docs/devtools/sandbox/overview (connect.squareupsandbox.com vs connect.squareup.com, separate sandbox credentials)
// - https://developer.squareup.com/docs/oauth-api/refresh-revoke-limit-scope (30-day access tokens, refresh, revoke)
export const fix = 'Developer Dashboard → your application → Credentials (Sandbox / Production toggle) and OAuth (scopes); sellers revoke apps under Square Dashboard → Apps';

export default definePlatform({
	slug: 'square',
	name: 'Square',
	hosts: ['squareup.com', 'squareupsandbox.com'],
	codes: {
		UNAUTHORIZED: invalidCredentials,
		ACCESS_TOKEN_EXPIRED: tokenExpired,
		ACCESS_TOKEN_REVOKED: consentRevoked,
		INSUFFICIENT_SCOPES: missingScope,
		FORBIDDEN: notPermitted,
		CLIENT_DISABLED: notPermitted,
		APPLICATION_DISABLED: notPermitted,
		RATE_LIMITED: rateLimited,
		RATE_LIMIT_ERROR: rateLimited,
	},
	messages: {
		// The detail of every UNAUTHORIZED, whatever the cause: an umbrella, so a detail that names the cause (a malformed
		// header) wins when the paste holds both.
		'This request could not be authorized': ['unauthorized'],
		'http header of your request was malformed': badRequest,
		'http header of your request was incorrect or expired': invalidCredentials,
		'You have insufficient permissions to perform that action': notPermitted,
		// RenewToken / ObtainToken on a revoked grant (square/connect-ruby-sdk#73).
		'cannot renew revoked token': refreshRefused,
		// ACCESS_TOKEN_EXPIRED's detail, which names Square's own endpoint (wordpress.org/support/?p=14328674).
		'renew the access token via the Renew Access Token endpoint': tokenExpired,
	},
	// Every Square error names one of its categories (handling-errors); HubSpot's errors have a category too
	// (VALIDATION_ERROR), so only Square's own names count.
	signature: /["']category["']\s{0,4}:\s{0,4}["'](?:api|authentication|invalid_request|rate_limit|payment_method|refund|merchant_subscription|external_vendor)_error["']/,
	environments: {
		sandbox: { hosts: ['connect.squareupsandbox.com', 'pci-connect.squareupsandbox.com'], tokenPrefixes: ['sandbox-sq0atb-', 'sandbox-sq0idb-'] },
		production: { hosts: ['connect.squareup.com', 'pci-connect.squareup.com'], tokenPrefixes: ['sq0atp-', 'sq0idp-'] },
	},
});
