import type { SectionId } from '../sections.ts';
import { defineRule, quote, weights } from './define.ts';

// The sections a problem's own status member points at (RFC 9457 §3.1.3).
const SECTIONS: Record<number, SectionId> = { 401: 'unauthorized', 403: 'forbidden', 429: 'rate-limited' };

/** An RFC 9457 problem details body whose status member names an auth or rate-limit failure (and agrees with the HTTP status). */
export default defineRule({
	id: 'problem-details',
	sections: ['unauthorized', 'forbidden', 'rate-limited'],
	reads: ['problem', 'status'],
	evaluate: ({ problem, status }) => {
		const section = problem?.status !== undefined ? SECTIONS[problem.status] : undefined;
		if (!problem || !section || (status && status.code !== problem.status)) return [];
		const said = problem.title ?? problem.detail ?? problem.type ?? '';
		return [{ section, weight: weights.weak, text: `The problem details body has status ${problem.status}${said ? `: ${quote(said)}` : ''}.`, span: problem.span }];
	},
});
