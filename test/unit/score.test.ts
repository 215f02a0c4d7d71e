import { describe, expect, it } from 'vitest';
import { score } from '../../src/checker/score.ts';
import type { Evidence } from '../../src/checker/types.ts';

const item = (rule: string, section: Evidence['section'], weight: number, action?: Evidence['action']): Evidence => ({ rule, section, weight, text: rule, action });

describe('score', () => {
	it('sums each rule once per section and names the strongest item first', () => {
		const verdict = score([item('a', 'rate-limited', 4), item('a', 'rate-limited', 2), item('b', 'rate-limited', 1), item('c', 'unauthorized', 2)]);
		expect(verdict.section).toBe('rate-limited');
		expect(verdict.evidence.map((evidence) => evidence.weight)).toEqual([4, 2, 1]);
	});

	it('lets a specific cause win with its general section’s evidence behind it (a scope message on a 403)', () => {
		const verdict = score([item('platform', 'invalid-scope', 5, 'add-scope'), item('code', 'forbidden', 4, 'check-permissions'), item('status', 'forbidden', 1, 'check-permissions')]);
		expect(verdict.section).toBe('invalid-scope');
		expect(verdict.action).toBe('add-scope');
		expect(verdict.evidence.map((evidence) => evidence.rule)).toEqual(['platform', 'code', 'status']);
		expect(verdict.alternatives).toEqual([{ section: 'forbidden', score: 5 }]);
	});

	it('keeps the general section when its own evidence is as strong as the specific one (a message naming another cause)', () => {
		const verdict = score([item('code', 'token-expired', 4), item('message', 'unauthorized', 5, 'fix-request'), item('status', 'unauthorized', 1)]);
		expect(verdict.section).toBe('unauthorized');
		expect(verdict.action).toBe('fix-request');
	});

	it('says not-auth with no confidence when nothing points anywhere', () => {
		expect(score([])).toMatchObject({ section: 'not-auth', action: 'none', confidence: 0, evidence: [] });
	});
});
