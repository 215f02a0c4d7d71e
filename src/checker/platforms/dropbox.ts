import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, tokenExpired, refreshRefused, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://www.dropbox.com/developers/documentation/http/documentation#error-handling
// - https://dropbox.github.io/dropbox-sdk-dotnet/gh-pages/obj/api/Dropbox.Api.Auth.html (AuthError, AccessError, RateLimitReason tags)
// - https://developers.dropbox.com/oauth-guide (short-lived tokens, refresh tokens, scopes)
// - https://developers.dropbox.com/dbx-performance-guide (429 too_many_requests / too_many_write_operations, Retry-After)
export const fix = 'App Console (dropbox.com/developers/apps) → your app → Permissions (re-authorize after changing scopes); account Settings → Connected apps';

export default definePlatform({
	slug: 'dropbox',
	name: 'Dropbox',
	proseNames: ['Dropbox'],
	// Every dropbox.com host is Dropbox's, and so is the Java SDK's reversed domain (com.dropbox.core).
	hosts: ['dropboxapi.com', 'dropbox.com'],
	headers: ['x-dropbox-request-id'],
	// The error envelope of every API v2 route (error-handling): "error_summary", a path of union tags such as
	// "path/not_found/..", beside the tagged "error"; as JSON or as Node prints it.
	signature: /["']?error_summary["']?\s{0,4}:\s{0,4}["'][a-z_]{1,60}\//,
	codes: {
		// AuthError tags (Dropbox.Api.Auth).
		invalid_access_token: invalidCredentials,
		// The Python SDK's error for missing_scope, with the required_scope it names (dropbox.auth.TokenScopeError)
		TokenScopeError: missingScope,
		expired_access_token: tokenExpired,
		missing_scope: missingScope,
		user_suspended: notPermitted,
		invalid_select_user: notPermitted,
		invalid_select_admin: notPermitted,
		route_access_denied: notPermitted,
		// AccessError tags.
		invalid_account_type: notPermitted,
		paper_access_denied: notPermitted,
		// RateLimitReason tags (dbx-performance-guide).
		too_many_requests: rateLimited,
		too_many_write_operations: rateLimited,
	},
	messages: {
		'The given OAuth 2 access token is malformed': badRequest,
		"given OAuth 2 access token doesn't exist": invalidCredentials,
		// /oauth2/token refusals seen in public issues (nextcloud/integration_dropbox#34, boly38/node-mongotools#94).
		'refresh token is invalid or revoked': refreshRefused,
		'refresh token is malformed': refreshRefused,
	},
});
