import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose, isActionId, isSectionId, type Diagnosis } from '../../src/checker/index.ts';
import { loadFixtures } from './load-fixtures.ts';

const isValid = (diagnosis: Diagnosis): boolean =>
	isSectionId(diagnosis.section) &&
	isActionId(diagnosis.action) &&
	diagnosis.confidence >= 0 &&
	diagnosis.confidence <= 1 &&
	diagnosis.evidence.every((item) => isSectionId(item.section));

const fixtures = loadFixtures('dev');
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('diagnose never throws and always returns a valid section and action', () => {
	it('for arbitrary strings', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => isValid(diagnose(text))), { numRuns: 500 });
	});

	it('for byte soup read as latin1', () => {
		fc.assert(fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => isValid(diagnose(latin1(bytes)))), { numRuns: 300 });
	});

	it('for every fixture truncated at a sampled length', () => {
		fc.assert(
			fc.property(fc.constantFrom(...fixtures), fc.double({ min: 0, max: 1, noNaN: true }), (fixture, share) =>
				isValid(diagnose(fixture.paste.slice(0, Math.floor(fixture.paste.length * share)))),
			),
			{ numRuns: 400 },
		);
	});

	it('for fixtures with mutated header lines', () => {
		const mutation = fc.constantFrom(
			(line: string) => line.toUpperCase(),
			(line: string) => line.replace(':', ''),
			(line: string) => line.replace(/:\s*/, ':  \t'),
			(line: string) => `${line}, ${line}`,
			(line: string) => line.replaceAll('"', ''),
			(line: string) => line.split('').reverse().join(''),
			(line: string) => `${line}\\`,
		);
		fc.assert(
			fc.property(fc.constantFrom(...fixtures), fc.nat(), mutation, (fixture, at, mutate) => {
				const lines = fixture.paste.split('\n');
				const index = at % lines.length;
				lines[index] = mutate(lines[index]);
				return isValid(diagnose(lines.join('\n')));
			}),
			{ numRuns: 400 },
		);
	});

	it('for hostile HTML and script text', () => {
		const hostile = fc.constantFrom(
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'"><svg/onload=alert(1)>',
			'{{constructor.constructor("alert(1)")()}}',
			'__proto__',
			'{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
		);
		fc.assert(fc.property(fc.array(fc.oneof(hostile, fc.string()), { maxLength: 20 }), (parts) => isValid(diagnose(parts.join('\n')))), { numRuns: 200 });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('for a 10 MB input', () => {
		const text = `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer ${'"a":'.repeat(2_500_000)}`;
		expect(isValid(diagnose(text))).toBe(true);
	});

	it('for 100k-deep nested JSON arrays and objects', () => {
		expect(isValid(diagnose('['.repeat(100_000) + ']'.repeat(100_000)))).toBe(true);
		expect(isValid(diagnose('{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)))).toBe(true);
		expect(isValid(diagnose('['.repeat(100_000)))).toBe(true);
	});

	it('for empty and binary pastes, with a clear summary', () => {
		expect(diagnose('  \n ')).toMatchObject({ format: 'empty', section: 'not-auth' });
		expect(diagnose('\u0000\u0001\u0002binary\u0000\u0003'.repeat(100))).toMatchObject({ format: 'binary', section: 'not-auth' });
	});
});
