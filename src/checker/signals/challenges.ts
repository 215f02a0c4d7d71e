import type { Span } from '../types.ts';
import { parseChallenges, type Challenge } from './challenge.ts';
import { responseHeader, type SignalContext } from './context.ts';

export interface ChallengeSignal extends Challenge {
	/** From Proxy-Authenticate (RFC 9110 §11.7.1) rather than WWW-Authenticate. */
	proxy: boolean;
	/** The header value as sent, for evidence sentences. */
	raw: string;
	span?: Span;
}

/** Every challenge in the response's WWW-Authenticate and Proxy-Authenticate fields. */
export const challengeSignals = (context: SignalContext): ChallengeSignal[] =>
	(['www-authenticate', 'proxy-authenticate'] as const).flatMap((name) =>
		responseHeader(context, name).flatMap((header) =>
			parseChallenges(header.value).map((challenge) => ({ ...challenge, proxy: name === 'proxy-authenticate', raw: header.value, span: header.span })),
		),
	);
