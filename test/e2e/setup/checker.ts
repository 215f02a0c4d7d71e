import type { Page } from 'playwright-core';
import { makeJwt } from '../../unit/make-jwt.ts';

/** The checker's result element, as the testing contract in issue 4 names it. */
export const result = '[data-checker] [data-diagnosis]';

/** Waits until the checker island on the page has hydrated (Astro drops `ssr` from the island then). */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForSelector('astro-island:not([ssr]) [data-checker]', { state: 'attached' });
}

/** Reaches for the checker as a reader does, by focusing its paste area (the island hydrates on first use), and waits until it has hydrated. */
export async function reachForChecker(page: Page): Promise<void> {
	await page.getByLabel('Paste the HTTP response').focus();
	await hydrated(page);
}

/** Pastes `text` into the checker (as typing or pasting would: value set, `input` fired) and waits for its diagnosis. */
export async function paste(page: Page, text: string): Promise<void> {
	await page.getByLabel('Paste the HTTP response').fill(text);
	await page.waitForFunction(
		(selector) => {
			const element = document.querySelector(selector);
			return element && element.getAttribute('data-format') !== '' && !element.hasAttribute('data-pending');
		},
		result,
	);
}

/** The result's contract attributes. */
export async function diagnosis(page: Page): Promise<Record<'section' | 'action' | 'platform' | 'status', string | null>> {
	const element = page.locator(result);
	return {
		section: await element.getAttribute('data-section'),
		action: await element.getAttribute('data-action'),
		platform: await element.getAttribute('data-platform'),
		status: await element.getAttribute('data-status'),
	};
}

/** A made-up JWT (header.claims.signature), expired in 2023; the signature part is the secret the tests look for. */
export const jwtSignature = 'Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1zaWduYXR1cmU';
export const jwt = makeJwt(
	{ iss: 'https://login.example.com/', aud: 'https://api.example.com', sub: 'user-42', scope: 'read:contacts', iat: 1_700_000_000, exp: 1_700_003_600 },
	{ alg: 'RS256', typ: 'JWT' },
	jwtSignature,
);

/** A 401 with the bearer token echoed back in a request dump and an opaque refresh token in the body. */
export const opaqueSecret = 'r1-9f8e7d6c5b4a39281706f5e4d3c2b1a0';
export const bearerResponse = [
	'> GET /v1/contacts HTTP/1.1',
	'> Host: api.example.com',
	`> Authorization: Bearer ${jwt}`,
	'>',
	'< HTTP/1.1 401 Unauthorized',
	'< Date: Tue, 14 Nov 2023 23:30:00 GMT',
	'< WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
	'< Content-Type: application/json',
	'<',
	`{"error":"invalid_token","refresh_token":"${opaqueSecret}"}`,
].join('\n');
