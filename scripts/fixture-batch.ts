/**
 * A fresh batch of fixtures, gathered into test/fixtures/incoming/: `node scripts/fixture-batch.ts` scores the engine
 * on it before anyone has looked (the README's "Accuracy" records the number); `--split` then moves each file to
 * holdout/ (a third, by a hash of its name, so nobody chooses) or dev/, and incoming/SOURCES.md to SOURCES-<batch>.md.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../src/checker/index.ts';
import { fixturesDir, parseFixture } from '../test/unit/load-fixtures.ts';

const incoming = join(fixturesDir, 'incoming');
const names = readdirSync(incoming).filter((name) => name !== 'SOURCES.md');
const heldOut = (name: string) => createHash('sha1').update(name).digest()[0]! % 3 === 0;

const results = names.map((name) => {
	const fixture = parseFixture(name, readFileSync(join(incoming, name), 'utf8'));
	const diagnosis = diagnose(fixture.paste, { now: fixture.now });
	const section = diagnosis.section === fixture.section;
	return { name, section, full: section && diagnosis.action === fixture.action && (diagnosis.platform ?? 'none') === fixture.platform };
});
const share = (count: number) => `${((100 * count) / results.length).toFixed(1)} %`;
console.log(`${results.length} fresh fixtures: sections ${share(results.filter((result) => result.section).length)}, section + action + platform ${share(results.filter((result) => result.full).length)}`);

const batch = process.argv.find((argument) => argument.startsWith('--split='))?.slice('--split='.length);
if (batch) {
	// A name already in dev/ or holdout/ would replace that fixture, or stand beside it in the other split: rename first.
	const taken = names.filter((name) => ['dev', 'holdout'].some((split) => existsSync(join(fixturesDir, split, name))));
	if (taken.length) {
		console.error(`Already in dev/ or holdout/, rename these in incoming/ (and in SOURCES.md) first: ${taken.join(', ')}`);
		process.exit(1);
	}
	for (const name of names) renameSync(join(incoming, name), join(fixturesDir, heldOut(name) ? 'holdout' : 'dev', name));
	renameSync(join(incoming, 'SOURCES.md'), join(fixturesDir, `SOURCES-${batch}.md`));
	rmdirSync(incoming);
	console.log(`${names.filter(heldOut).length} to holdout/, ${names.filter((name) => !heldOut(name)).length} to dev/; sources in SOURCES-${batch}.md`);
}
