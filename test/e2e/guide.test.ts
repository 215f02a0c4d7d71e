import { describe, expect, it } from 'vitest';
import { axeViolations } from './setup/axe.ts';
import { openPage, useBrowser } from './setup/browser.ts';

const guide = '/guides/troubleshooting/api-authentication-errors/';

/** Every heading of the seed text, with the anchor it is published under. */
const seedHeadings: [text: string, anchor: string][] = [
	['What This Guide Covers', 'what-this-guide-covers'],
	['The Most Common Auth Errors', 'most-common-auth-errors'],
	['401 Unauthorized', 'unauthorized'],
	['403 Forbidden', 'forbidden'],
	['Token Expired', 'token-expired'],
	['When refresh fails', 'refresh-failed'],
	['Invalid Scope', 'invalid-scope'],
	['OAuth vs API Key — Different Failure Modes', 'oauth-vs-api-key'],
	['When to Regenerate vs Fix the Request', 'regenerate-vs-fix'],
	['Common Issues', 'common-issues'],
	['“It Was Working Yesterday”', 'working-yesterday'],
	['Multiple Environments', 'wrong-environment'],
	['Rate Limiting vs Auth Errors', 'rate-limited'],
	['Next Steps', 'next-steps'],
];

describe('the guide page', () => {
	const browser = useBrowser();

	it('renders every seed heading under its stable anchor', async () => {
		const { page } = await openPage(browser(), guide);
		for (const [text, anchor] of seedHeadings) {
			await expect(page.locator(`main #${anchor}`).textContent()).resolves.toBe(text);
		}
		await expect(page.locator('h1').textContent()).resolves.toBe('API Authentication Errors');
		await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toBe(
			'Token expired, wrong permissions, OAuth refresh failures — common auth issues and fixes.',
		);
		await expect(page.locator('.last-verified time').getAttribute('datetime')).resolves.toBe('2026-04-01');
		await expect(page.locator('.last-verified').textContent()).resolves.toBe('Last verified: April 2026');
	});

	it('scrolls to each section from its table-of-contents link', async () => {
		const { page } = await openPage(browser(), guide);
		for (const [, anchor] of seedHeadings) {
			await page.locator(`starlight-toc a[href="#${anchor}"]`).click();
			await page.waitForFunction((id) => {
				const top = document.getElementById(id)!.getBoundingClientRect().top;
				return top >= 0 && top < window.innerHeight - 100;
			}, anchor);
			expect(new URL(page.url()).hash).toBe(`#${anchor}`);
		}
	});

	it('has the sidebar and the breadcrumb Guides / Troubleshooting / API Authentication Errors', async () => {
		const { page } = await openPage(browser(), guide);
		await expect(page.locator('nav[aria-label="Breadcrumb"] li').allTextContents()).resolves.toEqual([
			'Guides',
			'Troubleshooting',
			'API Authentication Errors',
		]);
		const current = page.locator('#starlight__sidebar a[aria-current="page"]');
		await expect(current.getAttribute('href')).resolves.toBe(guide);
	});

	it('shows the three calls to action where the seed puts them', async () => {
		const { page } = await openPage(browser(), guide);
		const labels = await page.locator('main aside.cta a').allTextContents();
		expect(labels.map((label) => label.replace('→', '').trim())).toEqual(['See the Service', 'Start a conversation', 'See Integration Services']);
		// "Start a conversation" sits between "When to Regenerate vs Fix the Request" and "Common Issues".
		const order = await page.evaluate(() => {
			const cta = [...document.querySelectorAll('main aside.cta')][1]!;
			const follows = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
			return follows(document.getElementById('regenerate-vs-fix')!, cta) && follows(cta, document.getElementById('common-issues')!);
		});
		expect(order).toBe(true);
	});

	it('passes axe-core with no violations, in both themes', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page } = await openPage(browser(), guide, { colorScheme });
			expect(await axeViolations(page), colorScheme).toEqual([]);
		}
	});

	it('has a Content-Security-Policy and no console errors or CSP violations', async () => {
		const { page, problems } = await openPage(browser(), guide);
		const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'none'");
		expect(policy).toContain("object-src 'none'");
		expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
	});
});
