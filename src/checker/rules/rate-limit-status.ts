import { defineRule, weights } from './define.ts';

export default defineRule({
	id: 'rate-limit-status',
	sections: ['rate-limited'],
	reads: ['status'],
	describe: 'A 429 Too Many Requests is a rate limit (RFC 6585 §4), never an auth failure.',
	evaluate: ({ status }) =>
		status?.code === 429
			? [{ section: 'rate-limited', weight: weights.decisive, text: 'The status is 429 Too Many Requests.', span: status.span, action: 'wait-and-retry' }]
			: [],
});
