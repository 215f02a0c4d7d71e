import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute, builtPages, dist } from './site.ts';

const pages = builtPages();
const base = 'http://site.invalid/';

/** The built file a site path is served from, as a static host resolves it. */
function fileFor(pathname: string): string | undefined {
	const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`, `${pathname}.html`];
	return candidates.map((candidate) => decodeURIComponent(candidate).slice(1)).find((candidate) => existsSync(dist + candidate));
}

// `#r=…` carries a paste for the checker (src/share.ts), not an anchor; test/build/platform-pages.test.ts decodes them.
const isShareFragment = (hash: string) => hash.startsWith('#r=');

const idsOf = (file: string) => new Set((pages.get(file) ?? []).map((element) => attribute(element, 'id')).filter(Boolean));

describe('links in the built site', () => {
	it.each([...pages.keys()])('every internal link and anchor in %s resolves', (file) => {
		const pageUrl = new URL(file.replace(/index\.html$/, ''), base);
		const broken: string[] = [];
		for (const element of pages.get(file)!) {
			const href = element.tagName === 'a' || element.tagName === 'link' ? attribute(element, 'href') : undefined;
			if (!href || attribute(element, 'rel') === 'canonical') continue;
			const target = new URL(href, pageUrl);
			if (target.origin !== new URL(base).origin) continue;
			const targetFile = fileFor(target.pathname);
			if (!targetFile) broken.push(`${href} (no such page)`);
			else if (target.hash && !isShareFragment(target.hash) && targetFile.endsWith('.html') && !idsOf(targetFile).has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${href} (no such anchor)`);
		}
		expect(broken).toEqual([]);
	});
});
