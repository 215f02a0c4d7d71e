import rule from '../../../src/checker/rules/jwt-expiry.ts';
import { testRule } from './harness.ts';

// now is 2024-05-01T00:00:00Z (1714521600) in the harness
const request = (token: string) => `> GET /me HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer ${token}\n>\n< HTTP/1.1 401 Unauthorized\n<\n`;

testRule(rule, {
	accept: [
		{ fixture: 'microsoft-graph-expired-jwt.har', section: 'token-expired' },
		{ description: 'exp before now', paste: request('eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3MTQ1MDAwMDB9.sig'), section: 'token-expired' },
		{ description: 'nbf after now', paste: request('eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3MTQ2MDAwMDAsIm5iZiI6MTcxNDU5MDAwMH0.sig'), section: 'unauthorized' },
	],
	reject: [
		{ description: 'exp after now (counter-evidence only)', paste: request('eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjE3MTQ2MDAwMDB9.sig') },
		{ description: 'an opaque token', paste: request('opaque-token-123') },
		{ fixture: 'dropbox-expired-access-token-curl-v.txt' },
	],
});
