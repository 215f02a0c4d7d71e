import { describe, expect, it } from 'vitest';
import { url, useBrowser } from './setup/browser.ts';

// The guide skips rendering prose out of view (src/styles/site.css). A block it skips on the first screen is rendered a
// frame later, at its real height instead of the placeholder's, and pushes everything below it down: a layout shift
// that loses the reader's place and Lighthouse's CLS points (it moved the checker on /checker/). Whether that frame
// comes in time is a race, so this checks the cause instead: nothing on the first screen may be skipped.
const viewports = [
	{ width: 412, height: 823 },
	{ width: 1280, height: 800 },
];

describe('prose skipped while out of view', () => {
	const browser = useBrowser();

	it.each(['/guides/troubleshooting/api-authentication-errors/', '/checker/', '/platforms/github/', '/reference/jwt-claims/'])('is never on the first screen of %s', async (path) => {
		for (const viewport of viewports) {
			const context = await browser().newContext({ viewport });
			const page = await context.newPage();
			await page.goto(url(path), { waitUntil: 'load' });
			const onFirstScreen = await page.evaluate(() =>
				[...document.querySelectorAll('.sl-markdown-content > *')]
					.filter((block) => getComputedStyle(block).contentVisibility === 'auto' && block.getBoundingClientRect().top < innerHeight)
					.map((block) => `${block.tagName} "${block.textContent?.slice(0, 40)}"`),
			);
			await context.close();
			expect(onFirstScreen, `${viewport.width}×${viewport.height}`).toEqual([]);
		}
	});

	it('still skips the guide below the first screen', async () => {
		const context = await browser().newContext({ viewport: viewports[0] });
		const page = await context.newPage();
		await page.goto(url('/guides/troubleshooting/api-authentication-errors/'), { waitUntil: 'load' });
		const skippable = await page.evaluate(() => [...document.querySelectorAll('.sl-markdown-content > *')].filter((block) => getComputedStyle(block).contentVisibility === 'auto').length);
		await context.close();
		expect(skippable).toBeGreaterThan(50);
	});

	// A link to a section (a search result, the checker's own link, a shared URL) scrolled before the skipped blocks above
	// the section had their real height, so on a wide screen it landed up to 210 px below the heading; there nothing is
	// skipped once a section is the page's target.
	it.each(viewports)('does not move a linked section from the top of the screen ($width×$height)', async (viewport) => {
		const context = await browser().newContext({ viewport });
		const page = await context.newPage();
		const tops: number[] = [];
		for (const id of ['unauthorized', 'refresh-failed', 'wrong-environment', 'rate-limited']) {
			await page.goto(url(`/guides/troubleshooting/api-authentication-errors/#${id}`), { waitUntil: 'load' });
			await page.waitForTimeout(300);
			tops.push(await page.evaluate((target) => Math.round(document.getElementById(target)!.getBoundingClientRect().top), id));
		}
		await context.close();
		// Below Starlight's fixed header (4rem on a phone, more on a desktop), never lower.
		for (const top of tops) expect(top).toBeLessThan(150);
	});
});
