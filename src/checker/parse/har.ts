import type { PasteFormat } from '../types.ts';
import { at, stringAt } from './json.ts';

export interface HarParse {
	/** The chosen entry rebuilt as raw HTTP text, for the HTTP parser. */
	text: string;
	format: PasteFormat;
	notes: string[];
}

const CHROME_NOTE =
	'This HAR was exported by a Chromium browser, which strips Authorization and Cookie headers by default: their absence is not evidence that no credentials were sent.';

/** A HAR log (the last entry with status >= 400, else the last) or a single entry, rebuilt as an HTTP exchange. */
export const parseHar = (json: unknown): HarParse | undefined => {
	const entries = at(json, 'log', 'entries');
	const isLog = Array.isArray(entries);
	const entry = isLog ? pickEntry(entries) : json;
	if (typeof at(entry, 'response') !== 'object' || typeof at(entry, 'request') !== 'object') return undefined;

	const requestHeaders = headerLines(at(entry, 'request', 'headers'));
	const response = at(entry, 'response');
	const version = /(\d(?:\.\d)?)/.exec(stringAt(response, 'httpVersion') ?? '')?.[1] ?? '1.1';
	const status = Number(at(response, 'status')) || 0;
	const text = [
		`${stringAt(entry, 'request', 'method') ?? 'GET'} ${stringAt(entry, 'request', 'url') ?? '/'} HTTP/1.1`,
		...requestHeaders,
		'',
		stringAt(entry, 'request', 'postData', 'text') ?? '',
		`HTTP/${version} ${status} ${stringAt(response, 'statusText') ?? ''}`,
		...headerLines(at(response, 'headers')),
		'',
		contentText(at(response, 'content')),
	].join('\n');

	const creator = `${stringAt(json, 'log', 'creator', 'name') ?? ''} ${stringAt(json, 'log', 'browser', 'name') ?? ''}`;
	const sentCredentials = requestHeaders.some((line) => /^(authorization|cookie):/i.test(line));
	const notes = /WebInspector|Chrom|Edge/i.test(creator) && !sentCredentials ? [CHROME_NOTE] : [];
	return { text, format: isLog ? 'har-log' : 'har-entry', notes };
};

const pickEntry = (entries: unknown[]): unknown => {
	for (let index = entries.length - 1; index >= 0; index--) {
		if (Number(at(entries[index], 'response', 'status')) >= 400) return entries[index];
	}
	return entries.at(-1);
};

const headerLines = (headers: unknown): string[] =>
	Array.isArray(headers)
		? headers.flatMap((header) => {
				const name = stringAt(header, 'name');
				return name ? [`${name}: ${String(at(header, 'value') ?? '').replace(/[\r\n]+/g, ' ')}`] : [];
			})
		: [];

const contentText = (content: unknown): string => {
	const text = stringAt(content, 'text') ?? '';
	if (stringAt(content, 'encoding') !== 'base64') return text;
	try {
		return atob(text);
	} catch {
		return text;
	}
};
