import rule from '../../../src/checker/rules/generic-message.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ description: 'token expired', paste: '{"message":"jwt expired"}', section: 'token-expired' },
		{ fixture: 'none-shanbay-extension-console-401-not-logged-in-chinese.txt', section: 'unauthorized' },
		{ fixture: 'none-nextcloud-social-login-403-code-exchange-timeout.txt', section: 'not-auth' },
		{ fixture: 'none-login-credential-invalid-or-expired-chinese.json', section: 'unauthorized' },
		{ description: 'missing header', paste: 'Error: missing authorization header', section: 'unauthorized' },
		{ description: 'insufficient scope', paste: 'insufficient_scope: the token lacks admin', section: 'invalid-scope' },
		{ description: 'a stated environment mismatch', paste: 'Error executing API call (404: Not Found): Payment tr_1 exists, but the wrong mode is used.', section: 'wrong-environment' },
		{ description: "a JWT library's parse error", paste: 'Error: status: 401, body: token contains an invalid number of segments', section: 'unauthorized' },
		{ description: "a key of the other mode", paste: '{"title":"Mode Conflict","status":422,"detail":"A live-mode envelope cannot be created with a test-mode API key"}', section: 'wrong-environment' },
		{ description: 'a named OAuth permission', paste: "(#10) This endpoint requires the 'pages_read_engagement' permission", section: 'invalid-scope' },
		{ description: 'insufficient scope, qualified', paste: 'HTTP 403: insufficient authentication scopes', section: 'invalid-scope' },
		{ description: 'permission denied', paste: 'PERMISSION DENIED for this resource', section: 'forbidden' },
		{ description: 'too many requests', paste: 'too many requests, slow down', section: 'rate-limited' },
		{ description: 'a usage limit', paste: 'FullContactException: Usage limits for the provided API Key have been exceeded.', section: 'rate-limited' },
		{ description: "Cloudflare's rate-limiting page", paste: 'error code: 1015', section: 'rate-limited' },
		{ description: 'a token for another audience', paste: 'UnauthorizedError: jwt audience invalid. expected: http://localhost:3003/api/', section: 'unauthorized' },
		{ description: 'a token that does not parse', paste: 'verification error: jwt.Parse: failed to parse token data: invalid byte sequence', section: 'unauthorized' },
		{ description: 'a grant type the client may not use', paste: '{"error":"unauthorized_client","error_description":"The grant type is unauthorized for this client_id"}', section: 'refresh-failed' },
		{ description: "a plan that doesn't include the API", paste: '{"type":"error","error":{"type":"permission_error","message":"Your Go plan doesn\'t include API access."}}', section: 'forbidden' },
		{ description: 'a resource of the other mode', paste: '{"error":{"code":"mode_mismatch","message":"Resource belongs to a different mode"}}', section: 'wrong-environment' },
		{ description: "Go's untrusted certificate, whatever a prompt around it says", paste: '? The minimum required scopes are repo, read:org\nerror validating token: Get "https://api.github.com/": x509: certificate signed by unknown authority', section: 'not-auth' },
		{ description: 'a billing refusal', paste: '{"error":{"message":"Insufficient credits. Purchase more at https://openrouter.ai/settings/credits","code":402}}', section: 'forbidden' },
		{ fixture: 'none-werkzeug-401-unauthorized.txt', section: 'unauthorized' },
		{ fixture: 'github-oauth-no-access-token-redirect-uri-mismatch-python.txt', section: 'unauthorized' },
		{ fixture: 'okta-oautherror-user-not-assigned-to-client-application.txt', section: 'forbidden' },
		{ fixture: 'none-expensify-accounting-refresh-token-no-longer-valid.txt', section: 'refresh-failed' },
		{ fixture: 'github-knplabs-php-api-limit-exceed-exception.txt', section: 'rate-limited' },
		{ fixture: 'none-hydra-jwt-bearer-invalid-request-client-credentials-missing.json', section: 'unauthorized' },
		{ fixture: 'none-kubectl-server-asked-client-provide-credentials.log', section: 'unauthorized' },
		{ description: 'a bearer value that is no JWT', paste: 'error_description="An error occurred while attempting to decode the Jwt: Invalid JWT serialization: Missing dot delimiter(s)"', section: 'unauthorized' },
		{ description: 'a token without the scopes a tool needs', paste: '[-] Token does not have sufficient scopes. (current scopes : read:org)', section: 'invalid-scope' },
		{ description: "IdentityServer's grant type refusal", paste: '[ERR] Client not authorized for resource owner flow, check the AllowedGrantTypes setting', section: 'refresh-failed' },
		{ fixture: 'aws-hive-cognito-initiateauth-refresh-token-expired.log', section: 'refresh-failed' },
		{ description: 'a PKCE verifier that does not match', paste: 'AADSTS50148: The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.', section: 'refresh-failed' },
		// Keys in another order than Slack's envelope, which names Slack and lets its own code table read the error.
		{ description: 'an ok:false RPC error code that is wording', paste: '{"error":"token_revoked","ok":false}', section: 'unauthorized' },
	],
	reject: [
		{ description: 'a role is not a scope', paste: 'HTTP/1.1 200 OK\n\nThis page requires the admin permission to edit.' },
		{ description: 'rate-limit header names are not wording', paste: 'HTTP/1.1 200 OK\nx-ratelimit-limit: 500\n\n' },
		// RFC 6749 §5.2's own definition of invalid_client lists causes as examples: they name none of them.
		// curl -v tried ::1 first and then reached the server, which answered: the refused attempt says nothing.
		{ fixture: 'none-greenfield-basic-auth-401-kestrel-curl-v.txt' },
		{ description: 'examples in parentheses', paste: 'error="The client was refused (e.g., unsupported authentication method)"' },
		{ description: 'wording the platform data explains', paste: '{"error":{".tag":"expired_access_token"},"error_summary":"expired_access_token/"} api.dropboxapi.com' },
	],
});
