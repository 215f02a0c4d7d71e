import { definePlatform } from './define.ts';

// Sources:
// - https://developer.okta.com/docs/reference/error-codes/ (errorCode / errorSummary / errorLink / errorId / errorCauses)
// - https://developer.okta.com/docs/reference/rl-best-practices/ (429, X-Rate-Limit-* headers)
// - https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/ (okta.* scopes, insufficient_scope)
// - https://developer.okta.com/docs/reference/api/oidc/ (token endpoint errors)
export const fix = 'Admin Console → Security → API → Tokens (SSWS tokens); Applications → your app → Okta API Scopes; Security → API → Authorization Servers';

export default definePlatform({
	slug: 'okta',
	name: 'Okta',
	hosts: ['okta.com', 'oktapreview.com', 'okta-emea.com'],
	headers: ['x-okta-request-id'],
	codes: {
		E0000004: ['unauthorized', 'regenerate-credentials'],
		E0000005: ['unauthorized', 'regenerate-credentials'],
		E0000006: ['forbidden', 'check-permissions'],
		E0000007: ['not-auth', 'none'],
		E0000011: ['unauthorized', 'regenerate-credentials'],
		E0000015: ['forbidden', 'check-permissions'],
		E0000047: ['rate-limited', 'wait-and-retry'],
		E0000057: ['forbidden', 'check-permissions'],
	},
	messages: {
		'Invalid token provided': ['unauthorized', 'regenerate-credentials'],
		'API call exceeded rate limit': ['rate-limited', 'wait-and-retry'],
		// WWW-Authenticate on OAuth-for-Okta calls (okta/terraform-provider-okta#2375).
		'The access token provided does not contain the required scopes': ['invalid-scope', 'add-scope'],
		// Token endpoint (okta/okta-react-native#287).
		'The refresh token is invalid or expired': ['refresh-failed', 'reauthorize'],
		'PKCE verification failed': ['refresh-failed', 'reauthorize'],
	},
	codeDoc: 'https://developer.okta.com/docs/reference/error-codes/#{code}',
});
