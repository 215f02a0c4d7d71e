import { parsePaste } from './parse/index.ts';
import { withPlainQuotes } from './parse/quotes.ts';
import { redact, redactAsRead } from './redact.ts';
import { rules } from './rules/index.ts';
import { score } from './score.ts';
import { computeSignals } from './signals/index.ts';
import type { DiagnoseOptions, Diagnosis, Evidence, PasteFormat } from './types.ts';

// A paste with more than this share of NUL/control characters in its first 4 KB is not text.
const BINARY_SHARE = 0.1;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0e-\x1f]/g;

const isBinary = (text: string): boolean => {
	const head = text.slice(0, 4096);
	return (head.match(CONTROL)?.length ?? 0) > head.length * BINARY_SHARE;
};

const unreadable = (text: string, format: PasteFormat, summary: string): Diagnosis => ({
	section: 'not-auth',
	action: 'none',
	confidence: 0,
	platform: null,
	platformName: null,
	status: null,
	evidence: [],
	alternatives: [],
	format,
	redacted: text,
	summary,
	notes: [],
});

/**
 * Diagnoses a pasted API auth failure: which guide section applies, why (the evidence), on which platform, and what
 * to do. Runs entirely locally; never throws (a paste it cannot read gets a not-auth diagnosis that says so).
 */
export const diagnose = (text: string, options: DiagnoseOptions = {}): Diagnosis => {
	try {
		if (typeof text !== 'string' || !text.trim()) return unreadable('', 'empty', 'Paste a response, a log line or an error message to check it.');
		if (isBinary(text)) return unreadable('', 'binary', 'This looks like binary data, not text: paste the response headers and body as text.');
		return diagnoseText(text, options.now ?? new Date());
	} catch {
		return unreadable(redact(String(text)).text, 'text', 'The checker could not read this paste.');
	}
};

const diagnoseText = (text: string, now: Date): Diagnosis => {
	// Read with plain quotes; show (redacted) as pasted.
	const read = withPlainQuotes(text);
	const parsed = parsePaste(read);
	const signals = computeSignals(read, parsed, now);
	const evidence: Evidence[] = rules.flatMap((rule) => rule.evaluate(signals));
	const verdict = score(evidence);
	const top = verdict.evidence[0];
	// A platform whose errors another service named in the paste sends as its own explains the evidence, not who answered.
	const platform = signals.platform?.named ? signals.platform.platform : undefined;
	return {
		...verdict,
		platform: platform?.slug ?? null,
		platformName: platform?.name ?? null,
		status: signals.status?.code ?? null,
		format: parsed.format,
		redacted: redactAsRead(text, read).text,
		summary: top?.text ?? 'Nothing in the paste points at an authentication problem.',
		token: signals.token?.info,
		docUrl: signals.docUrl,
		notes: [...parsed.notes, ...(signals.token?.notes ?? [])],
	};
};
