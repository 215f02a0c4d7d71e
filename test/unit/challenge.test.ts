import { describe, expect, it } from 'vitest';
import { parseChallenges, type Challenge } from '../../src/checker/signals/challenge.ts';

const basic = (params: Record<string, string>): Challenge => ({ scheme: 'basic', params });

// Julian Reschke's WWW-Authenticate test cases (test.greenbytes.de/tech/tc/httpauth/), as a tolerant parser reads them,
// then the RFC 6750 §3 examples.
const cases: { description: string; input: string; expected: Challenge[] }[] = [
	{ description: 'simplebasic', input: 'Basic realm="foo"', expected: [basic({ realm: 'foo' })] },
	{ description: 'simplebasicucase', input: 'BASIC REALM="foo"', expected: [basic({ realm: 'foo' })] },
	{ description: 'simplebasictok: token realm', input: 'Basic realm=foo', expected: [basic({ realm: 'foo' })] },
	{ description: 'simplebasicsq: single quotes are token characters', input: "Basic realm='foo'", expected: [basic({ realm: "'foo'" })] },
	{ description: 'simplebasicpct', input: 'Basic realm="foo%20bar"', expected: [basic({ realm: 'foo%20bar' })] },
	{ description: 'simplebasiccomma', input: 'Basic , realm="foo"', expected: [basic({ realm: 'foo' })] },
	{ description: 'simplebasicnorealm', input: 'Basic', expected: [basic({})] },
	{ description: 'simplebasic2realms: first wins', input: 'Basic realm="foo", realm="bar"', expected: [basic({ realm: 'foo' })] },
	{ description: 'simplebasicwsrealm: BWS around "="', input: 'Basic realm = "foo"', expected: [basic({ realm: 'foo' })] },
	{ description: 'simplebasicrealmsqc: quoted-pair', input: 'Basic realm="\\f\\o\\o"', expected: [basic({ realm: 'foo' })] },
	{ description: 'simplebasicrealmsqc2: escaped quotes', input: 'Basic realm="\\"foo\\""', expected: [basic({ realm: '"foo"' })] },
	{ description: 'simplebasicnewparam1: empty list elements', input: 'Basic realm="foo", bar="xyz",, a=b,,,c=d', expected: [basic({ realm: 'foo', bar: 'xyz', a: 'b', c: 'd' })] },
	{ description: 'simplebasicnewparam2', input: 'Basic bar="xyz", realm="foo"', expected: [basic({ bar: 'xyz', realm: 'foo' })] },
	{ description: 'simplebasicrealmutf8', input: 'Basic realm="foo-ä"', expected: [basic({ realm: 'foo-ä' })] },
	{ description: 'simplebasicrealmrfc2047: not decoded', input: 'Basic realm="=?ISO-8859-1?Q?foo-=E4?="', expected: [basic({ realm: '=?ISO-8859-1?Q?foo-=E4?=' })] },
	{
		description: 'multibasicunknown',
		input: 'Basic realm="basic", Newauth realm="newauth"',
		expected: [basic({ realm: 'basic' }), { scheme: 'newauth', params: { realm: 'newauth' } }],
	},
	{
		description: 'multibasicunknown2',
		input: 'Newauth realm="newauth", Basic realm="basic"',
		expected: [{ scheme: 'newauth', params: { realm: 'newauth' } }, basic({ realm: 'basic' })],
	},
	{ description: 'multibasicempty', input: ',Basic realm="basic"', expected: [basic({ realm: 'basic' })] },
	{
		description: 'multibasicqs',
		input: 'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple" ',
		expected: [{ scheme: 'newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } }, basic({ realm: 'simple' })],
	},
	{
		description: 'multidisgscheme: a parameter named "basic"',
		input: 'Newauth realm="Newauth Realm", basic=foo, Basic realm="Basic Realm" ',
		expected: [{ scheme: 'newauth', params: { realm: 'Newauth Realm', basic: 'foo' } }, basic({ realm: 'Basic Realm' })],
	},
	{ description: 'unknown', input: 'Newauth realm="newauth"', expected: [{ scheme: 'newauth', params: { realm: 'newauth' } }] },
	{ description: 'disguisedrealm', input: 'Basic foo="realm=nottherealm", realm="basic"', expected: [basic({ foo: 'realm=nottherealm', realm: 'basic' })] },
	{ description: 'disguisedrealm2', input: 'Basic nottherealm="nottherealm", realm="basic"', expected: [basic({ nottherealm: 'nottherealm', realm: 'basic' })] },
	{ description: 'missingquote: read to the end', input: 'Basic realm="basic', expected: [basic({ realm: 'basic' })] },
	{ description: 'token68', input: 'Negotiate YIIFzgYGKwYBBQUC==', expected: [{ scheme: 'negotiate', params: {}, token68: 'YIIFzgYGKwYBBQUC==' }] },
	{ description: 'token68 then another challenge', input: 'NTLM abc=, Basic realm="x"', expected: [{ scheme: 'ntlm', params: {}, token68: 'abc=' }, basic({ realm: 'x' })] },
	{ description: 'RFC 6750 §3: no credentials', input: 'Bearer realm="example"', expected: [{ scheme: 'bearer', params: { realm: 'example' } }] },
	{
		description: 'RFC 6750 §3: expired token',
		input: 'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
		expected: [{ scheme: 'bearer', params: { realm: 'example', error: 'invalid_token', error_description: 'The access token expired' } }],
	},
	{
		description: 'RFC 6750 §3.1: insufficient_scope with scope',
		input: 'Bearer error="insufficient_scope", scope="repo read:org"',
		expected: [{ scheme: 'bearer', params: { error: 'insufficient_scope', scope: 'repo read:org' } }],
	},
	{ description: 'empty', input: '', expected: [] },
	{ description: 'garbage', input: '=,="\\', expected: [] },
];

describe('parseChallenges', () => {
	for (const { description, input, expected } of cases) {
		it(description, () => expect(parseChallenges(input)).toEqual(expected));
	}
});
