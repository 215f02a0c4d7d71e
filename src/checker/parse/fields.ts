import type { Span } from '../types.ts';
import { spanIn, type Segment } from './exchange.ts';

/** A key/value pair found anywhere in the paste: JSON, a printed Python dict, a Node util.inspect object, a query or form string, a log line. */
export interface Field {
	/** Lower-cased. */
	key: string;
	value: string;
	span?: Span;
}

// key = a JSON/Python string (Python 2's u'' and bytes' b'' prefixes too) or a bare JS identifier, not inside a longer
// word, or either in PHP's brackets (print_r's [code] => 1023, var_dump's ["code"]=>); separator ":", "=" or PHP's "=>";
// value = a double- or single-quoted string on one line (backslash escapes, JSON RFC 8259 §7) or a bare word/number,
// which is a key itself when "=" follows it ("closed: code = 4004" is code = 4004) or when it ends with a colon (Go's
// "Needed: Provided:" prints two empty fields).
// Alternatives inside each quoted string are disjoint, so the scan is linear.
const FIELD =
	/(?<![\w.$@-])\[?(?:[ub](?=["']))?(["']?)([A-Za-z_.$@][\w.$@-]{0,63})\1\]?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?:[ub]?"((?:[^"\\\n]|\\.){0,4000})"|[ub]?'((?:[^'\\\n]|\\.){0,4000})'|([\w.+/:%-]{0,399}[\w.+/%-])(?![\w.+/:%-]|[ \t]{0,4}=[^>]))/g;

const MAX_FIELDS = 2_000;
/** Only this much of each segment is scanned for fields: enough for any real error body. */
const MAX_SCAN = 262_144;

// XML error bodies (AWS, SOAP, Spring's OAuth XML): <Code>SignatureDoesNotMatch</Code>
const XML_ELEMENT = /<([A-Za-z_][\w.-]{0,63})>\s{0,200}([^<>]{1,400}?)\s{0,200}<\/\1>/g;

/** Every key/value pair in the segments, in order; a value that is itself JSON (a body printed as a string) is read too. */
export const extractFields = (segments: Segment[], original: string): Field[] => {
	const fields: Field[] = [];
	const read = (segment: Segment, nested: boolean): void => {
		const text = segment.text.length > MAX_SCAN ? segment.text.slice(0, MAX_SCAN) : segment.text;
		for (const match of text.matchAll(FIELD)) {
			if (fields.length >= MAX_FIELDS) return;
			const raw = match[3] ?? match[4] ?? match[5] ?? '';
			const valueStart = match.index + match[0].length - raw.length - (match[5] === undefined ? 1 : 0);
			const value = unescape(raw);
			fields.push({ key: match[2].toLowerCase(), value, span: spanIn(original, segment, valueStart, valueStart + raw.length) });
			if (!nested && /^\s*[[{]/.test(value)) read({ text: value, offset: -1 }, true);
		}
		for (const match of text.matchAll(XML_ELEMENT)) {
			if (fields.length >= MAX_FIELDS) return;
			const valueStart = match.index + match[0].indexOf(match[2], match[1].length + 2);
			fields.push({ key: match[1].toLowerCase(), value: match[2], span: spanIn(original, segment, valueStart, valueStart + match[2].length) });
		}
	};
	for (const segment of segments) read(segment, false);
	return fields;
};

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

// JSON RFC 8259 §7: escape = "\" ( quote / "\" / "/" / b / f / n / r / t / uXXXX ); Python's \' too.
const unescape = (value: string): string =>
	value.includes('\\')
		? value.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, code: string) =>
				code.length === 5 ? String.fromCharCode(parseInt(code.slice(1), 16)) : (ESCAPES[code] ?? code),
			)
		: value;
