import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, refreshRefused, missingScope, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://developer.okta.com/docs/reference/error-codes/ (errorCode / errorSummary / errorLink / errorId / errorCauses)
// - https://developer.okta.com/docs/reference/rl-best-practices/ (429, X-Rate-Limit-* headers)
// - https://developer.okta.com/docs/guides/implement-oauth-for-okta/main/ (okta.* scopes, insufficient_scope)
// - https://developer.okta.com/docs/reference/api/oidc/ (token endpoint errors)
export const fix = 'Admin Console → Security → API → Tokens (SSWS tokens); Applications → your app → Okta API Scopes; Security → API → Authorization Servers';

export default definePlatform({
	slug: 'okta',
	name: 'Okta',
	proseNames: ['Okta'],
	hosts: ['okta.com', 'oktapreview.com', 'okta-emea.com'],
	headers: ['x-okta-request-id'],
	codes: {
		E0000004: invalidCredentials,
		E0000005: invalidCredentials,
		E0000006: notPermitted,
		E0000007: notAuth,
		E0000011: invalidCredentials,
		E0000015: notPermitted,
		E0000047: rateLimited,
		E0000057: notPermitted,
	},
	messages: {
		// A token request authenticating the client twice, in the Authorization header and the body (the reference's
		// invalid_client descriptions; a Tomcat OIDC authenticator's log): fix how the request is built.
		'Cannot supply multiple client credentials': badRequest,
		// /authorize, for a client_id the org does not know (Widen/cloudfront-auth#22).
		"Invalid value for 'client_id' parameter": invalidCredentials,
		// /token's invalid_client for a wrong secret (developer.okta.com, OAuth 2.0 error codes)
		'supplied for a confidential client is invalid': invalidCredentials,
		// invalid_client's description (developer.okta.com, OAuth 2.0 error codes); it holds PayPal's shorter wording.
		'Either the client or the client credentials are invalid': invalidCredentials,
		// E0000015's errorSummary: the org lacks the feature
		'access the feature you are requesting': notPermitted,
		'Invalid token provided': invalidCredentials,
		'API call exceeded rate limit': rateLimited,
		// WWW-Authenticate on OAuth-for-Okta calls (okta/terraform-provider-okta#2375).
		'does not contain the required scopes': missingScope,
		// Token endpoint (okta/okta-react-native#287).
		'The refresh token is invalid or expired': refreshRefused,
		'PKCE verification failed': refreshRefused,
		// invalid_scope from an authorization server: a scope it does not define, or a custom scope the org authorization
		// server does not allow (okta-samples/okta-express-sample#6, okta/okta-react-native#315).
		'scopes are not configured for the authorization server': missingScope,
		'Custom scopes are not allowed for this request': missingScope,
	},
	// Okta's errorCode namespace, E0000001 to E0000xxx, and its error object's errorSummary (error-codes reference).
	signature: /\be0000\d{3}\b|"errorsummary"\s{0,4}:/,
	codeDoc: 'https://developer.okta.com/docs/reference/error-codes/#{code}',
});
