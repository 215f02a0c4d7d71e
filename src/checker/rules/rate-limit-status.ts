import { OUT_OF_CREDIT } from '../signals/vocabulary.ts';
import { defineRule, weights } from './define.ts';

/**
 * A 429 Too Many Requests is a rate limit (RFC 6585 §4), never an auth failure; unless the message says the account is
 * out of credit, which OpenAI answers with 429 too (insufficient_quota) and no wait fixes.
 */
export default defineRule({
	id: 'rate-limit-status',
	sections: ['rate-limited'],
	reads: ['status', 'vocabulary'],
	evaluate: ({ status, vocabulary }) =>
		status?.code === 429 && !vocabulary.some((hit) => hit.meaning === OUT_OF_CREDIT)
			? [{ section: 'rate-limited', weight: weights.decisive, text: 'The status is 429 Too Many Requests.', span: status.span, action: 'wait-and-retry' }]
			: [],
});
