import { defineConfig } from 'vitest/config';
// Installed with @astrojs/solid-js; compiles the islands' JSX for server rendering in the `islands` project.
import solid from 'vite-plugin-solid';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'engine',
					include: [],
					benchmark: { include: ['test/bench/**/*.bench.ts'] },
					// The engine and the CLI run as native ES modules (erasable TypeScript on Node, bundled in the browser): Node's
					// own import times them as they run, where Vite's module runner, which the tests use, doubles the times.
					experimental: { viteModuleRunner: false, nodeLoader: false },
				},
			},
			{
				plugins: [solid({ ssr: true })],
				test: {
					name: 'islands',
					include: ['test/islands/**/*.test.{ts,tsx}'],
					environment: 'node',
				},
			},
			{
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/e2e/setup/server.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'lighthouse',
					include: ['test/lighthouse/**/*.test.ts'],
					// All the Lighthouse runs happen in one hook: one to calibrate and five to score per page, 6–12 s each.
					hookTimeout: 240_000,
				},
			},
		],
	},
});
