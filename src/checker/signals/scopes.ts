import type { Span } from '../types.ts';
import type { ChallengeSignal } from './challenges.ts';
import { field, responseHeader, type SignalContext } from './context.ts';
import type { TokenSignal } from './token.ts';

/** Scopes the response says the call needed, against those the token had. */
export interface ScopeSignal {
	needed: string[];
	granted?: string[];
	/** Needed scopes the token lacks; when `granted` is unknown, all of `needed`. */
	missing: string[];
	/** Where the needed scopes came from, as a noun phrase for the evidence sentence. */
	source: string;
	span?: Span;
}

const split = (value: string): string[] => value.split(/[\s,]+/).filter(Boolean);

/**
 * GitHub X-Accepted-OAuth-Scopes vs X-OAuth-Scopes (any one accepted scope suffices), Slack `needed`/`provided`,
 * Dropbox `required_scope`, an RFC 6750 §3 insufficient_scope challenge's `scope`; granted scopes from the JWT.
 */
export const scopeSignal = (context: SignalContext, challenges: ChallengeSignal[], token: TokenSignal | undefined): ScopeSignal | undefined => {
	const accepted = responseHeader(context, 'x-accepted-oauth-scopes')[0];
	const challenge = challenges.find((candidate) => candidate.params.error === 'insufficient_scope' && candidate.params.scope);
	const named = (source: string, ...keys: string[]) => {
		const found = field(context, ...keys);
		return found && { value: found.value, span: found.span, source };
	};
	const needed =
		(accepted?.value ? { value: accepted.value, span: accepted.span, source: 'X-Accepted-OAuth-Scopes' } : undefined) ??
		named('the "needed" field', 'needed') ??
		named('the "required_scope" field', 'required_scope', 'required_scopes') ??
		(challenge && { value: challenge.params.scope, span: challenge.span, source: 'the insufficient_scope challenge' });
	if (!needed) return undefined;
	const grantedText = responseHeader(context, 'x-oauth-scopes')[0]?.value ?? field(context, 'provided')?.value;
	const granted = grantedText !== undefined ? split(grantedText) : token?.info.claims?.scopes;
	const neededScopes = split(needed.value);
	const anyAccepted = accepted !== undefined && granted?.some((scope) => neededScopes.includes(scope));
	const missing = anyAccepted ? [] : neededScopes.filter((scope) => !granted?.includes(scope));
	return { needed: neededScopes, granted, missing, source: needed.source, span: needed.span };
};
