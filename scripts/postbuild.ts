/**
 * After `astro build`: hash every inline script and style the build actually emitted and pin them in a
 * Content-Security-Policy, as a `<meta http-equiv>` in each page and in `_headers` (Netlify / Cloudflare
 * Pages format). Done on the output, not in config, so an upgrade that adds an inline script cannot
 * silently break the policy: the new script is hashed like the rest.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { collectInlineSources, contentSecurityPolicy } from './lib/csp.ts';

const dist = new URL('../dist/', import.meta.url).pathname;

const securityHeaders = [
	'Referrer-Policy: no-referrer',
	'X-Content-Type-Options: nosniff',
	'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
];

const htmlFiles = (await readdir(dist, { recursive: true }))
	.filter((file) => file.endsWith('.html'))
	.sort();

/** The URL path a static host serves a built file at. */
const urlPath = (file: string) => {
	const path = `/${file.split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
};

const headerBlocks = [`/*\n${securityHeaders.map((header) => `  ${header}`).join('\n')}`];
for (const file of htmlFiles) {
	const path = join(dist, file);
	const html = await readFile(path, 'utf8');
	if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${file} already has a CSP meta tag: was postbuild run twice?`);
	const sources = collectInlineSources(html);
	const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(sources, { forMeta: true })}">`;
	// The policy must precede every script and style it governs; the charset declaration stays first,
	// since browsers only look for it in the first 1024 bytes.
	const anchor = /<meta charset="[^"]*"\/?>/i.test(html) ? /<meta charset="[^"]*"\/?>/i : /<head(\s[^>]*)?>/i;
	const withMeta = html.replace(anchor, (tag) => `${tag}${meta}`);
	await writeFile(path, withMeta);
	headerBlocks.push(`${urlPath(relative(dist, path))}\n  Content-Security-Policy: ${contentSecurityPolicy(sources, { forMeta: false })}`);
}
await writeFile(join(dist, '_headers'), `${headerBlocks.join('\n\n')}\n`);
console.log(`postbuild: Content-Security-Policy pinned in ${htmlFiles.length} pages and dist/_headers`);
