import type { PasteFormat } from '../types.ts';
import { completeRequest, spanIn, type Exchange, type Header, type RequestPart, type ResponsePart, type Segment } from './exchange.ts';
import { splitLines } from './lines.ts';

// RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ]; curl prints HTTP/2 and HTTP/3 as "HTTP/2 401",
// and curl -v's "< " prefix stays on a status line quoted without the rest of the transcript.
const STATUS_LINE = /^\s{0,8}(?:< )?HTTP\/(\d(?:\.\d)?) +(\d{3})\b(?: +(.{0,200}))?/;
// RFC 9112 §3: request-line = method SP request-target SP HTTP-version (the version is optional in hand-written pastes).
const REQUEST_LINE = /^\s{0,8}([A-Z]{3,10}) +(\S{1,4000})(?: +HTTP\/\d(?:\.\d)?)?\s*$/;
// RFC 9110 §5.1: field-line = field-name ":" OWS field-value OWS, field-name = token; plus HTTP/2 pseudo-headers (":status").
// Pastes from issues and chats often indent every line: up to 8 spaces are allowed before a start or header line.
const HEADER_LINE = /^[ \t]{0,8}(:?[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}):[ \t]*/;
// curl -v prefixes: "> " request, "< " response, "* " / "{ " / "} " progress and TLS chatter.
const CURL_LINE = /^([<>*{}])(?: |$)/;

/** Longest line we run the line regexes on: longer lines are body text. */
const MAX_LINE = 16_384;

interface Message<Part> {
	part: Part;
	request?: RequestPart;
	bodyStart: number;
	bodyEnd: number;
}

export interface HttpParse {
	exchange: Exchange;
	format: PasteFormat;
}

/**
 * Reads raw HTTP messages, `curl -i`, `curl -v` and copied DevTools headers from one segment.
 * Several responses (100 Continue, redirects, proxy CONNECT): the last final one decides, paired with the request before it.
 */
export const parseHttp = (segment: Segment, original: string): HttpParse | undefined => {
	const lines = splitLines(segment.text);
	let prefixed = 0;
	for (const line of lines) if (/^[<>] /.test(line.text) && ++prefixed >= 2) break;
	const isCurl = prefixed >= 2;
	const responses: Message<ResponsePart>[] = [];
	let request: RequestPart | undefined;
	let current: { headers: Header[] } | undefined;
	let response: Message<ResponsePart> | undefined;
	let inHeaders = false;

	for (const [index, line] of lines.entries()) {
		let content = line.text;
		let start = line.start;
		let channel: string | undefined;
		if (isCurl) {
			const prefix = CURL_LINE.exec(content);
			if (prefix?.[1] === '*' || prefix?.[1] === '{' || prefix?.[1] === '}') continue;
			if (prefix) {
				channel = prefix[1];
				content = content.slice(2);
				start += 2;
			}
		}
		if (content.length > MAX_LINE) {
			inHeaders = false;
		} else {
			const status = channel === '>' ? null : STATUS_LINE.exec(content);
			if (status) {
				const part: ResponsePart = {
					status: Number(status[2]),
					statusText: status[3]?.trim() || undefined,
					httpVersion: status[1],
					// A rebuilt HAR entry's status line is not in the paste: no search through it.
					statusSpan: segment.offset < 0 ? undefined : spanIn(original, segment, start, start + status[0].trimEnd().length),
					headers: [],
				};
				response = { part, request, bodyStart: -1, bodyEnd: -1 };
				responses.push(response);
				current = part;
				inHeaders = true;
				continue;
			}
			const requestLine = channel === '<' || inHeaders ? null : REQUEST_LINE.exec(content);
			if (requestLine) {
				request = { method: requestLine[1], url: requestLine[2], headers: [] };
				current = request;
				inHeaders = true;
				response = undefined;
				continue;
			}
			if (!current && !responses.length && startsHeaderBlock(content, lines[index + 1]?.text ?? '')) {
				// Header lines with no start line: DevTools "copy response headers".
				response = { part: { headers: [] }, bodyStart: -1, bodyEnd: -1 };
				responses.push(response);
				current = response.part;
				inHeaders = true;
			}
			if (inHeaders && current) {
				const header = HEADER_LINE.exec(content);
				if (header) {
					const name = header[1].toLowerCase();
					const value = content.slice(header[0].length).trim();
					const valueStart = start + header[0].length;
					current.headers.push({ name, value, span: spanIn(original, segment, valueStart, valueStart + value.length) });
					continue;
				}
				inHeaders = false;
				if (!content.trim()) continue;
			}
		}
		if (response && channel !== '>' && channel !== '<' && line.text.trim()) {
			if (response.bodyStart < 0) response.bodyStart = line.start;
			response.bodyEnd = line.start + line.text.length;
		}
	}
	if (!responses.length && !request) return undefined;

	const final = [...responses].reverse().find((message) => (message.part.status ?? 200) >= 200) ?? responses.at(-1);
	const part = final?.part ?? { headers: [] };
	if (final && final.bodyStart >= 0) {
		part.body = { text: segment.text.slice(final.bodyStart, final.bodyEnd), offset: segment.offset < 0 ? -1 : segment.offset + final.bodyStart };
	}
	const pseudoStatus = part.headers.find((header) => header.name === ':status' || header.name === 'status');
	if (part.status === undefined && pseudoStatus && /^\d{3}\b/.test(pseudoStatus.value)) {
		part.status = Number(pseudoStatus.value.slice(0, 3));
		part.statusSpan = pseudoStatus.span;
	}
	const paired = final ? final.request : request;
	if (paired) completeRequest(paired);
	return { exchange: { request: paired, response: part }, format: formatOf(isCurl, part, lines.length) };
};

// Names that only HTTP headers have; "Error:" or "Response:" at the start of a log line are not a header block.
const HEADER_NAME = /^(?::[a-z]+|[\w]+-[\w-]+|date|server|vary|etag|expires|pragma|via|age|status|connection|location)\s*:/i;

/** Two header lines in a row, at least one with a name only HTTP headers have. */
const startsHeaderBlock = (line: string, next: string): boolean =>
	HEADER_LINE.test(line) && HEADER_LINE.test(next) && (HEADER_NAME.test(line) || HEADER_NAME.test(next));

const formatOf = (isCurl: boolean, response: ResponsePart, lineCount: number): PasteFormat => {
	if (isCurl) return 'curl-v';
	if (!response.httpVersion) return response.headers.length ? 'devtools-headers' : 'http1';
	if (!response.headers.length && !response.body && lineCount <= 2) return 'status-line';
	return response.httpVersion.startsWith('1') ? 'http1' : 'http2';
};
