import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './setup/browser.ts';

const guide = '/guides/troubleshooting/api-authentication-errors/';

describe('search (Pagefind through Starlight, under the CSP)', () => {
	const browser = useBrowser();

	it.each([
		['refresh token', 'refresh-failed'],
		['sandbox', 'wrong-environment'],
	])('finds the guide section for "%s"', async (query, anchor) => {
		const { page, problems } = await openPage(browser(), '/');
		await page.locator('button[data-open-modal]').click();
		await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
		// Pagefind shows a result's page first and its sections as their fragments load: wait for the section itself.
		await page.locator(`dialog[open] .pagefind-ui__result a[href="${guide}#${anchor}"]`).first().waitFor();
		expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
	});
});
