import { readFileSync, readdirSync } from 'node:fs';
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
