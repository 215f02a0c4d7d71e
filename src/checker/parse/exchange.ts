import type { PasteFormat, Span } from '../types.ts';

/** A piece of text the engine reads; `offset` is where it starts in the original paste, or -1 when it was rebuilt (HAR). */
export interface Segment {
	text: string;
	offset: number;
}

export interface Header {
	/** Lower-cased at parse time. */
	name: string;
	value: string;
	span?: Span;
}

export interface RequestPart {
	method?: string;
	url?: string;
	host?: string;
	path?: string;
	headers: Header[];
	/** Every header the request carried is listed (a curl command), so a missing one was not sent. */
	complete?: true;
	body?: Segment;
	/** Credential fields a form body carries (RFC 6749 §2.3.1: client_secret in the body): a credential sent without a header. */
	formCredentials?: string[];
}

export interface ResponsePart {
	status?: number;
	statusText?: string;
	statusSpan?: Span;
	httpVersion?: string;
	headers: Header[];
	body?: Segment;
}

/** One request/response pair, whatever format it was pasted in. */
export interface Exchange {
	request?: RequestPart;
	response: ResponsePart;
}

/** What the parse layer hands to the signals: the exchange, the text to scan for words and fields, and notes for the reader. */
export interface Parsed {
	format: PasteFormat;
	exchange: Exchange;
	/** The text signals scan for codes, messages and key/value fields. */
	segments: Segment[];
	notes: string[];
}

/**
 * Maps a range of a segment back to the original paste; rebuilt segments (a HAR entry) are located by searching for
 * their text from the end, where the chosen entry (the last failing one) usually is, as JSON writes it (escaped).
 */
export const spanIn = (original: string, segment: Segment, start: number, end: number): Span | undefined => {
	if (segment.offset >= 0) return { start: segment.offset + start, end: segment.offset + end };
	const needle = JSON.stringify(segment.text.slice(start, end)).slice(1, -1);
	if (needle.length < 2) return undefined;
	const found = original.lastIndexOf(needle);
	return found < 0 ? undefined : { start: found, end: found + needle.length };
};

/** A platform host matches itself and its subdomains ("hubapi.com" matches "api.hubapi.com"). */
export const hostMatches = (host: string, platformHost: string): boolean =>
	host === platformHost || (host.endsWith(platformHost) && host[host.length - platformHost.length - 1] === '.');

/** Escapes text for use inside a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Host of a URL without throwing; lower-case. */
export const hostOf = (url: string): string | undefined => {
	// RFC 3986 §3.2: authority = [ userinfo "@" ] host [ ":" port ], after "//"
	const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@\s]*@)?(\[[^\]\s]*\]|[^/?#:\s]+)/i.exec(url);
	return match?.[1]?.toLowerCase();
};

/** Fills in a request's host (from its URL, else its Host or :authority header) and path; returns it. */
export const completeRequest = (request: RequestPart): RequestPart => {
	const authority = request.headers.find((header) => header.name === 'host' || header.name === ':authority')?.value;
	request.host = (request.url && hostOf(request.url)) ?? authority?.toLowerCase().replace(/:\d+$/, '');
	if (request.url) request.path = pathOf(request.url);
	return request;
};

// A code host's web page (an issue, a merge request, a file view, a CI run): pastes copied from an issue or a CI log
// carry such links as references, not as the API they called.
const WEB_PAGE_PATH = /^\/[\w.-]{1,100}\/[\w.-]{1,100}\/(?:-\/)?(?:issues|pull|merge_requests|blob|tree|commit|actions\/runs|discussions|wiki)\b/;

/** A URL that links to a page about the work (github.com/o/r/issues/1), not to an API. */
export const isWebPageLink = (url: string): boolean => WEB_PAGE_PATH.test(pathOf(url));

/** Path of a URL (or of a request target that is already a path). */
export const pathOf = (url: string): string => {
	const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\s]*([^?#\s]*)/i.exec(url);
	return (match ? match[1] : url.split(/[?#]/, 1)[0]) || '/';
};
