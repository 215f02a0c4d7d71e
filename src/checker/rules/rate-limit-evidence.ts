import { defineRule, weights, type Finding } from './define.ts';

/** Rate-limit headers on a 401/403/5xx: a remaining quota of 0, or Retry-After. */
export default defineRule({
	id: 'rate-limit-evidence',
	sections: ['rate-limited'],
	reads: ['rateLimit', 'status'],
	evaluate: ({ rateLimit, status }) => {
		const findings: Finding[] = [];
		if (status?.code === 429) return findings;
		if (rateLimit.exhausted) {
			findings.push({ section: 'rate-limited', weight: weights.strong, text: `${rateLimit.exhausted.name} is 0: the quota is used up.`, span: rateLimit.exhausted.span, action: 'wait-and-retry' });
		}
		if (rateLimit.retryAfter && (status?.code ?? 0) >= 400) {
			findings.push({ section: 'rate-limited', weight: weights.moderate, text: `Retry-After: ${rateLimit.retryAfter.value} asks the client to wait.`, span: rateLimit.retryAfter.span, action: 'wait-and-retry' });
		}
		return findings;
	},
});
