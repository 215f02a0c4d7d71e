import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, redact } from '../../src/checker/index.ts';
import { makeJwt } from './make-jwt.ts';
import { loadFixtures } from './load-fixtures.ts';

const jwt = makeJwt({ iss: 'https://login.example.com/', exp: 1714521600 });
const [jwtHeader, jwtPayload, jwtSignature] = jwt.split('.');
const dots = (text: string) => '·'.repeat(text.length);

const cases: { description: string; input: string; expected: string }[] = [
	{ description: 'Authorization keeps its scheme', input: 'Authorization: Bearer abcdef123456', expected: `Authorization: Bearer ${dots('abcdef123456')}` },
	{ description: 'curl -v request header', input: '> Authorization: Basic dXNlcjpwYXNz', expected: `> Authorization: Basic ${dots('dXNlcjpwYXNz')}` },
	{ description: 'Cookie and Set-Cookie', input: 'Cookie: sid=abc\nset-cookie: a=b; Path=/', expected: `Cookie: ${dots('sid=abc')}\nset-cookie: ${dots('a=b; Path=/')}` },
	{ description: 'X-Api-Key', input: 'X-Api-Key: 0123456789', expected: `X-Api-Key: ${dots('0123456789')}` },
	{ description: 'JSON secrets', input: '{"access_token":"opaque123","refresh_token":"r-456","token_type":"bearer"}', expected: `{"access_token":"${dots('opaque123')}","refresh_token":"${dots('r-456')}","token_type":"bearer"}` },
	{ description: 'a form body, including the OAuth code', input: 'grant_type=authorization_code&code=xyz789&client_secret=s3cret', expected: `grant_type=authorization_code&code=${dots('xyz789')}&client_secret=${dots('s3cret')}` },
	{
		description: 'JSON secrets a forum printed with typographic quotes, kept as pasted',
		input: '{“access_token”: “opaque123”, ‘client_secret’: ‘s3cret’}',
		expected: `{“access_token”: “${dots('opaque123')}”, ‘client_secret’: ‘${dots('s3cret')}’}`,
	},
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
	{
		description: 'a pretty-printed HAR pair (as browsers export it)',
		input: '{\n  "name": "Cookie",\n  "value": "sid=abc123"\n}',
		expected: `{\n  "name": "Cookie",\n  "value": "${dots('sid=abc123')}"\n}`,
	},
	{ description: 'blanks between a header name and its colon', input: 'Authorization \t : Bearer abcdef123456', expected: `Authorization \t : Bearer ${dots('abcdef123456')}` },
	{ description: 'a KELVIN SIGN for the k of a name (it lower-cases to k)', input: 'X-Api-\u212Aey: 0123456789', expected: `X-Api-\u212Aey: ${dots('0123456789')}` },
	{ description: 'a JWT in a credential too short to count as one', input: 'Bearer eyJhbGc.eyJzdWI.sig', expected: `Bearer eyJhbGc.eyJzdWI.${dots('sig')}` },
	{ description: 'a Google API key in a query string', input: 'GET /maps/api/geocode/json?address=x&key=AIzaSyD-FAKEfakeFAKEfakeFAKEfakeFAKEfak', expected: `GET /maps/api/geocode/json?address=x&key=AIza${dots('SyD-FAKEfakeFAKEfakeFAKEfakeFAKEfak')}` },
	{ description: 'a value longer than any real one (a 20 000-character token)', input: `Authorization: Bearer ${'x'.repeat(20_000)}`, expected: `Authorization: Bearer ${dots('x'.repeat(20_000))}` },
	{ description: 'a long JSON secret', input: `{"access_token":"${'y'.repeat(20_000)}"}`, expected: `{"access_token":"${dots('y'.repeat(20_000))}"}` },
	{ description: 'a JWT after a hyphen, and one whose header run holds another "eyJ"', input: `x-${jwt} eyJab-${jwt}`, expected: `x-${jwtHeader}.${jwtPayload}.${dots(jwtSignature)} eyJab-${jwtHeader}.${jwtPayload}.${dots(jwtSignature)}` },
];

// Every name whose value is a secret, in each place it can stand: the scan looks for the last word of each (key, token …).
const headerNames = ['Authorization', 'Proxy-Authorization', 'Cookie', 'Set-Cookie', 'X-Api-Key', 'Api-Key', 'ApiKey', 'X-Auth-Token', 'X-Access-Token', 'Private-Token', 'X-Shopify-Access-Token', 'X-Goog-Api-Key'];
const harNames = [...headerNames, 'api_key', 'access_token', 'refresh_token', 'id_token', 'client_secret', 'password', 'token', 'code'];
const fieldNames = ['access_token', 'refresh_token', 'id_token', 'client_secret', 'client_assertion', 'password', 'passwd', 'api_key', 'apikey', 'secret', 'token'];
const secret = 's3cr3t-value';
const named: { description: string; input: string; expected: string }[] = [
	...headerNames.map((name) => ({ description: `header ${name}`, input: `< ${name}: ${secret}`, expected: `< ${name}: ${dots(secret)}` })),
	...harNames.map((name) => ({ description: `HAR pair ${name}`, input: `{"name": "${name}", "value": "${secret}"}`, expected: `{"name": "${name}", "value": "${dots(secret)}"}` })),
	...fieldNames.map((name) => ({ description: `JSON field ${name}`, input: `{"${name.toUpperCase()}": "${secret}"}`, expected: `{"${name.toUpperCase()}": "${dots(secret)}"}` })),
	...fieldNames.map((name) => ({ description: `form field ${name}`, input: `a=1&${name}=${secret}&b=2`, expected: `a=1&${name}=${dots(secret)}&b=2` })),
];

// Pieces of everything redaction looks for, to assemble into hostile pastes.
const pieces = ['Authorization', 'cookie', 'X-Api-Key', 'apiKey', 'access_token', 'password', 'token', 'code', '"name"', '"value"', ':', '=', ' ', '\t', '\n', '"', "'", '\\', ',', '?', '&', '-', '.', '> ', 'Bearer ', 'Basic ', 'eyJ', 'eyJhbGciOiJIUzI1NiJ9', 'AKIA', 'IOSFODNN7EXAMPLE', 'sk_live_', 'ghp_', 'abc123', '·'];

describe('redact', () => {
	for (const { description, input, expected } of cases) {
		it(description, () => {
			const { text, spans } = redact(input);
			expect(text).toBe(expected);
			expect(text).toHaveLength(input.length);
			for (const span of spans) expect(text.slice(span.start, span.end)).toMatch(/^·+$/);
		});
	}

	for (const { description, input, expected } of named) {
		it(`masks the value of ${description}`, () => expect(redact(input).text).toBe(expected));
	}

	it('masks in place, in ordered spans, on pastes assembled from what it looks for', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
				const input = parts.join('');
				const { text, spans } = redact(input);
				// Spans are in order and apart, and they are exactly what changed.
				spans.forEach((span, index) => expect(span.start).toBeGreaterThan(index ? spans[index - 1].end : -1));
				expect(text).toBe(spans.reduce((masked, { start, end }) => masked.slice(0, start) + '·'.repeat(end - start) + masked.slice(end), input));
			}),
			{ numRuns: 2000 },
		);
	});

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
