import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/checker/index.ts';
import { decodeJwt } from '../../src/checker/signals/jwt.ts';
import { base64url, makeJwt } from './make-jwt.ts';

describe('decodeJwt', () => {
	const cases: { description: string; input: string; expected: ReturnType<typeof decodeJwt> | undefined }[] = [
		{
			description: 'a JWS with exp, scope and a URL issuer',
			input: makeJwt({ iss: 'https://login.example.com/', aud: ['api://x', 'y'], exp: 1714521600, scope: 'read write' }),
			expected: { shape: 'jws', header: { alg: 'RS256', typ: 'JWT' }, claims: { iss: 'https://login.example.com/', aud: 'api://x', sub: undefined, scopes: ['read', 'write'], iat: undefined, exp: 1714521600, nbf: undefined }, millisecondTimes: false },
		},
		{
			description: 'exp in milliseconds is normalised',
			input: makeJwt({ exp: 1714521600000, scp: 'User.Read' }),
			expected: { shape: 'jws', header: { alg: 'RS256', typ: 'JWT' }, claims: { iss: undefined, aud: undefined, sub: undefined, scopes: ['User.Read'], iat: undefined, exp: 1714521600, nbf: undefined }, millisecondTimes: true },
		},
		{ description: 'a JWE: five parts, header only', input: `${base64url({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`, expected: { shape: 'jwe', header: { alg: 'RSA-OAEP', enc: 'A256GCM' }, millisecondTimes: false } },
		{ description: 'garbage header', input: 'eyJnot-json.eyJ.x', expected: undefined },
		{ description: 'two parts', input: 'eyJhbGciOiJub25lIn0.e30', expected: undefined },
		{ description: 'an opaque token', input: 'ya29.a0AfH6SMB', expected: undefined },
		{ description: 'payload that is not JSON', input: `${base64url({ alg: 'none' })}.bm90IGpzb24.`, expected: { shape: 'jws', header: { alg: 'none' }, millisecondTimes: false } },
	];
	for (const { description, input, expected } of cases) it(description, () => expect(decodeJwt(input)).toEqual(expected));
});

describe('token times against now and the Date header', () => {
	const now = new Date('2024-05-01T00:00:00Z');
	const response = (token: string, date = 'Wed, 01 May 2024 00:00:00 GMT') =>
		`> GET /me HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer ${token}\n>\n< HTTP/1.1 401 Unauthorized\n< Date: ${date}\n<\n`;

	it('an expired JWT on a 401 is token-expired', () => {
		const diagnosis = diagnose(response(makeJwt({ exp: now.getTime() / 1000 - 3600 })), { now });
		expect(diagnosis.section).toBe('token-expired');
		expect(diagnosis.token?.expiredAt).toBe(now.getTime() / 1000 - 3600);
	});

	it('an unexpired JWT on a 401 is not token-expired', () => {
		const diagnosis = diagnose(response(makeJwt({ exp: now.getTime() / 1000 + 3600 })), { now });
		expect(diagnosis.section).toBe('unauthorized');
		expect(diagnosis.token?.expiredAt).toBeUndefined();
	});

	it('exp in milliseconds is read as seconds and noted', () => {
		const diagnosis = diagnose(response(makeJwt({ exp: now.getTime() - 3_600_000 })), { now });
		expect(diagnosis.section).toBe('token-expired');
		expect(diagnosis.notes.join(' ')).toMatch(/milliseconds/);
	});

	it('expired by the server clock but not ours: clock skew is noted', () => {
		const diagnosis = diagnose(response(makeJwt({ exp: now.getTime() / 1000 + 60 }), 'Wed, 01 May 2024 00:05:00 GMT'), { now });
		expect(diagnosis.notes.join(' ')).toMatch(/clock skew/);
	});
});
