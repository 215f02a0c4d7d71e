import { expect, it } from 'vitest';
import { diagnose } from '../../../src/checker/index.ts';
import rule from '../../../src/checker/rules/bearer-error.ts';
import { testRule } from './harness.ts';

const response = (challenge: string) => `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: ${challenge}\n\n`;

testRule(rule, {
	accept: [
		{ fixture: 'aspnet-token-expired-www-authenticate.http', section: 'token-expired' },
		{ fixture: 'spring-insufficient-scope-403.http', section: 'invalid-scope' },
		{ description: 'RFC 6750: invalid_token', paste: response('Bearer realm="example", error="invalid_token", error_description="The access token is malformed"'), section: 'unauthorized' },
		{ description: 'RFC 6750: expired', paste: response('Bearer error="invalid_token", error_description="The access token expired"'), section: 'token-expired' },
		{ description: 'RFC 6750: invalid_request', paste: response('Bearer error="invalid_request"'), section: 'unauthorized' },
		{ description: 'RFC 6750: no error, no usable credential', paste: response('Bearer realm="example"'), section: 'unauthorized' },
		{ description: 'RFC 6750 error in the body, expired', paste: "{ error: 'invalid_token', error_description: 'The access token expired' }", section: 'token-expired' },
		{ description: 'RFC 6750 error in the body, rejected', paste: 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_token","error_description":"Signature verification failed"}', section: 'unauthorized' },
		{ description: 'a list of causes names none', paste: 'HTTP/1.1 401 Unauthorized\n\n{"error": "invalid_token", "error_description": "The provided bearer token is invalid, expired, or no longer recognized by the server."}', section: 'unauthorized' },
		{ description: "RFC 6750's own definition text names no cause", paste: response('Bearer error="invalid_token", error_description="The access token provided is expired, revoked, malformed, or invalid for other reasons."'), section: 'unauthorized' },
		{ fixture: 'none-httpapi-401-negotiate-ntlm.http', section: 'unauthorized' },
		{ fixture: 'microsoft-java-webapi-invalid-issuer-claim-consumers-tenant.json', section: 'unauthorized' },
		{ fixture: 'iis-sharepoint-401-negotiate-ntlm-curl-v.txt', section: 'unauthorized' },
		{ description: 'RFC 6750 error in the body, scope', paste: 'HTTP/1.1 403 Forbidden\n\n{"error":"insufficient_scope"}', section: 'invalid-scope' },
	],
	reject: [
		{ fixture: 'proxy-isa-ntlm-407-curl-v.txt' },
		{ description: 'no challenge', paste: 'HTTP/1.1 401 Unauthorized\n\n' },
		{ description: 'a bare challenge on a 403', paste: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="x"\n\n' },
		{ description: 'invalid_token at the token endpoint is about the grant', paste: 'grant_type=refresh_token\n{"error":"invalid_token"}' },
		{ description: "invalid_request in a body is as often validation as auth", paste: 'HTTP/1.1 400 Bad Request\n\n{"error":"invalid_request","error_description":"Missing parameter: name"}' },
	],
});

it('reads a description that says no token arrived as a request to fix', () => {
	const paste = 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_token","error_description":"Missing Authorization header"}';
	expect(diagnose(paste)).toMatchObject({ section: 'unauthorized', action: 'fix-request' });
});
