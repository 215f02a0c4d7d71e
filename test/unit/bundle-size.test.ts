import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Issue #3 sets 15 KB; the engine is at 34.0 KB (10 KB of it platform data), so that target is not met. It grew
// from 23.4 KB as fresh real pastes showed what it missed (platform signatures and paths, curl commands, Node Buffers,
// device-flow and authorization-endpoint errors, unset Basic credentials, vendor error envelopes, PHP arrays, bodies
// printed with escaped quotes, national clouds, gateways' and registries' wording, AI SDKs' status text, vendor names
// in prose, token endpoints' own wording, echoed keys, gRPC and WS-Security faults, clock skew, challenge realms, headers logged as text,
// OAuth 1.0a's problem reports). This ceiling keeps it from growing
// unnoticed (README, "Speed, and the budgets not yet met"); raising it is a decision, recorded there.
const BUDGET = 34 * 1024;

it(`the engine's browser bundle is under ${BUDGET} bytes minified + gzip`, async () => {
	const result = await build({
		entryPoints: [join(import.meta.dirname, '../../src/checker/index.ts')],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		write: false,
		legalComments: 'none',
		// As Vite writes the site's chunks: UTF-8, not each non-ASCII character escaped as \uXXXX.
		charset: 'utf8',
	});
	const code = result.outputFiles[0].contents;
	const gzipped = gzipSync(code, { level: 9 }).length;
	console.log(`checker bundle: ${code.length} bytes minified, ${gzipped} bytes gzip`);
	expect(gzipped).toBeLessThan(BUDGET);
});
