import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../src/checker/parse/index.ts';
import type { Rule } from '../../../src/checker/rules/define.ts';
import type { SectionId } from '../../../src/checker/sections.ts';
import { computeSignals } from '../../../src/checker/signals/index.ts';
import { devFixture } from '../load-fixtures.ts';

/** A case names a dev fixture or gives a minimal synthetic paste (generic RFC mechanics only). */
export type RuleCase = { fixture: string; section?: SectionId } | { description: string; paste: string; section?: SectionId; now?: string };

const NOW = new Date('2024-05-01T00:00:00Z');

const evaluate = (rule: Rule, input: RuleCase) => {
	const paste = 'fixture' in input ? devFixture(input.fixture).paste : input.paste;
	const now = 'fixture' in input ? (devFixture(input.fixture).now ?? new Date()) : input.now ? new Date(input.now) : NOW;
	return rule.evaluate(computeSignals(paste, parsePaste(paste), now)).filter((item) => item.weight > 0);
};

/** accept: the rule gives positive evidence (for `section` when named); reject: it gives none. */
export const testRule = (rule: Rule, cases: { accept: RuleCase[]; reject: RuleCase[] }): void => {
	const name = (input: RuleCase) => ('fixture' in input ? input.fixture : input.description);
	describe(`rule ${rule.id}`, () => {
		it('declares what it reads and the sections it gives', () => {
			expect(rule.reads.length).toBeGreaterThan(0);
			expect(rule.sections.length).toBeGreaterThan(0);
		});
		for (const input of cases.accept) {
			it(`accepts ${name(input)}`, () => {
				const found = evaluate(rule, input);
				expect(found.length).toBeGreaterThan(0);
				for (const item of found) expect(rule.sections).toContain(item.section);
				if (input.section) expect(found.map((item) => item.section)).toContain(input.section);
			});
		}
		for (const input of cases.reject) it(`rejects ${name(input)}`, () => expect(evaluate(rule, input)).toEqual([]));
	});
};
