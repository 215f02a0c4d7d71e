import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/checker/index.ts';
import { loadFixtures } from './load-fixtures.ts';

const HOLDOUT_FLOOR = 0.7;

// A fixture marked `open:` is a known gap: it is expected to fail, so the day the engine gets it right the test says so,
// and the mark comes off.
describe('dev fixtures: section, action and platform', () => {
	for (const fixture of loadFixtures('dev')) {
		(fixture.open ? it.fails : it)(fixture.open ? `${fixture.name} (open: ${fixture.open})` : fixture.name, () => {
			const diagnosis = diagnose(fixture.paste, { now: fixture.now });
			expect({ section: diagnosis.section, action: diagnosis.action, platform: diagnosis.platform ?? 'none' }).toEqual({
				section: fixture.section,
				action: fixture.action,
				platform: fixture.platform,
			});
		});
	}
});

// Held out of development: only the accuracy is reported, never which fixtures fail.
describe('holdout fixtures', () => {
	it(`section accuracy is at least ${HOLDOUT_FLOOR}`, () => {
		const fixtures = loadFixtures('holdout');
		let sections = 0;
		let exact = 0;
		for (const fixture of fixtures) {
			const diagnosis = diagnose(fixture.paste, { now: fixture.now });
			if (diagnosis.section !== fixture.section) continue;
			sections++;
			if (diagnosis.action === fixture.action && (diagnosis.platform ?? 'none') === fixture.platform) exact++;
		}
		const total = Math.max(1, fixtures.length);
		console.log(`holdout: ${fixtures.length} fixtures, section accuracy ${(sections / total).toFixed(3)}, section+action+platform ${(exact / total).toFixed(3)}`);
		expect(sections / total).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
	});
});
