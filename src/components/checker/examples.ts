/**
 * Build time only (reads files): picks the checker's examples from the engine's development fixtures
 * (test/fixtures/README.md), one or two per section, preferring short pastes from a known platform that the
 * engine diagnoses as their header says, once redacted and with today's clock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose, platforms, redact, sectionIds, type SectionId } from '../../checker/index.ts';
import { encodeShareFragment } from '../../share.ts';
import type { CheckerExample } from './types.ts';

const fixturesDir = join(process.cwd(), 'test/fixtures/dev');
const SEPARATOR = '--- paste ---\n';
const PER_SECTION = 2;
// Longer pastes make poor menu examples: the reader should see the whole response at a glance.
const MAX_LENGTH = 2500;

interface Fixture {
	id: string;
	header: Map<string, string>;
	paste: string;
}

const readFixture = (file: string): Fixture | undefined => {
	const raw = readFileSync(join(fixturesDir, file), 'utf8');
	const at = raw.indexOf(SEPARATOR);
	if (at < 0) return undefined;
	const header = new Map(
		raw
			.slice(0, at)
			.split('\n')
			.filter((line) => line.includes(':'))
			.map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()] as const),
	);
	return { id: file.replace(/\.[^.]+$/, ''), header, paste: raw.slice(at + SEPARATOR.length) };
};

const platformName = (slug: string | undefined) => platforms.find((platform) => platform.slug === slug)?.name;

/** "github-bad-credentials-curl-v" → "GitHub: bad credentials curl v". */
const labelFor = (fixture: Fixture): string => {
	const slug = fixture.header.get('platform');
	const what = fixture.id.replace(`${slug}-`, '').replaceAll('-', ' ');
	return `${platformName(slug) ?? 'Any platform'}: ${what}`;
};

const unknownPlatform = (fixture: Fixture) => (platformName(fixture.header.get('platform')) ? 0 : 1);

let cached: CheckerExample[] | undefined;

/** The examples, in section order; at most two per section, from different platforms when possible. */
export function checkerExamples(): CheckerExample[] {
	if (cached) return cached;
	let files: string[] = [];
	try {
		files = readdirSync(fixturesDir).filter((file) => !file.startsWith('.') && file !== 'README.md').sort();
	} catch {
		// No fixtures (a trimmed checkout): the menu is simply empty.
	}
	const candidates = files
		.map(readFixture)
		.filter((fixture): fixture is Fixture => fixture !== undefined)
		// A fixture pinned to a clock (`now:`) may diagnose differently in the reader's browser today.
		.filter((fixture) => !fixture.header.has('now') && fixture.paste.length <= MAX_LENGTH)
		.map((fixture) => ({ fixture, text: redact(fixture.paste).text }))
		.filter(({ fixture, text }) => diagnose(text).section === fixture.header.get('section'))
		.sort((a, b) => unknownPlatform(a.fixture) - unknownPlatform(b.fixture) || a.text.length - b.text.length);
	cached = sectionIds.flatMap((section) => {
		const picked: typeof candidates = [];
		for (const candidate of candidates.filter(({ fixture }) => fixture.header.get('section') === section)) {
			if (picked.length >= PER_SECTION) break;
			if (picked.some(({ fixture }) => fixture.header.get('platform') === candidate.fixture.header.get('platform'))) continue;
			picked.push(candidate);
		}
		return picked.map(({ fixture, text }) => ({ id: fixture.id, section, label: labelFor(fixture), text }));
	});
	return cached;
}

/** The first example for a section, for the guide's "Try this in the checker" buttons. */
export const exampleFor = (section: SectionId): CheckerExample | undefined => checkerExamples().find((example) => example.section === section);

/** A link that opens the checker page with this example already pasted; works without JavaScript. */
export const checkerLink = async (example: CheckerExample): Promise<string> => `/checker/#${await encodeShareFragment(example.text)}`;
