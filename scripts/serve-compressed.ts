/**
 * Serves the built `dist/` compressed, with the `_headers`, as a CDN would (see `lib/serve-compressed.ts`).
 * Usage: node scripts/serve-compressed.ts [port]
 */
import { serveCompressed } from './lib/serve-compressed.ts';

const { url } = await serveCompressed({ port: Number(process.argv[2] ?? 4321) });
console.log(`dist/ served compressed on ${url}`);
