import { describe, expect, it } from 'vitest';
import { builtPages, islandScripts } from '../build/site.ts';
import { openPage, useBrowser } from './setup/browser.ts';

// Every script an island loads anywhere on the site: its component, its framework renderer and their imports.
const pages = builtPages();
const ours = new Set([...pages.keys()].flatMap((file) => [...islandScripts(pages, file)].map((script) => `/${script}`)));

describe('pages without islands', () => {
	const browser = useBrowser();

	it('the site has island scripts to look for', () => {
		expect(ours.size).toBeGreaterThan(0);
	});

	it.each(['/', '/404.html', '/platforms/github/', '/reference/www-authenticate/'])('%s loads no JavaScript of ours', async (path) => {
		const { page } = await openPage(browser(), path);
		expect(await page.locator('astro-island').count()).toBe(0);
		const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
		expect(loaded.filter((script) => ours.has(script))).toEqual([]);
	});
});
