import { definePlatform } from './define.ts';

// Sources:
// - https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
// - https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
// - https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps (X-OAuth-Scopes, X-Accepted-OAuth-Scopes)
// - https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api (403/429 with x-ratelimit-remaining: 0)
// - https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors
// - https://docs.github.com/en/enterprise-cloud@latest/authentication/authenticating-with-saml-single-sign-on/authorizing-a-personal-access-token-for-use-with-saml-single-sign-on
export const fix = 'Settings → Developer settings → Personal access tokens / OAuth Apps / GitHub Apps; organization SSO authorization under Settings → Applications';

export default definePlatform({
	slug: 'github',
	name: 'GitHub',
	hosts: ['api.github.com', 'github.com', 'githubusercontent.com'],
	headers: ['x-github-request-id', 'x-github-media-type', 'x-oauth-scopes', 'x-accepted-oauth-scopes', 'x-github-sso', 'x-accepted-github-permissions'],
	codes: {
		// Token endpoint errors for OAuth apps (troubleshooting-oauth-app-access-token-request-errors).
		bad_verification_code: ['refresh-failed', 'reauthorize'],
		incorrect_client_credentials: ['unauthorized', 'fix-request'],
		bad_refresh_token: ['refresh-failed', 'reauthorize'],
	},
	messages: {
		'Bad credentials': ['unauthorized', 'regenerate-credentials'],
		'Requires authentication': ['unauthorized', 'fix-request'],
		'Resource not accessible by integration': ['invalid-scope', 'add-scope'],
		'Resource not accessible by personal access token': ['invalid-scope', 'add-scope'],
		'API rate limit exceeded': ['rate-limited', 'wait-and-retry'],
		'secondary rate limit': ['rate-limited', 'wait-and-retry'],
		// 403 on SSO-enforced orgs until the token is authorized for the org (x-github-sso header carries the link).
		'Resource protected by organization SAML enforcement': ['forbidden', 'check-permissions'],
		'has an IP allow list enabled': ['forbidden', 'check-permissions'],
	},
});
