import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumPath, offlineChromiumFlags } from '../../../scripts/lib/chromium.ts';

/** Launches Debian's Chromium once per test file, with the flags that keep it off the network. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.launch({
			executablePath: chromiumPath,
			headless: true,
			args: offlineChromiumFlags,
		});
	});
	afterAll(async () => browser?.close());
	return () => {
		if (!browser) throw new Error('useBrowser(): the browser is only available inside tests');
		return browser;
	};
}

export const url = (path: string) => new URL(path, inject('baseURL')).href;

/** What a page reported while it was open: console errors and Content-Security-Policy violations. */
export interface PageProblems {
	consoleErrors: string[];
	cspViolations: string[];
}

/** Opens `path` in a fresh page that records console errors and CSP violations from its first script on. */
export async function openPage(browser: Browser, path: string, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; problems: PageProblems }> {
	const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
	const page = await context.newPage();
	const problems: PageProblems = { consoleErrors: [], cspViolations: [] };
	page.on('console', (message: ConsoleMessage) => {
		if (message.type() === 'error') problems.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
	await page.exposeBinding('__reportCspViolation', (_source, text: string) => problems.cspViolations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`);
		});
	});
	await page.goto(url(path), { waitUntil: 'networkidle' });
	return { page, problems };
}
