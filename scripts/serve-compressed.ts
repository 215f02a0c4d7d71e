/**
 * Serves the built `dist/` the way a CDN would: gzip or brotli by Accept-Encoding, long-lived caching for hashed
 * assets, and the headers from `dist/_headers` (CSP and friends). `astro preview` serves files uncompressed, which
 * understates real performance; Lighthouse runs against this instead. Usage: node scripts/serve-compressed.ts [port]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const port = Number(process.argv[2] ?? 4321);

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** `_headers` (Netlify / Cloudflare Pages format): a path line, then indented `Name: value` lines. */
const rules = (await readFile(join(dist, '_headers'), 'utf8')).split(/\n(?=\S)/).map((block) => {
	const [path, ...lines] = block.trim().split('\n');
	return { path: path!.trim(), headers: lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]) };
});

const resolveFile = async (urlPath: string): Promise<string | undefined> => {
	const path = normalize(join(dist, decodeURIComponent(urlPath)));
	if (!path.startsWith(dist)) return undefined;
	for (const candidate of [path, join(path, 'index.html')]) {
		if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
	}
	return undefined;
};

createServer(async (request, response) => {
	const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
	const file = (await resolveFile(urlPath)) ?? join(dist, '404.html');
	const body = await readFile(file);
	const headers: Record<string, string> = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
	headers['Cache-Control'] = urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
	for (const rule of rules) if (rule.path === '/*' || rule.path === urlPath) for (const [name, value] of rule.headers) headers[name] = value;
	const accepts = String(request.headers['accept-encoding'] ?? '');
	const compressible = /^(text|application\/(json|xml|wasm)|image\/svg)/.test(headers['Content-Type']!);
	let payload: Buffer = body;
	if (compressible && accepts.includes('br')) [payload, headers['Content-Encoding']] = [brotliCompressSync(body), 'br'];
	else if (compressible && accepts.includes('gzip')) [payload, headers['Content-Encoding']] = [gzipSync(body, { level: 9 }), 'gzip'];
	response.writeHead(file.endsWith('404.html') && !urlPath.endsWith('404.html') ? 404 : 200, headers).end(payload);
}).listen(port, '127.0.0.1', () => console.log(`dist/ served compressed on http://127.0.0.1:${port}/`));
