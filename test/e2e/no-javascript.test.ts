import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './setup/browser.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;

/** Every script our islands load anywhere on the site: their components and the framework renderer. */
function islandScripts(): Set<string> {
	const scripts = new Set<string>();
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
		const html = readFileSync(dist + file, 'utf8');
		for (const [, url] of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) scripts.add(url!);
	}
	return scripts;
}

describe('pages without islands', () => {
	const browser = useBrowser();

	it.each(['/', '/404.html'])('%s loads no JavaScript of ours', async (path) => {
		const { page } = await openPage(browser(), path);
		expect(await page.locator('astro-island').count()).toBe(0);
		const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
		const ours = islandScripts();
		expect(loaded.filter((path) => ours.has(path))).toEqual([]);
	});
});
