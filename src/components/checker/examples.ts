/**
 * Build time only: picks the checker's examples from the engine's development fixtures
 * (test/fixtures/README.md), one or two per section, preferring short pastes from a known platform that the
 * engine diagnoses as their header says, once redacted and with today's clock.
 */
import { diagnose, platforms, redact, sectionIds, type SectionId } from '../../checker/index.ts';
import { devFixtures, type DevFixture } from '../dev-fixtures.ts';
import type { CheckerExample } from './types.ts';

const PER_SECTION = 2;
// Longer pastes make poor menu examples: the reader should see the whole response at a glance.
const MAX_LENGTH = 2500;

const platformName = (slug: string | undefined) => platforms.find((platform) => platform.slug === slug)?.name;

/** "github-bad-credentials-curl-v" → "GitHub: bad credentials curl v". */
const labelFor = (fixture: DevFixture): string => {
	const slug = fixture.header.get('platform');
	const what = fixture.id.replace(`${slug}-`, '').replaceAll('-', ' ');
	return `${platformName(slug) ?? 'Any platform'}: ${what}`;
};

const unknownPlatform = (fixture: DevFixture) => (platformName(fixture.header.get('platform')) ? 0 : 1);

let cached: CheckerExample[] | undefined;

/** The examples, in section order; at most two per section, from different platforms when possible. */
export function checkerExamples(): CheckerExample[] {
	if (cached) return cached;
	const candidates = devFixtures
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
