import { escapeRegExp } from './parse/exchange.ts';
import { withPlainQuotes } from './parse/quotes.ts';
import { platforms } from './platforms/index.ts';
import type { Span } from './types.ts';

export interface Redaction {
	/** The paste with every secret character replaced by "·": same length, so spans into the paste stay valid. */
	text: string;
	/** What was masked, in order, merged. */
	spans: Span[];
}

// U+00B7, in Latin-1: a paste that is Latin-1 stays a one-byte string once masked, which on a 1 MB paste saves a 2 MB copy.
const MASK = '·';

// Documented key prefixes, kept visible so the platform and environment evidence survives: every platform's own
// (ghp_, xoxb-, glpat-, AIza …) and environment token prefixes (sk_live_, sandbox-sq0atb- …), plus SendGrid's SG.
const dataPrefixes = platforms.flatMap((platform) => [
	...(platform.credentialPrefixes ?? []),
	...Object.values(platform.environments ?? {}).flatMap((environment) => environment?.tokenPrefixes ?? []),
]);
const KEY_PREFIXES = [...dataPrefixes.map(escapeRegExp), String.raw`SG\.`].join('|');
const KEY_PREFIX = new RegExp(`^(?:${KEY_PREFIXES})`);
const PREFIXED_KEY = new RegExp(`(?:${KEY_PREFIXES})[\\w.-]{4,4000}`, 'g');

// Header lines whose whole value is a credential (RFC 9110 §11.6.2 Authorization, §11.7.2 Proxy-Authorization; RFC 6265 Cookie).
const HEADER_NAMES = 'proxy-authorization|authorization|set-cookie|cookie|x-api-key|api-key|apikey|x-auth-token|x-access-token|private-token|x-shopify-access-token|x-goog-api-key';
// HAR name/value pairs (headers, cookies, query strings): {"name": "Cookie", "value": "…"}
const HAR_NAMES = `${HEADER_NAMES}|api_key|access_token|refresh_token|id_token|client_secret|password|token|code`;
// key=value / "key": "value" / 'key': 'value' for keys that hold secrets; OAuth `code` only in a query or form body.
const FIELD_NAMES = 'access_token|refresh_token|id_token|client_secret|client_assertion|password|passwd|api_key|apikey|secret|token|code';

// Names match case-insensitively, and U+212A KELVIN SIGN counts as the "k" it lower-cases to.
const caseless = (source: string, flags: string): RegExp => new RegExp(source.replaceAll('k', '[k\\u212A]'), `${flags}i`);
// One pass finds where a secret name may end: at the last word of a name above (every name ends in one of these, and
// every "key" follows "api"), followed by what a header, field or HAR pair puts after its name. Scanning for a few words
// is several times faster than for every whole name; the name itself is then checked by lookbehind at that point.
const NAME_END = caseless(String.raw`(?:authorization|cookie|(?<=api[-_]?)key|token|secret|assertion|passw(?:or)?d|code)(?=(["']?[ \t]*[:=])|"\s{0,4},)`, 'g');
// A header name must start its line: indentation, curl's "> " / "< " and a quote may stand before it.
const HEADER_VALUE = caseless(String.raw`(?<=(?:^|\n)[ \t]{0,8}[<>]?[ \t]{0,4}["']?(?:${HEADER_NAMES}))["']?[ \t]*[:=][ \t]*["']?([^\n"']{1,1000000})`, 'y');
const HAR_VALUE = caseless(String.raw`(?<="name"\s{0,4}:\s{0,4}"(?:${HAR_NAMES}))"\s{0,4},\s{0,4}"value"\s{0,4}:\s{0,4}"((?:[^"\\\n]|\\.){1,1000000})"`, 'y');
const FIELD_VALUE = caseless(String.raw`(?<=\b(${FIELD_NAMES}))(["']?)[ \t]{0,4}([:=])[ \t]{0,4}(?:"((?:[^"\\\n]|\\.){1,1000000})"|'((?:[^'\\\n]|\\.){1,1000000})'|([^\s&"',;}<>]{1,1000000}))`, 'y');

// Credentials that start at a word boundary with a literal: RFC 6750 §2.1 "Bearer" 1*SP b64token and RFC 7617 "Basic"
// token68 anywhere (e.g. in a log line), a JWT's "eyJ", AWS access key ids (AKIA/ASIA + 16, masked after the prefix).
const TOKEN = /\b(?:(?:Bearer|Basic)[ \t]+([\w\-.~+/]{8,1000000}=*)(?![\w\-.~+/=])|eyJ(?=[\w-]{2})|(?:AKIA|ASIA)[0-9A-Z]{16}\b)/g;
// RFC 7515 §7.1 compact JWS: the signature is the third part; header and claims stay readable for the diagnosis. The
// header run is matched once, without backtracking, so a long run of "eyJ-eyJ-…" stays linear.
const JWT = /eyJ[\w-]*(?:\.[\w-]{0,1000000}\.([\w-]{1,1000000}))?/y;

const at = (pattern: RegExp, text: string, index: number): RegExpExecArray | null => {
	pattern.lastIndex = index;
	return pattern.exec(text);
};

/**
 * Masks credentials in the paste: secret header values (keeping the auth scheme), secret JSON/query/form values,
 * bearer and basic credentials anywhere, documented key prefixes (kept), JWT signatures (header and claims kept).
 * Never throws. Linear in the paste: three scans, each followed by checks only where it stopped.
 */
export const redact = (pasted: string): Redaction => redactAsRead(pasted, withPlainQuotes(pasted));

/**
 * redact() for a paste already read as the parser reads it, its quotes made plain one character for one (diagnose reads
 * it once for both): a secret in {“access_token”: “…”} is found in `text` and masked in the paste as it was.
 */
export const redactAsRead = (pasted: string, text: string): Redaction => {
	const ranges: Span[] = [];
	// Masks a token after its auth scheme, if any: after a documented prefix, only the signature of a JWT, else all of it.
	const mask = (start: number, token: string, scheme?: RegExp): void => {
		const skip = scheme?.exec(token)?.[0].length ?? 0;
		const secret = token.slice(skip);
		const kept = (/^eyJ[\w-]*\.[\w-]*\./.exec(secret) ?? KEY_PREFIX.exec(secret))?.[0].length ?? 0;
		if (secret.length > kept) ranges.push({ start: start + skip + kept, end: start + token.length });
	};
	// Fields are read left to right as one global match would: names inside a field's value are not read again, which
	// also keeps a long run of "token=token=…" linear.
	let fieldEnd = 0;
	for (const { index, 0: word, 1: separator } of text.matchAll(NAME_END)) {
		const nameEnd = index + word.length;
		if (separator === undefined) {
			const pair = at(HAR_VALUE, text, nameEnd)?.[1];
			if (pair) mask(HAR_VALUE.lastIndex - pair.length - 1, pair, /^(?:bearer|basic|token)[ \t]+/i);
			continue;
		}
		const header = at(HEADER_VALUE, text, nameEnd)?.[1];
		if (header) mask(HEADER_VALUE.lastIndex - header.length, header.trimEnd(), /^(?:bearer|basic|token|digest|negotiate|ntlm|sso-key)[ \t]+/i);
		const field = nameEnd > fieldEnd ? at(FIELD_VALUE, text, nameEnd) : null;
		if (!field || nameEnd - field[1].length < fieldEnd) continue;
		fieldEnd = FIELD_VALUE.lastIndex;
		const [, key, keyQuote, fieldSeparator, doubleQuoted, singleQuoted, bare] = field;
		// The OAuth `code` is a secret only in a query or form body; elsewhere "code" is an error code.
		if (key.toLowerCase() === 'code' && !/[?&]/.test(text[nameEnd - key.length - 1] ?? '')) continue;
		// "access token: Session has expired" is prose: an unquoted value after an unquoted key needs "=" (query, form).
		if (bare !== undefined && !keyQuote && fieldSeparator === ':') continue;
		const value = doubleQuoted ?? singleQuoted ?? bare;
		mask(fieldEnd - value.length - (bare === undefined ? 1 : 0), value);
	}
	// Every "eyJ" in a JWT's header run meets the same dot, so only the first is checked (as a global match would).
	let jwtFrom = 0;
	TOKEN.lastIndex = 0;
	for (let match; (match = TOKEN.exec(text)); ) {
		const [found, credential] = match;
		const end = TOKEN.lastIndex;
		if (credential !== undefined) {
			const start = end - credential.length;
			// "Basic authentication" is prose: a credential has a digit or is long; `error_description="…"` is a challenge parameter.
			// A JWT inside a masked credential is masked with it; an AWS key id inside it is still looked for.
			if ((/\d/.test(credential) || credential.length >= 24) && !(credential.endsWith('=') && text[end] === '"')) {
				mask(start, credential);
				jwtFrom = end;
			}
			TOKEN.lastIndex = start;
		} else if (found !== 'eyJ') ranges.push({ start: match.index + 4, end });
		else if (match.index >= jwtFrom) {
			// Without a signature the match ends where the header run does, and every "eyJ" in that run would fail alike.
			const [jwt, signature] = at(JWT, text, match.index)!;
			jwtFrom = match.index + jwt.length;
			if (signature) ranges.push({ start: jwtFrom - signature.length, end: jwtFrom });
		}
	}
	for (const match of text.matchAll(PREFIXED_KEY)) if (!/[\w-]/.test(text[match.index - 1] ?? '')) mask(match.index, match[0]);
	return apply(pasted, ranges);
};

const apply = (text: string, ranges: Span[]): Redaction => {
	const spans: Span[] = [];
	for (const range of ranges.sort((a, b) => a.start - b.start)) {
		const last = spans.at(-1);
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else spans.push(range);
	}
	// Concatenation builds a rope that is copied once, when first read: cheaper than joining parts on a large paste.
	let masked = '';
	let at = 0;
	for (const { start, end } of spans) {
		masked += text.slice(at, start) + MASK.repeat(end - start);
		at = end;
	}
	return { text: masked + text.slice(at), spans };
};
