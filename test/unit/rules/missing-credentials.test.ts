import rule from '../../../src/checker/rules/missing-credentials.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'zoho-authentication-failure-sandbox-no-token-curl-v.txt' },
		{ fixture: 'hubspot-empty-hapikey-devtools.txt' },
		{ fixture: 'intercom-ruby-401-empty-app-id-api-key.txt' },
		{ fixture: 'gitlab-ci-lint-no-token-401-curl-i.http' },
		{ description: 'Bearer undefined', paste: '> GET /me HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer undefined\n>\n< HTTP/1.1 401 Unauthorized\n<\n' },
	],
	reject: [
		{ fixture: 'github-bad-credentials-curl-v.txt' },
		{ description: 'a curl command that sends -u', paste: '$ curl -u me:s3cret https://api.example.com/me\nHTTP/1.1 401 Unauthorized\n\n' },
		{ fixture: 'keycloak-refresh-token-not-active-chrome.har' },
		{ description: 'no request shown', paste: 'HTTP/1.1 401 Unauthorized\n\n' },
	],
});
