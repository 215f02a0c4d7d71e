import { describe, expect, it } from 'vitest';
import { axeViolations } from './setup/axe.ts';
import { openPage, useBrowser } from './setup/browser.ts';

const pages = ['/platforms/', '/platforms/github/', '/platforms/salesforce/', '/platforms/proxy/', '/reference/http-status-codes/', '/reference/www-authenticate/', '/reference/oauth-token-errors/', '/reference/jwt-claims/', '/reference/api-keys-vs-oauth/'];

describe('platform and reference pages', () => {
	const browser = useBrowser();

	it.each(pages)('%s has no islands, no console errors, no CSP violations and no axe violations', async (path) => {
		const { page, problems } = await openPage(browser(), path);
		expect(await page.locator('astro-island').count()).toBe(0);
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
	});

	it('a platform page lists its sections in the table of contents and links each example to the checker', async () => {
		const { page } = await openPage(browser(), '/platforms/github/');
		const toc = await page.locator('starlight-toc a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(toc).toEqual(expect.arrayContaining(['#errors', '#unauthorized', '#invalid-scope', '#rate-limited', '#settings']));
		const tryLinks = page.getByRole('link', { name: 'Try this in the checker' });
		expect(await tryLinks.count()).toBeGreaterThan(0);
		expect(await tryLinks.first().getAttribute('href')).toMatch(/^\/checker\/#r=[\w-]+$/);
	});
});
