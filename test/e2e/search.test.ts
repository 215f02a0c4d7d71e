import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './setup/browser.ts';

const guide = '/guides/troubleshooting/api-authentication-errors/';

describe('search (Pagefind through Starlight, under the CSP)', () => {
	const browser = useBrowser();

	/** Types a query into Starlight's search dialog and returns the result links it shows. */
	async function search(query: string) {
		const { page, problems } = await openPage(browser(), '/');
		await page.locator('button[data-open-modal]').click();
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
		await page.locator('dialog[open] .pagefind-ui__result').first().waitFor();
		const links = await page.locator('dialog[open] .pagefind-ui__result a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		return { links, problems };
	}

	it.each([
		['refresh token', 'refresh-failed'],
		['sandbox', 'wrong-environment'],
	])('finds the guide section for "%s"', async (query, anchor) => {
		const { links, problems } = await search(query);
		expect(links).toContain(`${guide}#${anchor}`);
		expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
	});
});
