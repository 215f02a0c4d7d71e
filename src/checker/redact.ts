import { escapeRegExp } from './parse/exchange.ts';
import { platforms } from './platforms/index.ts';
import type { Span } from './types.ts';

export interface Redaction {
	/** The paste with every secret character replaced by "•": same length, so spans into the paste stay valid. */
	text: string;
	/** What was masked, in order, merged. */
	spans: Span[];
}

const MASK = '•';
// Slices of one long run are cheaper than a new repeat() per secret in a large paste.
const MASK_RUN = MASK.repeat(1024);

// Documented key prefixes, kept visible so environment evidence survives: every platform's environment token prefixes
// (sk_live_, sandbox-sq0atb- …), plus GitHub ghp_/gho_/ghu_/ghs_/ghr_/github_pat_, Slack xoxb-/xoxp-…, GitLab glpat-,
// Shopify shpat_/shpca_/shppa_, SendGrid SG.
const dataPrefixes = platforms.flatMap((platform) => Object.values(platform.environments ?? {}).flatMap((environment) => environment?.tokenPrefixes ?? []));
const KEY_PREFIXES = [...dataPrefixes.map(escapeRegExp), String.raw`gh[pousr]_|github_pat_|xox[abeoprs]-|glpat-|shp(?:at|ca|pa|ss)_|SG\.`].join('|');
const KEY_PREFIX = new RegExp(`^(?:${KEY_PREFIXES})`);
const PREFIXED_KEY = new RegExp(`(?:${KEY_PREFIXES})[\\w.-]{4,4000}`, 'g');
// AWS access key ids: AKIA/ASIA + 16 characters, masked after the 4-letter prefix.
const AWS_KEY = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g;
// RFC 7515 §7.1 compact JWS: the signature is the third part; header and claims stay readable for the diagnosis.
const JWT = /\beyJ[\w-]{2,8000}\.[\w-]{0,16000}\.([\w-]{1,16000})/g;
// Header lines whose whole value is a credential (RFC 9110 §11.6.2 Authorization, §11.7.2 Proxy-Authorization; RFC 6265 Cookie).
// Matched by name, then checked to start its line, so the scan begins at a literal and stays fast on long pastes.
const SECRET_HEADER = String.raw`\b((?:proxy-)?authorization|cookie|set-cookie|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|x-shopify-access-token|x-goog-api-key)["']?[ \t]*[:=][ \t]*["']?([^\n"']{1,16000})`;
// HAR name/value pairs (headers, cookies, query strings): {"name": "Cookie", "value": "…"}
const HAR_PAIR = String.raw`"name"\s{0,4}:\s{0,4}"((?:proxy-)?authorization|cookie|set-cookie|x-api-key|api-key|apikey|api_key|x-auth-token|x-access-token|private-token|x-shopify-access-token|x-goog-api-key|access_token|refresh_token|id_token|client_secret|password|token|code)"\s{0,4},\s{0,4}"value"\s{0,4}:\s{0,4}"((?:[^"\\\n]|\\.){1,16000})"`;
// What may stand before a header name on its line: indentation, curl's "> " / "< ", a quote.
const LINE_START = /(?:^|\n)[ \t]{0,8}[<>]?[ \t]{0,4}["']?$/;
// key=value / "key": "value" / 'key': 'value' for keys that hold secrets; OAuth `code` only in a query or form body.
const SECRET_FIELD = String.raw`\b(access_token|refresh_token|id_token|client_secret|client_assertion|password|passwd|api_key|apikey|secret|token|code)(["']?)[ \t]{0,4}([:=])[ \t]{0,4}(?:"((?:[^"\\\n]|\\.){1,16000})"|'((?:[^'\\\n]|\\.){1,16000})'|([^\s&"',;}<>]{1,16000}))`;
// RFC 6750 §2.1: "Bearer" 1*SP b64token; RFC 7617 "Basic" token68 — anywhere, e.g. in a log line.
const CREDENTIALS = /\b(?:Bearer|Basic)[ \t]+([\w\-.~+/]{8,16000}=*)(?![\w\-.~+/=])/g;

/** The part of a token to mask: after a documented prefix, only the signature of a JWT, else all of it. */
const secretPart = (token: string): [number, number] => {
	const jwt = /^eyJ[\w-]*\.[\w-]*\./.exec(token);
	if (jwt) return [jwt[0].length, token.length];
	return [KEY_PREFIX.exec(token)?.[0].length ?? 0, token.length];
};

/**
 * Masks credentials in the paste: secret header values (keeping the auth scheme), secret JSON/query/form values,
 * bearer and basic credentials anywhere, documented key prefixes (kept), JWT signatures (header and claims kept).
 * Idempotent; never throws.
 */
export const redact = (text: string): Redaction => {
	const ranges: Span[] = [];
	const maskToken = (start: number, token: string): void => {
		const [from, to] = secretPart(token);
		if (to > from) ranges.push({ start: start + from, end: start + to });
	};
	// Case-insensitive names are matched in a lower-cased copy with case-sensitive patterns (several times faster on a
	// long paste); offsets carry over when lower-casing kept the length, else the patterns take the "i" flag instead.
	const lower = text.toLowerCase();
	const folded = lower.length === text.length;
	const haystack = folded ? lower : text;
	const flags = folded ? 'g' : 'gi';
	for (const match of haystack.matchAll(new RegExp(SECRET_HEADER, flags))) {
		if (!LINE_START.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
		const valueStart = match.index + match[0].length - match[2].length;
		const value = text.slice(valueStart, valueStart + match[2].trimEnd().length);
		const scheme = /^(?:bearer|basic|token|digest|negotiate|ntlm|sso-key)[ \t]+/i.exec(value)?.[0].length ?? 0;
		maskToken(valueStart + scheme, value.slice(scheme));
	}
	for (const match of haystack.matchAll(new RegExp(HAR_PAIR, flags))) {
		const valueStart = match.index + match[0].length - match[2].length - 1;
		const value = text.slice(valueStart, valueStart + match[2].length);
		const scheme = /^(?:bearer|basic|token)[ \t]+/i.exec(value)?.[0].length ?? 0;
		maskToken(valueStart + scheme, value.slice(scheme));
	}
	for (const match of haystack.matchAll(new RegExp(SECRET_FIELD, flags))) {
		const [, key, keyQuote, separator, doubleQuoted, singleQuoted, bare] = match;
		// The OAuth `code` is a secret only in a query or form body; elsewhere "code" is an error code.
		if (key.toLowerCase() === 'code' && !/[?&]/.test(text[match.index - 1] ?? '')) continue;
		// "access token: Session has expired" is prose: an unquoted value after an unquoted key needs "=" (query, form).
		if (bare !== undefined && !keyQuote && separator === ':') continue;
		const length = (doubleQuoted ?? singleQuoted ?? bare ?? '').length;
		const valueStart = match.index + match[0].length - length - (bare === undefined ? 1 : 0);
		maskToken(valueStart, text.slice(valueStart, valueStart + length));
	}
	for (const match of text.matchAll(CREDENTIALS)) {
		// "Basic authentication" is prose: a credential has a digit or is long; `error_description="…"` is a challenge parameter.
		const isParameter = match[1].endsWith('=') && text[match.index + match[0].length] === '"';
		if ((/\d/.test(match[1]) || match[1].length >= 24) && !isParameter) maskToken(match.index + match[0].length - match[1].length, match[1]);
	}
	for (const match of text.matchAll(JWT)) ranges.push({ start: match.index + match[0].length - match[1].length, end: match.index + match[0].length });
	for (const match of text.matchAll(AWS_KEY)) ranges.push({ start: match.index + 4, end: match.index + match[0].length });
	for (const match of text.matchAll(PREFIXED_KEY)) if (!/[\w-]/.test(text[match.index - 1] ?? '')) maskToken(match.index, match[0]);
	return apply(text, ranges);
};

const apply = (text: string, ranges: Span[]): Redaction => {
	const merged: Span[] = [];
	for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
		const last = merged.at(-1);
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ ...range });
	}
	const parts: string[] = [];
	let at = 0;
	for (const { start, end } of merged) {
		parts.push(text.slice(at, start), end - start <= MASK_RUN.length ? MASK_RUN.slice(0, end - start) : MASK.repeat(end - start));
		at = end;
	}
	parts.push(text.slice(at));
	return { text: parts.join(''), spans: merged };
};
