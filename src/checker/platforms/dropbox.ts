import { definePlatform } from './define.ts';

// Sources:
// - https://www.dropbox.com/developers/documentation/http/documentation#error-handling
// - https://dropbox.github.io/dropbox-sdk-dotnet/gh-pages/obj/api/Dropbox.Api.Auth.html (AuthError, AccessError, RateLimitReason tags)
// - https://developers.dropbox.com/oauth-guide (short-lived tokens, refresh tokens, scopes)
// - https://developers.dropbox.com/dbx-performance-guide (429 too_many_requests / too_many_write_operations, Retry-After)
export const fix = 'App Console (dropbox.com/developers/apps) → your app → Permissions (re-authorize after changing scopes); account Settings → Connected apps';

export default definePlatform({
	slug: 'dropbox',
	name: 'Dropbox',
	hosts: ['dropboxapi.com', 'api.dropbox.com', 'www.dropbox.com'],
	headers: ['x-dropbox-request-id'],
	codes: {
		// AuthError tags (Dropbox.Api.Auth).
		invalid_access_token: ['unauthorized', 'regenerate-credentials'],
		expired_access_token: ['token-expired', 'refresh-token'],
		missing_scope: ['invalid-scope', 'add-scope'],
		user_suspended: ['forbidden', 'check-permissions'],
		invalid_select_user: ['forbidden', 'check-permissions'],
		invalid_select_admin: ['forbidden', 'check-permissions'],
		route_access_denied: ['forbidden', 'check-permissions'],
		// AccessError tags.
		invalid_account_type: ['forbidden', 'check-permissions'],
		paper_access_denied: ['forbidden', 'check-permissions'],
		// RateLimitReason tags (dbx-performance-guide).
		too_many_requests: ['rate-limited', 'wait-and-retry'],
		too_many_write_operations: ['rate-limited', 'wait-and-retry'],
	},
	messages: {
		'The given OAuth 2 access token is malformed': ['unauthorized', 'fix-request'],
		"The given OAuth 2 access token doesn't exist or has expired": ['unauthorized', 'regenerate-credentials'],
		// /oauth2/token refusals seen in public issues (nextcloud/integration_dropbox#34, boly38/node-mongotools#94).
		'refresh token is invalid or revoked': ['refresh-failed', 'reauthorize'],
		'refresh token is malformed': ['refresh-failed', 'reauthorize'],
	},
});
