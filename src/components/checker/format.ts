/** Words and Markdown for a diagnosis: pure functions, shared by the island's card and its "Copy report". */
import type { Diagnosis, Redaction } from '../../checker/index.ts';
import { actionTitles, confidenceLabel, guideUrl, sectionTitles } from '../../guide.ts';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 31_536_000],
	['month', 2_592_000],
	['week', 604_800],
	['day', 86_400],
	['hour', 3_600],
	['minute', 60],
	['second', 1],
];

const largestUnit = (seconds: number) => units.find(([, length]) => Math.abs(seconds) >= length) ?? units.at(-1)!;

// Intl formatters load their locale data when first built (about 20 ms in Chromium here, the most of a first JWT paste's
// time): each is built once, and the island builds them when it warms the engine (warmFormats).
let relativeFormat: Intl.RelativeTimeFormat | undefined;
const unitFormats = new Map<string, Intl.NumberFormat>();

/** "3 hours ago", "in 20 minutes": `seconds` from the reference point, in the largest whole unit. */
export const relativeTime = (seconds: number): string => {
	const [unit, size] = largestUnit(seconds);
	return (relativeFormat ??= new Intl.RelativeTimeFormat('en')).format(Math.round(seconds / size), unit);
};

/** "2 minutes": a length of time, in the largest whole unit. */
export const duration = (seconds: number): string => {
	const [unit, size] = largestUnit(seconds);
	let format = unitFormats.get(unit);
	if (!format) unitFormats.set(unit, (format = new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' })));
	return format.format(Math.round(Math.abs(seconds) / size));
};

/** Builds the formatters a JWT's claims use, before the first paste that needs them. */
export const warmFormats = (): void => {
	relativeTime(3_600);
	duration(3_600);
};

/** "expired 3 hours ago" / "expires in 20 minutes", relative to `reference` (seconds since the epoch). */
export const expiryPhrase = (exp: number, reference: number): string =>
	`${exp <= reference ? 'expired' : 'expires'} ${relativeTime(exp - reference)}`;

/**
 * The expiry as the server saw it, from the response's `Date` header: worth showing when that clock is more than
 * a minute away from the reader's, since the server decides with its own.
 */
export const expiryAtResponse = (exp: number, responseDate: number | undefined, now: number): string | undefined => {
	if (responseDate === undefined || Math.abs(responseDate - now) <= 60) return undefined;
	return exp <= responseDate
		? `by the response’s Date header it had expired ${duration(responseDate - exp)} earlier`
		: `by the response’s Date header it was still valid for ${duration(exp - responseDate)}`;
};

/** A claim's time as an unambiguous UTC timestamp. */
export const utc = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z').replace('T', ' ');

const EXCERPT = 3000;

/** A Markdown fence longer than any run of backticks inside `text`, so the paste cannot close it. */
const fenceFor = (text: string) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map(([run]) => run.length + 1)));

/** The report "Copy report" puts on the clipboard: the diagnosis and the start of the paste, redacted throughout. */
export function markdownReport(diagnosis: Diagnosis, redact: (text: string) => Redaction): string {
	const platform = diagnosis.platformName;
	const excerpt = diagnosis.redacted.length > EXCERPT ? `${diagnosis.redacted.slice(0, EXCERPT)}\n… (${diagnosis.redacted.length - EXCERPT} more characters)` : diagnosis.redacted;
	const fence = fenceFor(excerpt);
	const lines = [
		`### ${sectionTitles[diagnosis.section]} (${confidenceLabel(diagnosis.confidence)})`,
		'',
		`- **Why:** ${diagnosis.summary}`,
		`- **What to do:** ${actionTitles[diagnosis.action]}`,
		...(platform ? [`- **Platform:** ${platform}`] : []),
		...(diagnosis.status !== null ? [`- **Status:** ${diagnosis.status}`] : []),
		`- **Guide:** ${guideUrl(diagnosis.section, true)}`,
		...(diagnosis.docUrl ? [`- **Vendor docs:** ${diagnosis.docUrl}`] : []),
		...(diagnosis.alternatives.length ? [`- **Also possible:** ${diagnosis.alternatives.map(({ section }) => sectionTitles[section]).join(', ')}`] : []),
		...(diagnosis.evidence.length ? ['', '**Evidence**', '', ...diagnosis.evidence.map((item) => `- ${item.text}`)] : []),
		'',
		'**Paste (secrets redacted)**',
		'',
		fence,
		excerpt,
		fence,
	];
	// Evidence sentences may quote the paste: redact the whole report, not only the excerpt.
	return redact(lines.join('\n')).text;
}
