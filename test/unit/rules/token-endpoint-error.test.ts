import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/checker/index.ts';
import rule from '../../../src/checker/rules/token-endpoint-error.ts';
import { devFixture } from '../load-fixtures.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'gitlab-oauth-invalid-grant-ansible.txt', section: 'refresh-failed' },
		// An invalid_grant that only says the token is not valid names no cause but the grant's refusal.
		{ fixture: 'none-openiddict-token-endpoint-invalid-grant-issuer-not-valid.log', section: 'refresh-failed' },
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
		// RFC 6749 §5.2: a token endpoint answers 401 when the client's authentication failed.
		{ description: 'a bare 401 from the token endpoint', paste: 'POST /oauth/token HTTP/1.1\nHost: auth.example.com\n\nHTTP/1.1 401 Unauthorized\n\n', section: 'unauthorized' },
		// invalid_grant for a redirect URI that does not match the registered ones: the request changes, not the consent.
		{ fixture: 'none-spring-oauth-error-page-invalid-redirect-not-registered.txt', section: 'unauthorized' },
		{ description: 'invalid_scope at /oauth2/token', paste: 'POST /oauth2/token HTTP/1.1\nHost: auth.example.com\n\nHTTP/1.1 400 Bad Request\n\n{"error":"invalid_scope"}', section: 'invalid-scope' },
	],
	reject: [
		{ fixture: 'dropbox-missing-scope-guzzle.txt' },
		{ description: 'invalid_token from a resource server', paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\n' },
	],
});

describe('the action a token endpoint error names', () => {
	it.each([
		// RFC 6749 §5.2's own definition of invalid_client, sent as the description: its examples name no cause.
		['none-hydra-cli-token-client-invalid-client-401.txt', 'regenerate-credentials'],
		// RFC 7636: a PKCE verifier that does not match its challenge is the client's to fix.
		['none-openiddict-code-verifier-invalid-id2052.log', 'fix-request'],
		['none-oauth2-server-php-client-credentials-not-found-in-headers-or-body.json', 'fix-request'],
		// A refused scope is fixed by the scope requested, whatever RFC 6749's definition of invalid_scope lists.
		['none-spinta-authlib-token-invalid-scope-400.txt', 'add-scope'],
	])('%s: %s', (name, action) => {
		const { paste, now } = devFixture(name);
		expect(diagnose(paste, { now }).action).toBe(action);
	});
});

describe('a token endpoint known by what its error names', () => {
	it('reads a description naming a token request parameter as the token endpoint, and the refused grant it names', () => {
		const { paste, now } = devFixture('none-deviantart-refresh-400-refresh-token-invalid.txt');
		expect(diagnose(paste, { now })).toMatchObject({ section: 'refresh-failed', action: 'reauthorize' });
		expect(diagnose('{"error":"invalid_request","error_description":"Invalid grant_type parameter or parameter missing"}')).toMatchObject({ section: 'refresh-failed', action: 'fix-request' });
	});
});

describe('a bare 401 from the token endpoint', () => {
	it("is the client's credentials refused, unless the message names another cause", () => {
		expect(diagnose('POST /oauth/token HTTP/1.1\nHost: auth.example.com\nAuthorization: Basic YXBwOnNlY3JldA==\n\nHTTP/1.1 401 Unauthorized\n\n')).toMatchObject({ section: 'unauthorized', action: 'regenerate-credentials' });
		const { paste, now } = devFixture('none-yandex-oauth-token-malformed-authorization-header-russian.txt');
		expect(diagnose(paste, { now })).toMatchObject({ section: 'unauthorized', action: 'fix-request' });
	});
});
