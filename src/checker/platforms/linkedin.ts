import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, consentRevoked, tokenExpired, refreshRefused, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling (status / serviceErrorCode / code / message)
// - https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow (60-day tokens, refresh tokens for approved partners)
// - https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits (429, daily application/member limits)
// - https://learn.microsoft.com/en-us/linkedin/shared/authentication/getting-access (products and scopes)
export const fix = 'Developer portal (linkedin.com/developers/apps) → your app → Products and Auth (scopes, token generator); members revoke apps under Settings → Data privacy → Permitted services';

export default definePlatform({
	slug: 'linkedin',
	name: 'LinkedIn',
	proseNames: ['LinkedIn'],
	hosts: ['api.linkedin.com', 'www.linkedin.com'],
	// LinkedIn's error envelope: {"serviceErrorCode": 65600, "message": …, "status": 401}
	signature: /\bserviceerrorcode["']?\s{0,4}:/,
	codes: {
		INVALID_ACCESS_TOKEN: invalidCredentials,
		REVOKED_ACCESS_TOKEN: consentRevoked,
		EXPIRED_ACCESS_TOKEN: tokenExpired,
		ACCESS_DENIED: missingScope,
	},
	messages: {
		'The token used in the request has been revoked by the user': consentRevoked,
		'The token used in the request is expired': tokenExpired,
		'"serviceErrorCode":65600': invalidCredentials,
		// A call with the token parameter or header left empty
		'Empty oauth2_access_token': badRequest,
		'Not enough permissions to access': missingScope,
		// 429 body (Automattic/wp-calypso#32007).
		'throttle limit for calls to this resource is reached': rateLimited,
		// /oauth/v2/accessToken refusing a code (d3xt3r2909/linkedin_login#77).
		'Unable to retrieve access token': refreshRefused,
	},
});
