import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

/** Serves the built `dist/` (as `npm start` does) for the end-to-end tests, on a port of its own. */
export default async function setup(project: TestProject) {
	const server = await preview({ root: new URL('../../../', import.meta.url).pathname, server: { port: 4399, host: '127.0.0.1' }, logLevel: 'error' });
	project.provide('baseURL', `http://127.0.0.1:${server.port}`);
	return () => server.stop();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}
