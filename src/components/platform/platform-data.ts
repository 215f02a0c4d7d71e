/**
 * What the platform pages show, derived at build time from the checker's own data (src/checker/platforms)
 * and the development fixtures (test/fixtures/dev), so a page and the checker can never disagree.
 */
import { AstroError } from 'astro/errors';
import { diagnose, isSectionId, platforms, redact, sectionIds, type ActionId, type Platform, type SectionId } from '../../checker/index.ts';
import { defaultActions } from '../../checker/score.ts';
import { devFixtures, type DevFixture } from '../dev-fixtures.ts';

/** The platform with this slug; a page naming an unknown slug fails the build with the slugs it could use. */
export function platformBySlug(slug: string): Platform {
	const platform = platforms.find((candidate) => candidate.slug === slug);
	if (!platform) {
		throw new AstroError(
			`No platform with the slug "${slug}".`,
			`Use one of the slugs in src/checker/platforms/index.ts: ${platforms.map((known) => known.slug).join(', ')}.`,
		);
	}
	return platform;
}

/** One row of a platform's codes table: what the platform sends, and what the checker makes of it. */
export interface CodeRow {
	/** The code (matched exactly) or message fragment (matched case-insensitively). */
	match: string;
	kind: 'code' | 'message';
	section: SectionId;
	action: ActionId;
}

const order = (section: SectionId) => sectionIds.indexOf(section);

/** Every code and message the checker knows for a platform, in guide-section order. */
export function codeRows(platform: Platform): CodeRow[] {
	const rows = (kind: CodeRow['kind'], entries: Platform['codes']): CodeRow[] =>
		Object.entries(entries ?? {}).map(([match, [section, action]]) => ({ match, kind, section, action: action ?? defaultActions[section] }));
	const byStatus = Object.entries(platform.codesByStatus ?? {}).flatMap(([code, statuses]) =>
		rows('code', Object.fromEntries(Object.entries(statuses).map(([status, verdict]) => [`${code} (with a ${status})`, verdict]))),
	);
	return [...rows('code', platform.codes), ...byStatus, ...rows('message', platform.messages)].sort((a, b) => order(a.section) - order(b.section));
}

/** A real response from test/fixtures/dev, as the platform page shows it. */
export interface Example {
	name: string;
	platform: string;
	source: string;
	section: SectionId;
	/** The paste with every credential masked by the checker's own `redact`. */
	redacted: string;
	/** The HTTP status the checker reads from the paste, when it carries one. */
	status: number | null;
}

function toExample({ name, header, paste }: DevFixture): Example | undefined {
	const section = header.get('section');
	if (!isSectionId(section)) return undefined;
	return { name, platform: header.get('platform') ?? '', source: header.get('source') ?? '', section, redacted: redact(paste).text, status: diagnose(paste).status };
}

const examples: Example[] = devFixtures
	.flatMap((fixture) => toExample(fixture) ?? [])
	.sort((a, b) => order(a.section) - order(b.section) || a.name.localeCompare(b.name));

/** The platform's example responses, in guide-section order. */
export const examplesFor = (platform: Platform): Example[] => examples.filter((example) => example.platform === platform.slug);

/** The guide sections a platform page has a part for: those with a known code, message or example. */
export function platformSections(platform: Platform): SectionId[] {
	const present = new Set<SectionId>([...codeRows(platform).map((row) => row.section), ...examplesFor(platform).map((example) => example.section)]);
	return sectionIds.filter((section) => present.has(section));
}



/** Public pages the platform's module cites in its `// Sources:` comment block. */
const platformSources = import.meta.glob<string>('/src/checker/platforms/*.ts', { query: '?raw', import: 'default', eager: true });
export function sourcesFor(platform: Platform): string[] {
	const text = Object.entries(platformSources).find(([path]) => path.endsWith(`/${platform.slug}.ts`))?.[1] ?? '';
	const block = /\/\/ Sources:\n((?:\/\/ +- .*\n)+)/.exec(text)?.[1] ?? '';
	return [...block.matchAll(/https?:\/\/[^\s)]+/g)].map((match) => match[0]);
}
