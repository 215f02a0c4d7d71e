/**
 * `npm test`: every test, in the order a failure is cheapest to find — unit tests, type checks, the build,
 * tests of the built output, end-to-end tests in Debian's Chromium, then Lighthouse.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './lib/chromium.ts';

const steps: [label: string, command: string, args: string[]][] = [
	['unit tests', 'vitest', ['run', '--project', 'unit', '--project', 'islands']],
	['astro check', 'astro', ['check']],
	['tsc', 'tsc', ['--noEmit']],
	['build', 'npm', ['run', 'build']],
	['built-site and end-to-end tests', 'vitest', ['run', '--project', 'build', '--project', 'e2e']],
	// Alone, after the rest: Lighthouse measures timing, which other tests running beside it would distort.
	['Lighthouse', 'vitest', ['run', '--project', 'lighthouse']],
];

ensureChromium();
for (const [label, command, args] of steps) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { stdio: 'inherit' });
	if (status !== 0) {
		console.error(`\n✗ ${label} failed (exit ${status}).`);
		process.exit(status ?? 1);
	}
}
console.log('\n✓ all tests passed');
