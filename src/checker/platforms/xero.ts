import { definePlatform } from './define.ts';
import { invalidCredentials, tokenExpired, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://developer.xero.com/documentation/guides/oauth2/troubleshooting (AuthenticationUnsuccessful, AuthorizationUnsuccessful, TokenExpired)
// - https://developer.xero.com/documentation/guides/oauth2/limits (429, X-Rate-Limit-Problem, X-DayLimit-Remaining, X-MinLimit-Remaining, X-AppMinLimit-Remaining)
// - https://developer.xero.com/documentation/guides/oauth2/auth-flow (xero-tenant-id header, 30-minute access tokens)
// - https://developer.xero.com/documentation/api/accounting/responsecodes (the error envelope: ErrorNumber, Type, Message)
export const fix = 'developer.xero.com → My Apps (client secret, scopes); send the xero-tenant-id from GET /connections; disconnected tenants must be re-authorized';

export default definePlatform({
	slug: 'xero',
	name: 'Xero',
	proseNames: ['Xero'],
	hosts: ['xero.com'],
	headers: ['xero-correlation-id', 'x-rate-limit-problem', 'x-daylimit-remaining', 'x-minlimit-remaining', 'x-appminlimit-remaining'],
	codes: {
		// 403 when the xero-tenant-id header is missing or names a tenant the token is not connected to (github.com/NangoHQ/nango/issues/203)
		AuthenticationUnsuccessful: ['forbidden', 'fix-request'],
		// token lacks the API's scope (github.com/XeroAPI/Xero-NetStandard/issues/298)
		AuthorizationUnsuccessful: missingScope,
	},
	// As a 401, AuthenticationUnsuccessful refuses the access token itself (the troubleshooting guide above;
	// XeroAPI/xero-php-oauth2#11).
	codesByStatus: { AuthenticationUnsuccessful: { 401: invalidCredentials } },
	messages: {
		// Xero's detail for an expired token (github.com/freakboy3742/pyxero/pull/337). Not the bare word TokenExpired, which
		// Okta's and Azure Monitor's errors say too: the vocabulary reads it as an expiry, without naming Xero.
		'TokenExpired: token expired at': tokenExpired,
		// legacy OAuth 1.0a API (github.com/XeroAPI/Xero-Net/issues/189)
		'oauth_problem=rate%20limit%20exceeded': rateLimited,
	},
	// The accounting API's error envelope, {"ErrorNumber": 10, "Type": "ValidationException", …}
	signature: /"errornumber"\s{0,4}:\s{0,4}\d/,
});
