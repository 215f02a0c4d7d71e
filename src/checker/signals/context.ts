import type { Header } from '../parse/exchange.ts';
import type { Field } from '../parse/fields.ts';
import type { ParsedPaste } from '../parse/index.ts';
import type { Span } from '../types.ts';
import type { Scan } from './scan.ts';

/** What every signal module reads: the parsed paste, its fields, the text scan, and the time to compare tokens with. */
export interface SignalContext {
	original: string;
	parsed: ParsedPaste;
	fields: Field[];
	scan: Scan;
	/** Seconds since the epoch. */
	now: number;
}

export interface Located {
	value: string;
	span?: Span;
}

/**
 * Values of a response header, from the parsed headers or, for pastes without them (printed dicts, logs), from a
 * key/value field of the same name.
 */
export const responseHeader = (context: SignalContext, name: string): Located[] => {
	const headers: Header[] = context.parsed.exchange.response.headers.filter((header) => header.name === name);
	if (headers.length) return headers;
	// Some tools print header names in snake_case (Ansible's uri module: x_gitlab_meta).
	const snake = name.replaceAll('-', '_');
	return context.fields.filter((field) => field.key === name || field.key === snake);
};

export const requestHeader = (context: SignalContext, name: string): Located | undefined =>
	context.parsed.exchange.request?.headers.find((header) => header.name === name) ?? context.fields.find((field) => field.key === name);

/** The first field with one of these keys. */
export const field = (context: SignalContext, ...keys: string[]): Located | undefined => context.fields.find((candidate) => keys.includes(candidate.key));
