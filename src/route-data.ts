/**
 * Starlight route middleware: platform pages list the guide sections their `<PlatformCodes>` renders in the
 * table of contents, under the page's "How … signals each error" heading (`{#errors}`). Those headings come
 * from the checker's data, not from the MDX, so Starlight cannot see them on its own.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { platforms } from './checker/index.ts';
import { sectionTitles } from './guide.ts';
import { platformSections } from './components/platform/platform-data.ts';

export const onRequest = defineRouteMiddleware(({ locals }) => {
	const { entry, toc } = locals.starlightRoute;
	const platform = platforms.find((candidate) => entry.id === `platforms/${candidate.slug}`);
	const errors = toc?.items.find((item) => item.slug === 'errors');
	if (!platform || !errors) return;
	errors.children = platformSections(platform).map((section) => ({ depth: 3, slug: section, text: sectionTitles[section], children: [] }));
});
