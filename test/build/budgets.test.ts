import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attribute, builtPages, dist, islandScripts } from './site.ts';

const pages = builtPages();
const guide = 'guides/troubleshooting/api-authentication-errors/index.html';
const checkerPage = 'checker/index.html';
// Issue #4 sets 25 KB; the island is at about 48.3 KB (the engine 33 KB of it, loaded with import() with the
// island's code when the browser is idle; Solid and its renderer 9 KB; our UI 6.1 KB), so that target is not met. It
// grows with the engine, which grew as fresh real pastes showed what it missed (40 KB until batch R, 41 KB until
// batch X, 42 KB until batch AA, 43 KB until batch AF, 44 KB until batch AP, 45.5 KB until batch BB, 46 KB until batch BF, 46.5 KB until batch BJ, 47.5 KB until batch BQ). This ceiling
// keeps it from growing unnoticed (README, "Speed, and the budgets not yet met"); raising it is a decision, recorded there.
const BUDGET = 48.5 * 1024;

const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Workers the island may start (for large pastes only), found as `new URL("…", import.meta.url)` (the bundler may write `""+import.meta.url`). */
function workerScripts(scripts: Set<string>): string[] {
	return [...scripts].flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/new URL\(\s*[`"']([^`"']+\.js)[`"']\s*,[^)]*import\.meta\.url\)/g)].map(([, url]) => (url!.startsWith('/') ? url!.slice(1) : join(dirname(file), url!))));
}

describe('JavaScript budgets', () => {
	it(`the guide page loads under ${BUDGET / 1024} KB gzip of our JavaScript: the checker island, its renderer and their imports`, () => {
		const scripts = islandScripts(pages, guide);
		expect(scripts.size).toBeGreaterThan(0);
		const sizes = Object.fromEntries([...scripts].map((file) => [file, gzipSize(file)]));
		const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
		const workers = Object.fromEntries(workerScripts(scripts).map((file) => [file, gzipSize(file)]));
		console.log(`guide page island JS: ${(total / 1024).toFixed(1)} KB gzip`, sizes, 'large-paste worker (loaded on demand):', workers);
		expect(total).toBeLessThan(BUDGET);
	});

	const ours = new Set([...islandScripts(pages, guide), ...islandScripts(pages, checkerPage)].map((script) => `/${script}`));
	it.each([...pages.keys()].filter((file) => file !== guide && file !== checkerPage))('%s ships none of our JavaScript', (file) => {
		const elements = pages.get(file)!;
		expect(elements.filter((element) => element.tagName === 'astro-island')).toEqual([]);
		const loaded = elements.flatMap((element) => [attribute(element, 'src'), attribute(element, 'href')]).filter((url) => url !== undefined);
		expect(loaded.filter((url) => ours.has(url))).toEqual([]);
	});
});
