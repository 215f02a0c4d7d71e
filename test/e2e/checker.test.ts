import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../src/checker/index.ts';
import { decodeShareFragment } from '../../src/share.ts';
import { axeViolations } from './setup/axe.ts';
import { openPage, url, useBrowser } from './setup/browser.ts';
import { bearerResponse, diagnosis, jwtSignature, opaqueSecret, paste, reachForChecker, result } from './setup/checker.ts';

const guide = '/guides/troubleshooting/api-authentication-errors/';
const checker = '/checker/';

/**
 * Opens a page with the checker, with clipboard access granted (Copy report and Share write to it). The reader then
 * reaches for the checker and it hydrates, unless `untouched`: then it hydrates only when the test's own steps use it.
 */
async function openChecker(path = checker, options: { colorScheme?: 'light' | 'dark'; untouched?: boolean } = {}) {
	const opened = await openPage(browser(), path, options);
	await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
	if (!options.untouched) await reachForChecker(opened.page);
	return opened;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const button = (page: Page, name: string) => page.locator('[data-checker]').getByRole('button', { name, exact: true });

const browser = useBrowser();

describe('the checker keeps pastes private', () => {
	it('makes no network request while pasting a bearer-token response, diagnosing, copying the report and sharing', async () => {
		// The reader pastes into the island before it has hydrated: it hydrates then, with code it had already loaded.
		const { page, problems } = await openChecker(checker, { untouched: true });
		await page.waitForLoadState('networkidle');
		expect(await page.locator('astro-island[ssr]').count()).toBe(1);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await paste(page, bearerResponse);
		expect((await diagnosis(page)).section).toBe('token-expired');
		await button(page, 'Copy report').click();
		await page.getByText('Report copied').waitFor();
		await button(page, 'Share').click();
		await page.getByText('Link copied').waitFor();
		await page.locator(`${result} button[aria-pressed]`).first().click();
		expect(requests).toEqual([]);
		expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
	});

	it('never shows the token unredacted — in the page, the share link or the copied report — until the reader reveals it', async () => {
		const { page } = await openChecker();
		await paste(page, bearerResponse);
		const pageText = async () => `${await page.locator('body').innerText()}\n${await page.content()}`;
		for (const secret of [jwtSignature, opaqueSecret]) expect(await pageText()).not.toContain(secret);

		await button(page, 'Copy report').click();
		await page.getByText('Report copied').waitFor();
		const report = await clipboard(page);
		expect(report).toContain('Token Expired');
		for (const secret of [jwtSignature, opaqueSecret]) expect(report).not.toContain(secret);

		await button(page, 'Share').click();
		await page.getByText('Link copied').waitFor();
		const link = await clipboard(page);
		expect(new URL(link).search).toBe('');
		expect(new URL(link).hash).toMatch(/^#r=/);
		const shared = await decodeShareFragment(new URL(link).hash);
		expect(shared).toContain('invalid_token');
		for (const secret of [jwtSignature, opaqueSecret]) expect(`${link}\n${shared}`).not.toContain(secret);

		await button(page, 'Reveal secrets').click();
		await expect(button(page, 'Reveal secrets').getAttribute('aria-pressed')).resolves.toBe('true');
		expect(await page.locator('.checker-view').innerText()).toContain(jwtSignature);
		// Revealing is local to the view: the report stays redacted.
		await button(page, 'Copy report').click();
		expect(await clipboard(page)).not.toContain(jwtSignature);
	});

	it('restores the paste and the diagnosis from a share link', async () => {
		const { page } = await openChecker();
		await paste(page, bearerResponse);
		await button(page, 'Share').click();
		await page.getByText('Link copied').waitFor();
		const link = await clipboard(page);
		// Opening a share link hydrates the island at once: nobody needs to touch it.
		const { page: opened } = await openChecker(new URL(link).pathname + new URL(link).hash, { untouched: true });
		await opened.waitForSelector(`${result}[data-section="token-expired"]`);
		expect(await opened.getByLabel('Paste the HTTP response').inputValue()).toContain('invalid_token');
	});

	it('shows pasted HTML and script as text and never runs it', async () => {
		const { page } = await openChecker();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		const hostile = [
			'HTTP/1.1 401 Unauthorized',
			'Content-Type: text/html',
			'',
			'<!DOCTYPE html><html><head><title>401 Authorization Required</title><script>alert("script")</script></head>',
			'<body onload="alert(\'onload\')"><h1>401 Authorization Required</h1>',
			'<img src=x onerror="alert(\'img\')"><svg onload="alert(\'svg\')"></svg>',
			'<a href="javascript:alert(\'link\')">retry</a><iframe src="javascript:alert(\'frame\')"></iframe>',
			'</body></html>',
		].join('\n');
		const count = () => page.evaluate(() => ['img', 'script', 'svg', 'iframe', 'a[href^="javascript:"]', 'h1'].map((selector) => document.querySelectorAll(selector).length));
		const before = await count();
		await paste(page, hostile);
		for (const item of await page.locator(`${result} button[aria-pressed]`).all()) await item.click();
		await button(page, 'Reveal secrets').click();
		expect(await count()).toEqual(before);
		expect(await page.locator('.checker-view').innerText()).toContain('<img src=x onerror="alert(\'img\')">');
		await page.waitForTimeout(200);
		expect(dialogs).toEqual([]);
	});
});

describe('the checker diagnoses each section’s example', () => {
	it.each(sectionIds)('%s: loaded from the example menu, linked to an anchor on the guide page', async (section) => {
		// The reader goes straight for the menu: the click that opens it is the first use, and hydrates the island.
		const { page } = await openChecker(checker, { untouched: true });
		await page.waitForLoadState('networkidle');
		await page.getByText('Try an example').click();
		await page.locator(`[data-example-section="${section}"]`).first().click();
		await page.waitForSelector(`${result}[data-section="${section}"]`);
		const href = await page.locator(`${result} a.checker-section-link`).getAttribute('href');
		const target = new URL(href!, url('/'));
		expect(target.pathname).toBe(guide);
		const { page: guidePage } = await openPage(browser(), guide);
		expect(await guidePage.locator(`[id="${target.hash.slice(1)}"]`).count()).toBe(1);
	});

	it('loads a section’s example into the guide’s own checker from “Try this in the checker”', async () => {
		// Before the island has hydrated: following the link hydrates it and hands it the click.
		const { page } = await openChecker(guide, { untouched: true });
		await page.locator('a[data-checker-example="invalid-scope"]').click();
		await page.waitForSelector(`${result}[data-section="invalid-scope"]`);
		expect(new URL(page.url()).pathname).toBe(guide);
		// On the guide page the result's section link jumps to the section and marks it briefly.
		await page.locator(`${result} a.checker-section-link`).click();
		await page.waitForSelector('#invalid-scope.checker-highlight');
	});

	it('“Try this in the checker” works without JavaScript: the link opens /checker/ with the example', async () => {
		const { page } = await openPage(browser(), guide);
		const href = await page.locator('a[data-checker-example="rate-limited"]').getAttribute('href');
		expect(href).toMatch(/^\/checker\/#r=/);
		const { page: opened } = await openChecker(href!, { untouched: true });
		await opened.waitForSelector(`${result}[data-section="rate-limited"]`);
	});

	it('keeps a paste made before the island hydrated, and diagnoses it once it has', async () => {
		const context = await browser().newContext();
		const page = await context.newPage();
		// Hold the island's code back until the reader has pasted.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/Checker.*.js', async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(url(checker), { waitUntil: 'domcontentloaded' });
		await page.getByLabel('Paste the HTTP response').fill(bearerResponse);
		expect(await page.locator('astro-island[ssr]').count()).toBe(1);
		release();
		await page.waitForSelector(`${result}[data-section="token-expired"]`);
		await context.close();
	});

	it('reads a dropped .har file locally', async () => {
		const { page } = await openChecker();
		const har = JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'GET', url: 'https://api.github.com/user', headers: [] }, response: { status: 401, statusText: 'Unauthorized', headers: [{ name: 'Content-Type', value: 'application/json' }], content: { mimeType: 'application/json', text: '{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}' } } }] } });
		await page.evaluate((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'failure.har', { type: 'application/json' }));
			document.querySelector('[data-checker] textarea')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
		}, har);
		await page.waitForSelector(`${result}[data-section="unauthorized"][data-platform="github"]`);
		expect(await page.getByLabel('Paste the HTTP response').inputValue()).toBe(har);
	});

	it('answers empty, binary and non-auth pastes with a friendly message', async () => {
		const { page } = await openChecker();
		await paste(page, 'HTTP/1.1 404 Not Found\nContent-Type: application/json\n\n{"error":"not_found","message":"No such route"}');
		expect((await diagnosis(page)).section).toBe('not-auth');
		await expect(page.locator(result).innerText()).resolves.toContain('doesn’t look like an authentication error');
		await paste(page, '\u0000\u0001\u0002\u0003PK\u0003\u0004'.repeat(50));
		await expect(page.locator(result).innerText()).resolves.toContain('binary');
		await paste(page, '');
		await expect(page.locator(result).innerText()).resolves.toContain('Paste a response');
	});
});

describe('the checker stays responsive', () => {
	it('diagnoses a 5 MB paste with no long task over 200 ms', async () => {
		const { page } = await openChecker();
		// Built inside the page: handing Chromium a 5 MB argument is itself a long task, which is not the checker's.
		await page.evaluate((head) => {
			const items = Array.from({ length: 40_000 }, (_, index) => ({ id: index, name: `contact ${index}`, email: `person${index}@example.com`, note: 'x'.repeat(60) }));
			(window as unknown as { big: string }).big = `${head}\n<\n${JSON.stringify({ items })}`.slice(0, 5_000_000);
		}, bearerResponse.split('\n<\n')[0]!);
		await page.waitForTimeout(300);
		await page.evaluate(() => {
			const state = window as unknown as { longTasks: number[]; big: string };
			state.longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
			}).observe({ type: 'longtask' });
			// What a paste does: the textarea's value changes and `input` fires.
			const area = document.querySelector('[data-checker] textarea') as HTMLTextAreaElement;
			area.value = state.big;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await page.waitForSelector(`${result}[data-section="token-expired"]`, { timeout: 30_000 });
		expect(await page.evaluate(() => (document.querySelector('[data-checker] textarea') as HTMLTextAreaElement).value.length)).toBe(5_000_000);
		await page.waitForTimeout(500);
		const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
		expect(longTasks.filter((duration) => duration > 200)).toEqual([]);
	});
});

describe('the checker is accessible', () => {
	it('works from the keyboard alone: type, choose evidence, reveal, pick an example', async () => {
		const { page } = await openChecker();
		await page.getByLabel('Paste the HTTP response').focus();
		await page.keyboard.type('HTTP/1.1 403 Forbidden\nX-RateLimit-Remaining: 0\nRetry-After: 60\n\n{"message":"API rate limit exceeded"}');
		await page.waitForSelector(`${result}[data-section="rate-limited"]`);
		/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after 30 stops. */
		const tabTo = async (selector: string, key = 'Tab') => {
			for (let stop = 0; stop < 30; stop++) {
				await page.keyboard.press(key);
				if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
			}
			throw new Error(`Tab never reached ${selector}`);
		};
		await tabTo(`${result} button[aria-pressed]`);
		await page.keyboard.press('Space');
		await expect(page.locator(`${result} button[aria-pressed="true"]`).count()).resolves.toBe(1);
		expect(await page.locator('.checker-view mark').count()).toBe(1);
		await tabTo('[data-checker] .checker-toolbar button:first-child');
		await page.keyboard.press('Enter');
		await expect(button(page, 'Reveal secrets').getAttribute('aria-pressed')).resolves.toBe('true');
		await tabTo('[data-checker] summary', 'Shift+Tab');
		await page.keyboard.press('Enter');
		await tabTo('[data-example-section="forbidden"]');
		await page.keyboard.press('Enter');
		await page.waitForSelector(`${result}[data-section="forbidden"]`);
	});

	it.each([
		[guide, 'light'],
		[guide, 'dark'],
		[checker, 'light'],
		[checker, 'dark'],
	] as const)('%s in the %s theme passes axe-core before and after a diagnosis', async (path, colorScheme) => {
		const { page } = await openChecker(path, { colorScheme });
		expect(await axeViolations(page), 'before').toEqual([]);
		await paste(page, bearerResponse);
		await page.locator(`${result} button[aria-pressed]`).first().click();
		expect(await axeViolations(page), 'after').toEqual([]);
	});
});
