import type { Span } from '../types.ts';
import type { SignalContext } from './context.ts';

export interface RateLimitSignal {
	/** A remaining-quota header at zero: strong evidence. */
	exhausted?: { name: string; span?: Span };
	retryAfter?: { value: string; span?: Span };
	/** Some rate-limit header, with quota left or unknown: weak evidence. */
	header?: { name: string; span?: Span };
}

// X-RateLimit-Remaining, X-Rate-Limit-Remaining, RateLimit-Remaining, x-ratelimit-remaining-requests (OpenAI-style),
// X-HubSpot-RateLimit-Remaining, X-Shopify-Shop-Api-Call-Limit is not a remaining count and is left out.
const REMAINING = /^(?:x-)?(?:[\w-]+-)?rate-?limit-remaining(?:-[\w-]+)?$/;
const ANY_LIMIT = /rate-?limit|^retry-after$/;
// draft-ietf-httpapi-ratelimit-headers: RateLimit: "default";r=0;t=30 or RateLimit: limit=10, remaining=0, reset=5
const DRAFT_EXHAUSTED = /(?:^|[;,\s])(?:r|remaining)=0(?:[;,\s]|$)/;

/** Rate-limit headers of the response (or of a printed dict's fields). */
export const rateLimitSignal = (context: SignalContext): RateLimitSignal => {
	const signal: RateLimitSignal = {};
	const fields = context.fields.filter((candidate) => ANY_LIMIT.test(candidate.key));
	const headers = [...context.parsed.exchange.response.headers, ...fields.map(({ key, value, span }) => ({ name: key, value, span }))];
	for (const { name, value, span } of headers) {
		if (name === 'retry-after') signal.retryAfter ??= { value, span };
		else if ((REMAINING.test(name) && /^\s*0+\s*$/.test(value)) || (name === 'ratelimit' && DRAFT_EXHAUSTED.test(value))) signal.exhausted ??= { name, span };
		else if (ANY_LIMIT.test(name)) signal.header ??= { name, span };
	}
	return signal;
};
