/**
 * Issue 4: Lighthouse (mobile preset, the default config) scores 100 in performance, accessibility, best practices and
 * SEO on the guide and the checker, against the built site served as a CDN would (compressed, with the `_headers`).
 * Performance varies from run to run, more so on a shared machine, so each page is measured several times, as
 * Lighthouse's docs on variability advise, and judged on its median performance score; the other categories do not
 * depend on timing and must be 100 in every run. Needs a build (`npm run build`).
 *
 * The preset's 4× CPU slowdown assumes a high-end desktop (benchmark index 1,500–2,000) and turns it into a mid-tier
 * phone. On a slower host it emulates a slower phone than the preset means, so Lighthouse's docs ("Calibrating the CPU
 * slowdown", docs/throttling.md) say to lower the multiplier there. The test does, in proportion to the host's
 * benchmark index against 1,500, the low end of the bracket the default is made for: never above 4×, and on the
 * strict side of the docs' own table (a low-end desktop, index 1,000–1,500, targets a mid-tier phone at 2×). It
 * calibrates before the first round and again after each round, as the host's speed drifts.
 */
import { readdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumPath, offlineChromiumFlags } from '../../scripts/lib/chromium.ts';
import { serveCompressed, type CompressedServer } from '../../scripts/lib/serve-compressed.ts';
import { guidePath } from '../../src/site.ts';
import { dist } from '../build/site.ts';

const pages = [
	{ name: 'guide', path: guidePath },
	{ name: 'checker', path: '/checker/' },
];
const { mobileSlow4G } = throttling;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
// Five runs halve the spread of a single run (Lighthouse docs, "Score Variability"); an odd count makes the median a real run.
const runsPerPage = 5;
// The benchmark index the default 4× slowdown is made for: the low end of Lighthouse's high-end desktop bracket.
const PRESET_HOST_INDEX = 1500;
const PRESET_CPU_SLOWDOWN = 4;
const metrics: Record<string, string> = {
	'first-contentful-paint': 'FCP',
	'largest-contentful-paint': 'LCP',
	'total-blocking-time': 'TBT',
	'cumulative-layout-shift': 'CLS',
	'speed-index': 'SI',
};

let server: CompressedServer;
let chrome: chromeLauncher.LaunchedChrome;
let cpuSlowdownMultiplier = PRESET_CPU_SLOWDOWN;
const runsByPage = new Map<string, Result[]>(pages.map((page) => [page.path, []]));

beforeAll(async () => {
	server = await serveCompressed();
	await warmServer();
	chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...offlineChromiumFlags] });
	cpuSlowdownMultiplier = await calibrateCpuSlowdown();
	// The pages take turns, so that a burst of load from elsewhere on the machine spreads over both pages' runs
	// instead of landing on every run of one page.
	for (let run = 1; run <= runsPerPage; run++) {
		const indexes: number[] = [];
		for (const { name, path } of pages) {
			const started = performance.now();
			const lhr = await runLighthouse(new URL(path, server.url).href);
			runsByPage.get(path)!.push(lhr);
			indexes.push(lhr.environment.benchmarkIndex);
			console.log(`Lighthouse ${name} run ${run}/${runsPerPage} (${((performance.now() - started) / 1000).toFixed(0)} s, CPU ${cpuSlowdownMultiplier}×): ${describeRun(lhr)}`);
		}
		// A shared host's speed drifts over the two minutes (from index 1,650 to 1,050 in one run here): each round is
		// throttled for the host as the round before measured it, the faster of its two runs deciding, as in calibration.
		cpuSlowdownMultiplier = multiplierFor(Math.max(...indexes));
	}
});

afterAll(async () => {
	chrome?.kill();
	await server?.close();
});

/** Has the server compress the pages and every bundled asset once, so that no measured run waits for brotli. */
async function warmServer(): Promise<void> {
	const assets = readdirSync(`${dist}_astro`).map((file) => `/_astro/${file}`);
	for (const path of [...pages.map((page) => page.path), ...assets]) {
		await (await fetch(new URL(path, server.url), { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
	}
}

/**
 * One unscored run of each page (which also warms Chromium) measures the host; the faster of the two decides, so that
 * a moment of load from elsewhere never makes the test easier.
 */
async function calibrateCpuSlowdown(): Promise<number> {
	let index = 0;
	for (const { path } of pages) index = Math.max(index, (await runLighthouse(new URL(path, server.url).href)).environment.benchmarkIndex);
	const multiplier = multiplierFor(index);
	console.log(`Lighthouse CPU slowdown: ${multiplier}× for a host at benchmark index ${Math.round(index)} (the preset's 4× is made for ${PRESET_HOST_INDEX} and up)`);
	return multiplier;
}

/** The preset's slowdown in proportion to the host's benchmark index against the one it is made for, never above it. */
const multiplierFor = (index: number): number => Math.min(PRESET_CPU_SLOWDOWN, Math.round((PRESET_CPU_SLOWDOWN * index * 10) / PRESET_HOST_INDEX) / 10);

async function runLighthouse(url: string): Promise<Result> {
	const result = await lighthouse(url, {
		port: chrome.port,
		logLevel: 'error',
		onlyCategories: categories,
		throttling: { ...mobileSlow4G, cpuSlowdownMultiplier },
		// The full-page screenshot is for the HTML report, takes seconds on a long page, and scores nothing.
		disableFullPageScreenshot: true,
	});
	if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
	if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
	return result.lhr;
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** One line per run for the log: the four scores, then each performance metric with its own score. */
function describeRun(lhr: Result): string {
	const scores = categories.map((category) => `${category} ${score(lhr, category)}`).join(', ');
	const metricValues = Object.entries(metrics).map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue} (${lhr.audits[id]?.score})`).join(', ');
	const cpu = Math.round(lhr.environment.benchmarkIndex);
	// Lighthouse warns under 1000: a CPU slower than its mobile preset assumes, here mostly one busy with other work.
	// A run that loses points on Total Blocking Time names the tasks behind it, so the log says what to look at.
	const blocking = (lhr.audits['total-blocking-time']?.score ?? 1) < 1 ? ` | long tasks: ${longTasks(lhr).join(', ')}` : '';
	return `${scores} | ${metricValues} | CPU benchmark index ${cpu}${cpu < 1000 ? ' (slow or busy machine)' : ''}${blocking}`;
}

/** The audits that cost the category points: weighted, scored, below 1. */
function failingAudits(lhr: Result, category: string): string[] {
	return (lhr.categories[category]?.auditRefs ?? [])
		.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
		.map((ref) => {
			const audit = lhr.audits[ref.id]!;
			return `${ref.id} ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ''}, weight ${ref.weight}: ${audit.title}`;
		});
}

/** The main-thread tasks behind Total Blocking Time, longest first, as Lighthouse simulates them on a mobile CPU. */
function longTasks(lhr: Result): string[] {
	const details = lhr.audits['long-tasks']?.details;
	if (details?.type !== 'table') return [];
	return details.items.slice(0, 6).map((task) => `${String(task.url).replace(/^https?:\/\/[^/]+/, '')} ${Math.round(Number(task.duration))} ms`);
}

function performanceProblems(runs: Result[]): string[] {
	const byScore = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
	const median = byScore[Math.floor(byScore.length / 2)]!;
	if (score(median, 'performance') === 100) return [];
	return [
		`performance: median ${score(median, 'performance')} (runs: ${runs.map((lhr) => `${score(lhr, 'performance')} at CPU index ${Math.round(lhr.environment.benchmarkIndex)}`).join(', ')})`,
		...failingAudits(median, 'performance').map((audit) => `  median run loses points on ${audit}`),
		`  its long tasks: ${longTasks(median).join(', ')}`,
	];
}

function otherProblems(runs: Result[]): string[] {
	return categories
		.filter((category) => category !== 'performance')
		.flatMap((category) =>
			runs.flatMap((lhr, index) =>
				score(lhr, category) === 100 ? [] : [`${category}: ${score(lhr, category)} in run ${index + 1}`, ...failingAudits(lhr, category).map((audit) => `  ${audit}`)],
			),
		);
}

test.each(pages)('Lighthouse scores 100 in every category on the $name page ($path)', ({ name, path }) => {
	const runs = runsByPage.get(path)!;
	expect([...performanceProblems(runs), ...otherProblems(runs)], `${name} page (${path}) below 100`).toEqual([]);
});
