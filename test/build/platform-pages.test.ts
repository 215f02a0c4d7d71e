import { describe, expect, it } from 'vitest';
import { platforms, redact } from '../../src/checker/index.ts';
import { platformFixes } from '../../src/checker/platforms/fixes.ts';
import { decodeShareFragment } from '../../src/share.ts';
import { attribute, builtPages } from './site.ts';

const pages = builtPages();
const textOf = (file: string) => (pages.get(file) ?? []).flatMap((element) => element.childNodes.flatMap((node) => ('value' in node ? [node.value] : []))).join(' ');

describe('platform pages, built from the checker’s data', () => {
	it.each(platforms.map((platform) => [platform.slug, platform] as const))('/platforms/%s/ lists every code and message the checker knows, and where to fix it', (slug, platform) => {
		const file = `platforms/${slug}/index.html`;
		expect(pages.has(file), `no page for the platform "${slug}": add content/platforms/${slug}.mdx with <PlatformCodes slug="${slug}" />`).toBe(true);
		const text = textOf(file);
		const missing = [...Object.keys(platform.codes ?? {}), ...Object.keys(platform.messages ?? {}), platformFixes[slug] ?? `(no fix line for ${slug} in src/checker/platforms/fixes.ts)`].filter((match) => !text.includes(match));
		expect(missing).toEqual([]);
		const filters = pages.get(file)!.map((element) => attribute(element, 'data-pagefind-filter')).filter(Boolean);
		expect(filters).toContain(`platform:${platform.name}`);
	});

	it('“Try this in the checker” links carry a redacted paste the checker can read', async () => {
		const hrefs = [...pages.values()].flat().map((element) => attribute(element, 'href') ?? '').filter((href) => href.startsWith('/checker/#r='));
		expect(hrefs.length).toBeGreaterThan(platforms.length);
		for (const href of hrefs) {
			const text = await decodeShareFragment(href.slice(href.indexOf('#')));
			expect(text, href).toBeTruthy();
			expect(redact(text!).text, `${href} carries an unredacted secret`).toBe(text);
		}
	});
});
