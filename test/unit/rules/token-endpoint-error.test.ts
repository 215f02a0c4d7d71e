import rule from '../../../src/checker/rules/token-endpoint-error.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'gitlab-oauth-invalid-grant-ansible.txt', section: 'refresh-failed' },
		{ fixture: 'google-token-expired-or-revoked-guzzle.txt', section: 'refresh-failed' },
		{ fixture: 'hubspot-refresh-token-400.txt', section: 'refresh-failed' },
		{ fixture: 'microsoft-aadsts7000215-terraform.log', section: 'unauthorized' },
		{ description: 'OpenID Connect consent_required, which only an authorization server sends', paste: '{"error":"consent_required"}', section: 'refresh-failed' },
		{ description: 'RFC 8628 slow_down: poll less often', paste: 'Error: login failed: error polling for token: slow_down', section: 'rate-limited' },
		{ description: 'RFC 8628 authorization_pending: keep polling', paste: 'HTTP/1.1 400 Bad Request\n\n{"error":"authorization_pending"}', section: 'not-auth' },
		{ fixture: 'none-oauth2-token-invalid-client-no-secret.http', section: 'unauthorized' },
		{ fixture: 'asana-oauth-token-refresh-400-sentry.txt', section: 'refresh-failed' },
		{ fixture: 'okta-authorize-redirect-invalid-scope-har-log.har', section: 'invalid-scope' },
		{ fixture: 'keycloak-refresh-token-error-event.log', section: 'refresh-failed' },
		// RFC 6749 §4.3: the password grant's invalid_grant is the user's credentials refused.
		{ fixture: 'salesforce-forrest-test-login-invalid-grant-authentication-failure.txt', section: 'unauthorized' },
		// Keycloak answers a wrong client secret with unauthorized_client: the description names the cause.
		{ fixture: 'keycloak-fastapi-keycloak-unauthorized-client-invalid-client-secret.txt', section: 'unauthorized' },
		{ description: 'invalid_scope at /oauth2/token', paste: 'POST /oauth2/token HTTP/1.1\nHost: auth.example.com\n\nHTTP/1.1 400 Bad Request\n\n{"error":"invalid_scope"}', section: 'invalid-scope' },
	],
	reject: [
		{ fixture: 'dropbox-missing-scope-guzzle.txt' },
		{ description: 'invalid_token from a resource server', paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\n' },
	],
});
