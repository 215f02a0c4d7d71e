import { escapeRegExp, spanIn, type Segment } from '../parse/exchange.ts';
import type { Span } from '../types.ts';

/** Only this much of each segment is searched for words and phrases. */
const MAX_SCAN = 262_144;

/** The paste's text as the signals search it: capped segments, with a lower-cased copy for case-insensitive phrases. */
export interface Scan {
	original: string;
	segments: Segment[];
	lower: string[];
	/** Every run of word characters, lower-cased: a phrase or code whose words are not all here cannot match. */
	lowerWords: Set<string>;
	/** The same words joined by spaces: a word-character needle occurs in the text exactly when it occurs here, a shorter search. */
	wordText: string;
}

const WORD = /\w+/g;

/** The complete words of a phrase: its first and last are complete only when the phrase does not start or end mid-word. */
export const innerWords = (phrase: string): string[] => {
	const words = phrase.match(WORD) ?? [];
	if (/^\w/.test(phrase)) words.shift();
	if (/\w$/.test(phrase)) words.pop();
	return words;
};

export interface Hit {
	text: string;
	span?: Span;
}

export const createScan = (original: string, segments: Segment[]): Scan => {
	const capped = segments.map((segment) => (segment.text.length > MAX_SCAN ? { ...segment, text: segment.text.slice(0, MAX_SCAN) } : segment));
	const lower = capped.map((segment) => segment.text.toLowerCase());
	const lowerWords = new Set(lower.flatMap((text) => text.match(WORD) ?? []));
	return { original, segments: capped, lower, lowerWords, wordText: [...lowerWords].join(' ') };
};

/**
 * First case-insensitive occurrence of a phrase, also where the paste wraps it across lines (HTML error pages, logs);
 * pass it lower-cased already when calling in a hot loop.
 */
export const findPhrase = (scan: Scan, phrase: string, lowered = false): Hit | undefined => {
	const needle = lowered ? phrase : phrase.toLowerCase();
	for (let index = 0; index < scan.lower.length; index++) {
		const at = scan.lower[index].indexOf(needle);
		if (at >= 0) return hitAt(scan, index, at, at + needle.length);
	}
	return needle.includes(' ') ? findPattern(scan, wrapped(needle)) : undefined;
};

const wrappedPatterns = new Map<string, RegExp>();
/** The phrase with each space allowed to be any run of whitespace, as a wrapped line prints it. */
const wrapped = (needle: string): RegExp => {
	let pattern = wrappedPatterns.get(needle);
	if (!pattern) wrappedPatterns.set(needle, (pattern = new RegExp(escapeRegExp(needle).replaceAll(' ', '\\s{1,40}'))));
	return pattern;
};

const isWordChar = (code: number): boolean =>
	(code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;

/** First case-sensitive occurrence of a code as a whole word (not inside a longer identifier). */
export const findWord = (scan: Scan, word: string): Hit | undefined => {
	for (let index = 0; index < scan.segments.length; index++) {
		const text = scan.segments[index].text;
		for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			if (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + word.length))) return hitAt(scan, index, at, at + word.length);
		}
	}
	return undefined;
};

/** First match of a (case-insensitive, non-global) pattern in the lower-cased text. */
export const findPattern = (scan: Scan, pattern: RegExp): Hit | undefined => {
	for (const [index, lower] of scan.lower.entries()) {
		const match = pattern.exec(lower);
		if (match) return hitAt(scan, index, match.index, match.index + match[0].length);
	}
	return undefined;
};

const hitAt = (scan: Scan, index: number, start: number, end: number): Hit => {
	const segment = scan.segments[index];
	return { text: segment.text.slice(start, end), span: spanIn(scan.original, segment, start, end) };
};
