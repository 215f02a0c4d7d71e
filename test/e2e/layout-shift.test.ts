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
});
