import { defineRule, weights } from './define.ts';

/** A 429 Too Many Requests is a rate limit (RFC 6585 §4), never an auth failure. */
export default defineRule({
	id: 'rate-limit-status',
	sections: ['rate-limited'],
	reads: ['status'],
	evaluate: ({ status }) =>
		status?.code === 429
			? [{ section: 'rate-limited', weight: weights.decisive, text: 'The status is 429 Too Many Requests.', span: status.span, action: 'wait-and-retry' }]
			: [],
});
