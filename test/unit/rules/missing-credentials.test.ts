import rule from '../../../src/checker/rules/missing-credentials.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'zoho-authentication-failure-sandbox-no-token-curl-v.txt' },
		{ fixture: 'hubspot-empty-hapikey-devtools.txt' },
		{ fixture: 'intercom-ruby-401-empty-app-id-api-key.txt' },
		{ fixture: 'gitlab-ci-lint-no-token-401-curl-i.http' },
		{ description: 'Bearer undefined', paste: '> GET /me HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer undefined\n>\n< HTTP/1.1 401 Unauthorized\n<\n' },
		// The key the server echoes is visibly no key: a URL, a sentence, a placeholder.
		{ fixture: 'none-continue-openai-401-url-entered-as-api-key.txt' },
		{ fixture: 'none-openai-continue-401-sentence-pasted-as-api-key.txt' },
		{ fixture: 'none-openai-openui-401-placeholder-key-xxx.txt' },
		// A JWT with no scheme before it (RFC 6750 §2.1), an object printed in place of the token, a template nothing filled in.
		{ fixture: 'none-nestjs-auth-me-401-token-without-bearer.txt' },
		{ description: 'an object printed as the token', paste: 'HTTP 401 Unauthorized\nAuthorization: Bearer [object Object]' },
		{ description: 'a template variable nothing filled in', paste: 'HTTP 401 Unauthorized\nAuthorization: Bearer {{access_token}}' },
	],
	reject: [
		{ fixture: 'github-bad-credentials-curl-v.txt' },
		{ description: 'a curl command that sends -u', paste: '$ curl -u me:s3cret https://api.example.com/me\nHTTP/1.1 401 Unauthorized\n\n' },
		// RFC 6749 §2.3.1: a client secret may travel in the form body.
		{ description: 'a curl command that sends the client secret as a form field', paste: "$ curl -X POST https://auth.example.com/oauth/token -d 'grant_type=client_credentials&client_id=app&client_secret=<secret>'\nHTTP/1.1 401 Unauthorized\n\n" },
		{ fixture: 'keycloak-refresh-token-not-active-chrome.har' },
		{ description: 'no request shown', paste: 'HTTP/1.1 401 Unauthorized\n\n' },
		// A header logged as text is read to the end of its line, not as its first word.
		{ description: 'a logged Basic header', paste: '[DEBUG] Authorization: Basic ZmFrZXVzZXI6ZmFrZXBhc3M=\n[DEBUG] Response Code: 401' },
		{
			description: 'an echoed key that is a key, masked',
			paste: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
		},
	],
});
