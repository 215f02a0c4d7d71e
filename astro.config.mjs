// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import solid from '@astrojs/solid-js';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, siteTitle } from './src/site.ts';
import { searchRanking } from './src/search.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? siteUrl,
	trailingSlash: 'always',
	// Starlight turns on prefetching every link; on the guide (hundreds of links) wiring them up at load was a long task
	// that kept Lighthouse below 100. Pages are small static files: a click loads one fast enough without a head start.
	prefetch: false,
	markdown: {
		// `## 401 Unauthorized {#unauthorized}`: section anchors stay stable when a heading's wording changes,
		// and they are the checker's section ids.
		processor: satteri({ features: { headingAttributes: true } }),
	},
	integrations: [
		starlight({
			title: siteTitle,
			description: 'Why an API integration’s authentication broke, and how to fix it.',
			favicon: '/favicon.svg',
			lastUpdated: false,
			pagefind: { ranking: searchRanking },
			markdown: { processedDirs: ['./content/'] },
			// Platform pages add their data-generated sections to the table of contents.
			routeMiddleware: './src/route-data.ts',
			components: {
				PageTitle: './src/components/PageTitle.astro',
				MarkdownContent: './src/components/MarkdownContent.astro',
			},
			customCss: ['./src/styles/site.css'],
			sidebar: [
				{ label: 'Auth error checker', link: '/checker/' },
				{
					label: 'Guides',
					items: [
						{
							label: 'Troubleshooting',
							items: [{ slug: 'guides/troubleshooting/api-authentication-errors' }],
						},
					],
				},
				// Starlight matches `autogenerate` against file paths relative to src/content/docs/; ours live in content/.
				{ label: 'Reference', items: [{ autogenerate: { directory: 'content/reference' } }] },
				{ label: 'Platforms', collapsed: true, items: [{ autogenerate: { directory: 'content/platforms' } }] },
			],
		}),
		solid(),
		{
			// `client:on-use`: the checker island's code loads when idle; it hydrates on first use (src/components/checker/hydrate.ts).
			name: 'checker-hydration',
			hooks: {
				'astro:config:setup': ({ addClientDirective }) =>
					addClientDirective({ name: 'on-use', entrypoint: './src/components/checker/hydrate.ts' }),
			},
		},
	],
});
