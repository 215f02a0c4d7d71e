import { describe, expect, it } from 'vitest';
import { diagnose, redact } from '../../src/checker/index.ts';
import { makeJwt } from './make-jwt.ts';
import { loadFixtures } from './load-fixtures.ts';

const jwt = makeJwt({ iss: 'https://login.example.com/', exp: 1714521600 });
const [jwtHeader, jwtPayload, jwtSignature] = jwt.split('.');
const dots = (text: string) => '•'.repeat(text.length);

const cases: { description: string; input: string; expected: string }[] = [
	{ description: 'Authorization keeps its scheme', input: 'Authorization: Bearer abcdef123456', expected: `Authorization: Bearer ${dots('abcdef123456')}` },
	{ description: 'curl -v request header', input: '> Authorization: Basic dXNlcjpwYXNz', expected: `> Authorization: Basic ${dots('dXNlcjpwYXNz')}` },
	{ description: 'Cookie and Set-Cookie', input: 'Cookie: sid=abc\nset-cookie: a=b; Path=/', expected: `Cookie: ${dots('sid=abc')}\nset-cookie: ${dots('a=b; Path=/')}` },
	{ description: 'X-Api-Key', input: 'X-Api-Key: 0123456789', expected: `X-Api-Key: ${dots('0123456789')}` },
	{ description: 'JSON secrets', input: '{"access_token":"opaque123","refresh_token":"r-456","token_type":"bearer"}', expected: `{"access_token":"${dots('opaque123')}","refresh_token":"${dots('r-456')}","token_type":"bearer"}` },
	{ description: 'a form body, including the OAuth code', input: 'grant_type=authorization_code&code=xyz789&client_secret=s3cret', expected: `grant_type=authorization_code&code=${dots('xyz789')}&client_secret=${dots('s3cret')}` },
	{ description: 'a Python dict', input: "{'password': 'hunter2', 'user': 'me'}", expected: `{'password': '${dots('hunter2')}', 'user': 'me'}` },
	{ description: 'a bearer token in a log line', input: 'sending Bearer abc123defghi to api', expected: `sending Bearer ${dots("abc123defghi")} to api` },
	{ description: 'key prefixes stay visible', input: 'key sk_live_51Habcdef and ghp_abcdef123456', expected: `key sk_live_${dots('51Habcdef')} and ghp_${dots('abcdef123456')}` },
	{ description: 'a JWT keeps header and claims', input: `token=${jwt}`, expected: `token=${jwtHeader}.${jwtPayload}.${dots(jwtSignature)}` },
	{ description: 'AWS access key id', input: 'AKIAIOSFODNN7EXAMPLE', expected: `AKIA${dots('IOSFODNN7EXAMPLE')}` },
	{
		description: 'HAR header and cookie values',
		input: '{"name":"Cookie","value":"sid=abc123"},{"name":"authorization","value":"Bearer tok123456"},{"name":"accept","value":"*/*"}',
		expected: `{"name":"Cookie","value":"${dots('sid=abc123')}"},{"name":"authorization","value":"Bearer ${dots('tok123456')}"},{"name":"accept","value":"*/*"}`,
	},
	{ description: 'error codes are not secrets', input: '{"error":"invalid_grant","code":401}', expected: '{"error":"invalid_grant","code":401}' },
	{ description: 'a WWW-Authenticate challenge is not a credential', input: 'WWW-Authenticate: Bearer realm="example", error="invalid_token"', expected: 'WWW-Authenticate: Bearer realm="example", error="invalid_token"' },
];

describe('redact', () => {
	for (const { description, input, expected } of cases) {
		it(description, () => {
			const { text, spans } = redact(input);
			expect(text).toBe(expected);
			expect(text).toHaveLength(input.length);
			for (const span of spans) expect(text.slice(span.start, span.end)).toMatch(/^•+$/);
		});
	}

	const fixtures = loadFixtures('dev');
	it('is idempotent on every dev fixture', () => {
		for (const fixture of fixtures) {
			const once = redact(fixture.paste).text;
			expect(redact(once).text, fixture.name).toBe(once);
		}
	});

	it('keeps the diagnosis of every dev fixture', () => {
		for (const fixture of fixtures) {
			const original = diagnose(fixture.paste, { now: fixture.now });
			expect(diagnose(original.redacted, { now: fixture.now }).section, fixture.name).toBe(original.section);
		}
	});
});
