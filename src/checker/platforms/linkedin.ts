import { definePlatform } from './define.ts';

// Sources:
// - https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling (status / serviceErrorCode / code / message)
// - https://learn.microsoft.com/en-us/linkedin/shared/authentication/authorization-code-flow (60-day tokens, refresh tokens for approved partners)
// - https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/rate-limits (429, daily application/member limits)
// - https://learn.microsoft.com/en-us/linkedin/shared/authentication/getting-access (products and scopes)
export const fix = 'Developer portal (linkedin.com/developers/apps) → your app → Products and Auth (scopes, token generator); members revoke apps under Settings → Data privacy → Permitted services';

export default definePlatform({
	slug: 'linkedin',
	name: 'LinkedIn',
	hosts: ['api.linkedin.com', 'www.linkedin.com'],
	codes: {
		INVALID_ACCESS_TOKEN: ['unauthorized', 'regenerate-credentials'],
		REVOKED_ACCESS_TOKEN: ['unauthorized', 'reauthorize'],
		EXPIRED_ACCESS_TOKEN: ['token-expired', 'refresh-token'],
		ACCESS_DENIED: ['invalid-scope', 'add-scope'],
	},
	messages: {
		'The token used in the request has been revoked by the user': ['unauthorized', 'reauthorize'],
		'The token used in the request is expired': ['token-expired', 'refresh-token'],
		'"serviceErrorCode":65600': ['unauthorized', 'regenerate-credentials'],
		'Not enough permissions to access': ['invalid-scope', 'add-scope'],
		// 429 body (Automattic/wp-calypso#32007).
		'throttle limit for calls to this resource is reached': ['rate-limited', 'wait-and-retry'],
		// /oauth/v2/accessToken refusing a code (d3xt3r2909/linkedin_login#77).
		'Unable to retrieve access token': ['refresh-failed', 'reauthorize'],
	},
});
