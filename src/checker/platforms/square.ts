import { definePlatform } from './define.ts';

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
		UNAUTHORIZED: ['unauthorized', 'regenerate-credentials'],
		ACCESS_TOKEN_EXPIRED: ['token-expired', 'refresh-token'],
		ACCESS_TOKEN_REVOKED: ['unauthorized', 'reauthorize'],
		INSUFFICIENT_SCOPES: ['invalid-scope', 'add-scope'],
		FORBIDDEN: ['forbidden', 'check-permissions'],
		CLIENT_DISABLED: ['forbidden', 'check-permissions'],
		APPLICATION_DISABLED: ['forbidden', 'check-permissions'],
		RATE_LIMITED: ['rate-limited', 'wait-and-retry'],
		RATE_LIMIT_ERROR: ['rate-limited', 'wait-and-retry'],
	},
	messages: {
		'This request could not be authorized': ['unauthorized', 'regenerate-credentials'],
		'http header of your request was malformed': ['unauthorized', 'fix-request'],
		'http header of your request was incorrect or expired': ['unauthorized', 'regenerate-credentials'],
		'You have insufficient permissions to perform that action': ['forbidden', 'check-permissions'],
		// RenewToken / ObtainToken on a revoked grant (square/connect-ruby-sdk#73).
		'cannot renew revoked token': ['refresh-failed', 'reauthorize'],
	},
	environments: {
		sandbox: { hosts: ['connect.squareupsandbox.com', 'pci-connect.squareupsandbox.com'], tokenPrefixes: ['sandbox-sq0atb-', 'sandbox-sq0idb-'] },
		production: { hosts: ['connect.squareup.com', 'pci-connect.squareup.com'], tokenPrefixes: ['sq0atp-', 'sq0idp-'] },
	},
});
