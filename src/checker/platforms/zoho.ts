import { definePlatform } from './define.ts';
import { invalidCredentials, notPermitted, tokenExpired, refreshRefused, missingScope, wrongEnvironment, badRequest } from './verdicts.ts';

// Sources:
// - https://help.zoho.com/portal/en/community/topic/kaizen-25-zoho-crm-api-common-errors-and-error-handling (401 AUTHENTICATION_FAILED / OAUTH_SCOPE_MISMATCH / INVALID_TOKEN, 403 NO_PERMISSION / FEATURE_NOT_SUPPORTED)
// - https://help.zoho.com/portal/en/community/topic/kaizen-4-troubleshooting-oauth2-0 (token endpoint errors: invalid_code, invalid_client)
// - https://www.zoho.com/crm/developer/docs/api/v2/scopes.html
// - https://zoho.com/accounts/protocol/oauth/web-apps/access-token-expiry.html (accounts server per data center)
// - https://www.zoho.com/assist/api/refresh-access-token.html (accounts.zoho.com/.eu/.in/.com.au/.jp/.com.cn)
export const fix = 'Zoho API Console (api-console.zoho.<dc>) → client ID/secret and scopes; call the accounts server and API domain of your data center; Zoho Accounts → Connected Apps';

export default definePlatform({
	slug: 'zoho',
	name: 'Zoho',
	proseNames: ['Zoho'],
	// The Zoho CRM SDKs' namespace (zcrmsdk\oauth\exception, site-packages/zcrmsdk/)
	spellings: ['zcrmsdk'],
	hosts: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp', 'zoho.com.cn', 'zohocloud.ca', 'zohoapis.com', 'zohoapis.eu', 'zohoapis.in', 'zohoapis.com.au', 'zohoapis.jp', 'zohoapis.com.cn'],
	codes: {
		// "invalid oauth token": access token expired (1 h) or invalid; regenerate it with the refresh token.
		INVALID_TOKEN: tokenExpired,
		// Zoho Social / Desk style (https://www.zoho.com/social/api/oauth-authentication.html).
		INVALID_OAUTHTOKEN: tokenExpired,
		AUTHENTICATION_FAILURE: invalidCredentials, // github.com/rikas/zoho_hub/pull/34
		AUTHENTICATION_FAILED: invalidCredentials,
		OAUTH_SCOPE_MISMATCH: missingScope,
		INVALID_OAUTHSCOPE: missingScope, // github.com/zoho/zcrm-python-sdk/pull/10
		NO_PERMISSION: notPermitted,
		FEATURE_NOT_SUPPORTED: notPermitted,
		// Token endpoint: grant code expired/used, or refresh token wrong/revoked (Kaizen #4).
		invalid_code: refreshRefused,
		// Zoho answers invalid_client when the client is registered in another data center (github.com/asciisd/zoho/issues/18).
		invalid_client: wrongEnvironment,
		// The redirect URI sent is not the client's registered one, answered with a 200 (asciisd/zoho#20).
		invalid_redirect_uri: badRequest,
	},
	messages: {
		'invalid oauth token': tokenExpired,
		'invalid oauth scope to access this URL': missingScope,
		// CRM API v1's code 4834 for an authtoken it does not accept (isotopo/zoho#24).
		'Invalid Ticket Id': invalidCredentials,
	},
	environments: {
		// CRM sandbox org host (https://help.zoho.com/portal/en/kb/crm/developer-guide/sandbox/articles/sandbox-overview;
		// host recorded at raw.githubusercontent.com/api-evangelist/zoho-crm/refs/heads/main/sandbox/zoho-crm-sandbox.yml).
		sandbox: { hosts: ['sandbox.zohoapis.com'] },
		production: { hosts: ['www.zohoapis.com'] },
	},
});
