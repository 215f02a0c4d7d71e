import { definePlatform } from './define.ts';
import { invalidCredentials, missingScope, tokenRequestRefused } from './verdicts.ts';

// Sources:
// - https://pipedrive.readme.io/docs/core-api-concepts-http-status-codes (success / error / errorCode / error_info)
// - https://pipedrive.readme.io/docs/core-api-concepts-rate-limiting (429, X-RateLimit-*, Retry-After)
// - https://pipedrive.readme.io/docs/marketplace-scopes-and-permissions-explanations (OAuth scopes; "Scope and URL mismatch")
// - https://pipedrive.readme.io/docs/marketplace-oauth-authorization (oauth.pipedrive.com token endpoint, refresh)
export const fix = 'Personal preferences → API (personal API token); Developer Hub → your app → OAuth & access scopes; Tools and apps → Marketplace apps to reinstall';

export default definePlatform({
	slug: 'pipedrive',
	name: 'Pipedrive',
	proseNames: ['Pipedrive'],
	hosts: ['pipedrive.com'],
	headers: ['x-401-by-gw'],
	messages: {
		'"error":"unauthorized access"': invalidCredentials,
		'Please check developers.pipedrive.com': invalidCredentials,
		// 403 for an OAuth token whose scopes do not cover the endpoint (pipedrive/client-php#14).
		'Scope and URL mismatch': missingScope,
		'Invalid token: access token is invalid': invalidCredentials,
		// The PHP client's refreshToken() failure when the token endpoint rejects the app's client id/secret (pipedrive/client-php#67).
		'OAuth 2 provider says client authentication failed': tokenRequestRefused,
	},
});
