import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFixture } from '../fixtures/split.ts';

export interface Fixture {
	name: string;
	platform: string;
	section: string;
	action: string;
	format: string;
	now?: Date;
	/** Why the engine still gets this dev fixture wrong: a known gap, kept as a target. */
	open?: string;
	paste: string;
}

export const fixturesDir = join(import.meta.dirname, '../fixtures');

/** Reads one fixture: `key: value` header lines, a `--- paste ---` line, then the paste verbatim (test/fixtures/README.md). */
export const parseFixture = (name: string, raw: string): Fixture => {
	const parts = splitFixture(raw);
	if (!parts) throw new Error(`${name}: no "--- paste ---" line; see test/fixtures/README.md`);
	const { header, paste } = parts;
	const now = header.get('now');
	return {
		name,
		platform: header.get('platform') ?? '',
		section: header.get('section') ?? '',
		action: header.get('action') ?? '',
		format: header.get('format') ?? '',
		now: now ? new Date(now) : undefined,
		open: header.get('open'),
		paste,
	};
};

/** Every fixture of a split (`dev` or `holdout`), sorted by file name. */
export const loadFixtures = (split: 'dev' | 'holdout'): Fixture[] => {
	const dir = join(fixturesDir, split);
	let names: string[];
	try {
		names = readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'README.md');
	} catch {
		return [];
	}
	return names.sort().map((name) => parseFixture(name, readFileSync(join(dir, name), 'utf8')));
};

/** A dev fixture by file name. */
export const devFixture = (name: string): Fixture => {
	const found = loadFixtures('dev').find((fixture) => fixture.name === name);
	if (!found) throw new Error(`no dev fixture named ${name}`);
	return found;
};
