import type { ActionId, SectionId } from './sections.ts';

/** Offsets into the ORIGINAL pasted text, end exclusive. */
export interface Span {
	start: number;
	end: number;
}

/** Whether two spans of the paste share any character. */
export const overlaps = (a: Span | undefined, b: Span | undefined): boolean => Boolean(a && b && a.start < b.end && b.start < a.end);

/** One thing the engine saw, as a short sentence, and how much it weighs for a section. */
export interface Evidence {
	rule: string;
	section: SectionId;
	/** 1 weak · 2 moderate · 4 strong · 6 decisive; a section's score is the sum. */
	weight: number;
	text: string;
	span?: Span;
	action?: ActionId;
}

export const pasteFormats = [
	'http1',
	'http2',
	'curl-i',
	'curl-v',
	'har-log',
	'har-entry',
	'devtools-headers',
	'json-body',
	'sdk-error',
	'log',
	'python-dict',
	'node-inspect',
	'status-line',
	'html-page',
	'text',
	'empty',
	'binary',
] as const;
export type PasteFormat = (typeof pasteFormats)[number];

export interface JwtClaims {
	iss?: string;
	aud?: string;
	sub?: string;
	scopes?: string[];
	/** Seconds since the epoch; a value given in milliseconds is normalised and noted. */
	iat?: number;
	exp?: number;
	nbf?: number;
}

/** A token found in the paste, decoded locally. Never verified, never sent anywhere. */
export interface TokenInfo {
	shape: 'jws' | 'jwe' | 'opaque';
	span: Span;
	header?: Record<string, unknown>;
	claims?: JwtClaims;
	/** Seconds since the epoch when the token expired, when it had. */
	expiredAt?: number;
	/** The response's `Date` header, seconds since the epoch. */
	responseDate?: number;
}

export interface Diagnosis {
	section: SectionId;
	action: ActionId;
	/** 0..1, from the winner's score and its margin over the runner-up (see score.ts). */
	confidence: number;
	/** The platform's slug (its page is /platforms/<slug>/), or null when the paste does not say which. */
	platform: string | null;
	/** The platform's name as the vendor writes it, for a view. */
	platformName: string | null;
	status: number | null;
	/** For the chosen section, strongest first. */
	evidence: Evidence[];
	alternatives: { section: SectionId; score: number }[];
	format: PasteFormat;
	redacted: string;
	/** One sentence: why. */
	summary: string;
	token?: TokenInfo;
	/** The vendor's own page for the error code, when it has one. */
	docUrl?: string;
	notes: string[];
}

export interface DiagnoseOptions {
	now?: Date;
}
