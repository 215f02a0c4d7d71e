import type { PasteFormat } from '../types.ts';
import { completeRequest, type Exchange, type Parsed, type ResponsePart, type Segment } from './exchange.ts';
import { bufferSegments } from './buffers.ts';
import { curlRequest } from './curl-command.ts';
import { escapedJsonSegments } from './escaped.ts';
import { extractFields, type Field } from './fields.ts';
import { parseHar } from './har.ts';
import { parseHttp } from './http.ts';
import { parseJson } from './json.ts';
import { firstUrl, statusFromText, type TextStatus } from './status-text.ts';

/** Pastes longer than this are read from their first and last HEAD_TAIL characters (except JSON, which JSON.parse reads whole in linear time). */
const LARGE = 524_288;
const HEAD_TAIL = 262_144;

export interface ParsedPaste extends Parsed {
	fields: Field[];
}

/** Detects the paste's format and extracts the exchange. Never throws on any input. */
export const parsePaste = (text: string): ParsedPaste => {
	const trimmed = text.trimStart();
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		const json = parseJson(text);
		if (json !== undefined) return fromJson(text, json);
	}
	const head = text.length > LARGE ? text.slice(0, HEAD_TAIL) : text;
	const segments: Segment[] = [
		...(text.length > LARGE ? [{ text: head, offset: 0 }, { text: text.slice(-HEAD_TAIL), offset: text.length - HEAD_TAIL }] : [{ text, offset: 0 }]),
		...bufferSegments(head),
		...escapedJsonSegments(head),
	];
	const fields = extractFields(segments, text);
	const http = parseHttp(segments[0], text);
	const response = http?.exchange.response;
	// The curl command above its output, when the paste shows no request of its own.
	const request = http?.exchange.request ?? curlRequest(segments[0].text);
	if (http && response && (response.status !== undefined || response.headers.length)) {
		// DevTools copies can put the status in a "Status Code: 401" line above the headers.
		if (response.status === undefined) applyStatus(response, statusFromText(segments[0], text, fields));
		return { format: http.format, exchange: { request, response }, segments, notes: [], fields };
	}
	const exchange: Exchange = { request, response: { headers: [] } };
	const found = statusFromText(segments[0], text, fields);
	applyStatus(exchange.response, found);
	const url = found?.url ?? firstUrl(segments[0].text);
	if (url && !exchange.request?.host) {
		exchange.request = completeRequest({ ...exchange.request, url, headers: exchange.request?.headers ?? [] });
	}
	return { format: textFormat(segments[0].text, found?.sdk ?? false), exchange, segments, notes: [], fields };
};

const applyStatus = (response: ResponsePart, found: TextStatus | undefined): void => {
	if (!found) return;
	response.status = found.status;
	response.statusSpan = found.span;
};

const fromJson = (text: string, json: unknown): ParsedPaste => {
	const har = parseHar(json);
	if (har) {
		const segment = { text: har.text, offset: -1 };
		const http = parseHttp(segment, text);
		if (http) return { format: har.format, exchange: http.exchange, segments: [segment], notes: har.notes, fields: extractFields([segment], text) };
	}
	const segment = { text, offset: 0 };
	const fields = extractFields([segment], text);
	const exchange: Exchange = { response: { headers: [], body: segment } };
	applyStatus(exchange.response, statusFromText(segment, text, fields));
	return { format: 'json-body', exchange, segments: [segment], notes: [], fields };
};

// Format detection for pastes without an HTTP start line; the first signature that matches wins.
const TEXT_FORMATS: [PasteFormat, RegExp][] = [
	['html-page', /<(?:!doctype html|html|title|h1|body)\b/i],
	// a printed Python dict: {'key': …
	['python-dict', /\{\s{0,8}'[^'\n]{1,100}'\s{0,4}:/],
	// Node util.inspect: { key: 'value' or [AxiosError: …]
	['node-inspect', /\{\s{0,8}[A-Za-z_$][\w$]{0,63}: |\[\w{0,40}Error: /],
	// a timestamp or a level at the start of a line
	['log', /^\s{0,8}(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?(?:ERROR|WARN(?:ING)?|INFO|DEBUG|error|warn)\b)/m],
	['status-line', /^\s{0,8}[1-5]\d\d(?:\s[^\n]{0,60})?\s*$/],
];

const textFormat = (text: string, sdk: boolean): PasteFormat => {
	if (sdk) return 'sdk-error';
	const head = text.slice(0, 65_536);
	return TEXT_FORMATS.find(([, signature]) => signature.test(head))?.[0] ?? 'text';
};
