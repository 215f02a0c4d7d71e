/**
 * The guide's "Try this in the checker" links (TryInChecker.astro) open /checker/ on their own; on a page with the
 * checker, a plain click loads the example into that checker instead. Both the island and its hydration directive
 * (hydrate.ts) intercept them, before and after hydration, so they must agree on which clicks count.
 */
const exampleLinkSelector = 'a[data-checker-example]';

/** The example link a plain left click followed, if any: a click with a modifier key opens it elsewhere, as usual. */
export const followedExampleLink = (event: MouseEvent): HTMLAnchorElement | undefined => {
	if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return undefined;
	return (event.target as Element | null)?.closest?.<HTMLAnchorElement>(exampleLinkSelector) ?? undefined;
};
