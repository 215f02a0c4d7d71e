// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import solid from '@astrojs/solid-js';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl, siteTitle } from './src/site.ts';

export default defineConfig({
	site: process.env.SITE_URL ?? siteUrl,
	trailingSlash: 'always',
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
			pagefind: true,
			markdown: { processedDirs: ['./content/'] },
			components: {
				PageTitle: './src/components/PageTitle.astro',
			},
			customCss: ['./src/styles/site.css'],
			sidebar: [
				{
					label: 'Guides',
					items: [
						{
							label: 'Troubleshooting',
							items: [{ slug: 'guides/troubleshooting/api-authentication-errors' }],
						},
					],
				},
			],
		}),
		solid(),
	],
});
