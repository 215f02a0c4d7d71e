/**
 * Serves a built `dist/` the way a CDN would: gzip or brotli by Accept-Encoding, long-lived caching for hashed
 * assets, and the headers from `dist/_headers` (CSP and friends). `astro preview` serves files uncompressed, which
 * understates real performance; Lighthouse runs against this instead.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const defaultDist = new URL('../../dist/', import.meta.url).pathname;

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

type HeaderRule = { path: string; headers: [name: string, value: string][] };
type CachedResponse = { status: number; headers: Record<string, string>; body: Buffer };

export interface CompressedServer {
	/** Where the site is served, ending in `/`. */
	url: string;
	close(): Promise<void>;
}

/** `_headers` (Netlify / Cloudflare Pages format): a path line, then indented `Name: value` lines. */
async function readHeaderRules(dist: string): Promise<HeaderRule[]> {
	return (await readFile(join(dist, '_headers'), 'utf8')).split(/\n(?=\S)/).map((block) => {
		const [path, ...lines] = block.trim().split('\n');
		return { path: path!.trim(), headers: lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]) };
	});
}

async function resolveFile(dist: string, urlPath: string): Promise<string | undefined> {
	const path = normalize(join(dist, decodeURIComponent(urlPath)));
	if (!path.startsWith(dist)) return undefined;
	for (const candidate of [path, join(path, 'index.html')]) {
		if ((await stat(candidate).catch(() => undefined))?.isFile()) return candidate;
	}
	return undefined;
}

type Encoding = 'br' | 'gzip' | 'identity';

function acceptedEncoding(request: IncomingMessage): Encoding {
	const accepts = String(request.headers['accept-encoding'] ?? '');
	return accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : 'identity';
}

const compressible = (contentType: string) => /^(text|application\/(json|xml|wasm)|image\/svg)/.test(contentType);

async function respond(dist: string, rules: HeaderRule[], urlPath: string, accepted: Encoding): Promise<CachedResponse> {
	const file = (await resolveFile(dist, urlPath)) ?? join(dist, '404.html');
	const headers: Record<string, string> = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', Vary: 'Accept-Encoding' };
	headers['Cache-Control'] = urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
	for (const rule of rules) if (rule.path === '/*' || rule.path === urlPath) for (const [name, value] of rule.headers) headers[name] = value;
	const body = await readFile(file);
	const encoding = compressible(headers['Content-Type']!) ? accepted : 'identity';
	if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
	const payload = encoding === 'br' ? brotliCompressSync(body) : encoding === 'gzip' ? gzipSync(body, { level: 9 }) : body;
	return { status: file.endsWith('404.html') && !urlPath.endsWith('404.html') ? 404 : 200, headers, body: payload };
}

/**
 * Starts serving `dist` on 127.0.0.1 (`port` 0 picks a free one). Each response is computed on its first request
 * for that path and encoding, then kept, as a CDN's edge cache would: brotli at its highest quality takes ~0.2 s for
 * a 100 KB page, which a CDN's visitors do not wait for. Restart it after a rebuild. `dist` ends in `/`.
 */
export async function serveCompressed({ dist = defaultDist, port = 0 }: { dist?: string; port?: number } = {}): Promise<CompressedServer> {
	const rules = await readHeaderRules(dist);
	const cache = new Map<string, Promise<CachedResponse>>();
	const server = createServer(async (request, response) => {
		const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
		const encoding = acceptedEncoding(request);
		const key = `${encoding} ${urlPath}`;
		if (!cache.has(key)) cache.set(key, respond(dist, rules, urlPath, encoding));
		try {
			const { status, headers, body } = await cache.get(key)!;
			response.writeHead(status, headers).end(body);
		} catch (error) {
			// A malformed URL (decodeURIComponent) must not bring the server down.
			response.writeHead(400).end(String(error));
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
		close: () =>
			new Promise((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections(); // browsers keep connections alive, which would hold close() open
			}),
	};
}
