import type { Span } from '../types.ts';
import type { ChallengeSignal } from './challenges.ts';
import { field, type SignalContext } from './context.ts';
import { findWord } from './scan.ts';

/** An OAuth error code: RFC 6749 §5.2 (token endpoint), RFC 6750 §3.1 (resource server), or OpenID Connect. */
export interface OAuthErrorSignal {
	code: string;
	description?: string;
	span?: Span;
	from: 'body' | 'challenge' | 'text';
}

// RFC 6749 §5.2, RFC 6750 §3.1, OpenID Connect Core §3.1.2.6, RFC 8628 §3.5: standard, so any server may send them.
export const OAUTH_CODES = [
	'invalid_request',
	'invalid_client',
	'invalid_grant',
	'unauthorized_client',
	'unsupported_grant_type',
	'invalid_scope',
	'invalid_token',
	'insufficient_scope',
	'access_denied',
	'consent_required',
	'interaction_required',
	'login_required',
	'authorization_pending',
	'slow_down',
	'expired_token',
];
/**
 * Codes only an authorization server sends, recognisable even as a bare word in a log line: RFC 6749 §5.2 token endpoint
 * errors, OpenID Connect Core §3.1.2.6's (the user must sign in or consent again), and RFC 8628 §3.5's device flow ones
 * (not its expired_token, which many APIs also send for an expired access token).
 */
export const AUTHORIZATION_SERVER_CODES = [
	'invalid_grant',
	'invalid_client',
	'unauthorized_client',
	'unsupported_grant_type',
	// a requested scope the authorization server refuses; a resource server says insufficient_scope (RFC 6750 §3.1)
	'invalid_scope',
	'consent_required',
	'interaction_required',
	'login_required',
	'authorization_pending',
	'slow_down',
];

/** The OAuth error the response carries, from its body, its Bearer challenge, or a client library's message. */
export const oauthErrorSignal = (context: SignalContext, challenges: ChallengeSignal[]): OAuthErrorSignal | undefined => {
	const error = context.fields.find((candidate) => candidate.key === 'error' && OAUTH_CODES.includes(candidate.value));
	if (error) return { code: error.value, description: field(context, 'error_description')?.value, span: error.span, from: 'body' };
	const challenge = challenges.find((candidate) => candidate.params.error);
	if (challenge) return { code: challenge.params.error, description: challenge.params.error_description, span: challenge.span, from: 'challenge' };
	for (const code of [...AUTHORIZATION_SERVER_CODES, 'invalid_token', 'insufficient_scope']) {
		const hit = findWord(context.scan, code);
		// A client library's message: "unauthorized_client: Missing valid authorization header"
		const description = hit?.span && /^[:,\s-]+([^\n]{1,200})/.exec(context.original.slice(hit.span.end, hit.span.end + 210))?.[1];
		if (hit) return { code, span: hit.span, from: 'text', description: description || undefined };
	}
	return undefined;
};
