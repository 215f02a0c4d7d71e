import { createHash } from 'node:crypto';
import { parse, defaultTreeAdapter, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** Inline code a page carries, which a Content-Security-Policy must allow by hash. */
export interface InlineSources {
	scripts: Set<string>;
	styles: Set<string>;
	/** `style="…"` attribute values: allowed only with 'unsafe-hashes' plus their hashes (CSP Level 3). */
	styleAttributes: Set<string>;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Collects the hashes of every inline script, `<style>` and style attribute in an HTML document. */
export function collectInlineSources(html: string): InlineSources {
	const found: InlineSources = { scripts: new Set(), styles: new Set(), styleAttributes: new Set() };
	const pending: Node[] = [parse(html)];
	while (pending.length > 0) {
		const node = pending.pop()!;
		if (defaultTreeAdapter.isElementNode(node)) {
			const attributes = new Map(node.attrs.map((attribute) => [attribute.name, attribute.value]));
			const text = () => node.childNodes.map((child) => (defaultTreeAdapter.isTextNode(child) ? child.value : '')).join('');
			if (node.tagName === 'script' && !attributes.has('src') && !isDataBlock(attributes.get('type'))) found.scripts.add(sha256(text()));
			if (node.tagName === 'style') found.styles.add(sha256(text()));
			const style = attributes.get('style');
			if (style !== undefined) found.styleAttributes.add(sha256(style));
			// A <template>'s children live in its content fragment, not in childNodes.
			if ('content' in node) pending.push(node.content);
		}
		if ('childNodes' in node) pending.push(...node.childNodes);
	}
	return found;
}

// JSON and other data blocks are not executed, so CSP does not apply to them.
const isDataBlock = (type: string | undefined) =>
	type !== undefined && type !== '' && !/^(module|text\/javascript|application\/javascript)$/i.test(type);

/** Directives only a response header can deliver; browsers ignore them (with a console error) in `<meta>`. */
const headerOnly = ["frame-ancestors 'none'"];

/** The policy for a page with the given inline sources; `forMeta` leaves out header-only directives. */
export function contentSecurityPolicy(sources: InlineSources, { forMeta }: { forMeta: boolean }): string {
	const list = (set: Set<string>) => [...set].sort().join(' ');
	const directives = [
		"default-src 'none'",
		// Pagefind compiles its search index code as WebAssembly.
		`script-src 'self' 'wasm-unsafe-eval' ${list(sources.scripts)}`.trim(),
		`style-src 'self'${sources.styleAttributes.size ? " 'unsafe-hashes'" : ''} ${list(sources.styles)} ${list(sources.styleAttributes)}`.trim(),
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"manifest-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		...(forMeta ? [] : headerOnly),
	];
	return directives.map((directive) => directive.replace(/\s+/g, ' ')).join('; ');
}
