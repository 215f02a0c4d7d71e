/**
 * Search settings, in one place. Starlight passes the ranking to Pagefind's UI (astro.config.mjs `pagefind`),
 * and the search-quality suite (test/e2e/search-quality.test.ts) passes the same weights to Pagefind's API,
 * so the suite measures what readers get.
 *
 * The ranking was chosen by sweeping Pagefind's four ranking parameters over the search-quality suite's queries
 * (2026-11-29): page length 0.1, term similarity 3, term frequency 0.3–1 and saturation 1.4–2 all score best. The
 * values below take term frequency from the middle of that range and keep the saturation the site had; the values
 * before them (term frequency 0.1, similarity 9) ranked platform pages whose examples repeat "401 Unauthorized" above
 * the guide.
 *
 * No `includeCharacters` is needed for codes like `invalid_grant` or `X-RateLimit-Remaining`: Pagefind 1.6
 * indexes a word joined by `_` or `-` both whole and by its parts, and the suite searches for each such code.
 */
export const searchRanking = {
	pageLength: 0.1,
	termFrequency: 0.6,
	termSaturation: 2,
	termSimilarity: 3,
	diacriticSimilarity: 0.8,
};

/** Weight of a platform page's content relative to the guide and the reference (src/components/MarkdownContent.astro). */
export const platformPageWeight = 0.5;

/** The parts of the site, by the first segment of a page's path, as search results label them. */
const siteSections: Record<string, string> = {
	guides: 'Guide',
	reference: 'Reference',
	platforms: 'Platforms',
	checker: 'Checker',
};

/** The site section a content entry (`platforms/github`) belongs to, or undefined for the home and 404 pages. */
export const siteSectionOf = (entryId: string): string | undefined => siteSections[entryId.split('/')[0]!];
