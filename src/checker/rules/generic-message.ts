import type { Strength } from '../signals/vocabulary.ts';
import type { Span } from '../types.ts';
import { defineRule, quote, weights } from './define.ts';

const STRENGTH_WEIGHTS: Record<Strength, number> = { weak: weights.weak, moderate: weights.moderate, explicit: weights.platform };

const overlaps = (a: Span | undefined, b: Span | undefined): boolean => Boolean(a && b && a.start < b.end && b.start < a.end);

/** Wording with a documented meaning on any platform ("token expired", "insufficient scope", "rate limit"). */
export default defineRule({
	id: 'generic-message',
	sections: ['token-expired', 'unauthorized', 'invalid-scope', 'forbidden', 'rate-limited', 'wrong-environment'],
	reads: ['vocabulary', 'platform', 'rpcError'],
	evaluate: ({ vocabulary, platform, rpcError }) =>
		// Wording the platform's data or a GraphQL error code (counted as a status) already explains is not counted twice.
		vocabulary.filter((hit) => !platform?.hits.some((known) => overlaps(known.span, hit.span)) && !(rpcError?.effectiveStatus && overlaps(rpcError.span, hit.span))).map((hit) => ({
			section: hit.verdict[0],
			weight: STRENGTH_WEIGHTS[hit.strength],
			text: `The message ${hit.meaning}: ${quote(hit.text)}.`,
			span: hit.span,
			action: hit.verdict[1],
		})),
});
