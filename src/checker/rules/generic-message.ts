import { CONNECTION_FAILED, CREDENTIALS_REJECTED, type Strength } from '../signals/vocabulary.ts';
import { overlaps } from '../types.ts';
import { defineRule, fromTokenEndpoint, quote, weights } from './define.ts';

const STRENGTH_WEIGHTS: Record<Strength, number> = { weak: weights.weak, moderate: weights.moderate, explicit: weights.platform };

/** Wording with a documented meaning on any platform ("token expired", "insufficient scope", "rate limit", "ECONNREFUSED"). */
export default defineRule({
	id: 'generic-message',
	sections: ['token-expired', 'refresh-failed', 'unauthorized', 'invalid-scope', 'forbidden', 'rate-limited', 'wrong-environment', 'not-auth'],
	reads: ['vocabulary', 'platform', 'rpcError', 'tokenEndpoint', 'status'],
	evaluate: ({ vocabulary, platform, rpcError, tokenEndpoint, status }) => {
		// An expired token is a rejected one: beside wording that says it expired, "unauthenticated" names no other cause.
		const expired = vocabulary.some((hit) => hit.verdict[0] === 'token-expired');
		// Wording the platform's data or a GraphQL error code (counted as a status) already explains is not counted twice;
		// and a failed connection beside a response's own status line was an earlier attempt (curl -v trying ::1 first).
		return vocabulary
			.filter((hit) => !platform?.hits.some((known) => overlaps(known.span, hit.span)) && !(rpcError?.effectiveStatus && overlaps(rpcError.span, hit.span)))
			.filter((hit) => !(status?.line && hit.meaning === CONNECTION_FAILED) && !(expired && hit.meaning === CREDENTIALS_REJECTED))
			.map((hit) => {
				const [section, action] = fromTokenEndpoint(hit.verdict, tokenEndpoint);
				return {
					section,
					weight: STRENGTH_WEIGHTS[hit.strength],
					text: `The message ${hit.meaning}${section === hit.verdict[0] ? '' : ' (at the token endpoint: the refresh token)'}: ${quote(hit.text)}.`,
					span: hit.span,
					action,
				};
			});
	},
});
