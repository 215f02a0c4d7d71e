import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, defaultTreeAdapter, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

export const dist = new URL('../../dist/', import.meta.url).pathname;

/** Built HTML pages: path inside dist/ → parsed elements (flat list, document order). */
export function builtPages(): Map<string, Element[]> {
	const pages = new Map<string, Element[]>();
	for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).sort()) {
		pages.set(file, elements(readFileSync(dist + file, 'utf8')));
	}
	return pages;
}

function elements(html: string): Element[] {
	const found: Element[] = [];
	const pending: DefaultTreeAdapterMap['node'][] = [parse(html)];
	while (pending.length > 0) {
		const node = pending.shift()!;
		if (defaultTreeAdapter.isElementNode(node)) found.push(node);
		if ('childNodes' in node) pending.unshift(...node.childNodes);
	}
	return found;
}

export const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/**
 * A built JS file and every file it imports, statically or with `import()` (the checker loads its engine so, with
 * the island's own code): the module graph the browser loads, as paths inside dist/.
 */
function moduleGraph(entry: string): Set<string> {
	const seen = new Set<string>();
	const pending = [entry];
	while (pending.length > 0) {
		const file = pending.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(join(dist, file), 'utf8');
		// `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`, and `import("./x.js")`, in any quotes.
		const imports = [
			...code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`]([^"'`]+\.js)["'`]/g),
			// A computed specifier (Starlight's `${base}pagefind.js`) is not a built module: skipped.
			...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g),
		];
		for (const [, specifier] of imports) pending.push(specifier!.startsWith('/') ? specifier!.slice(1) : join(dirname(file), specifier!));
	}
	return seen;
}

/**
 * The scripts a page's islands load when they hydrate (components, renderers and their imports), less those the
 * page loads anyway through Starlight's own scripts (Vite's preload helper, which its search shares): ours alone.
 */
export function islandScripts(pages: Map<string, Element[]>, file: string): Set<string> {
	const elements = pages.get(file)!;
	const theirs = new Set(elements.filter((element) => element.tagName === 'script' && attribute(element, 'src')).flatMap((element) => [...moduleGraph(attribute(element, 'src')!.replace(/^\//, ''))]));
	const scripts = new Set<string>();
	for (const element of elements.filter((candidate) => candidate.tagName === 'astro-island')) {
		for (const name of ['component-url', 'renderer-url']) {
			for (const script of moduleGraph(attribute(element, name)!.replace(/^\//, ''))) if (!theirs.has(script)) scripts.add(script);
		}
	}
	return scripts;
}
