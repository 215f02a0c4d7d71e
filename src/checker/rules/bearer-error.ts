import { pointsAtAuth, verdictOf } from '../signals/vocabulary.ts';
import { defineRule, quote, weights, type Finding } from './define.ts';
import type { Span } from '../types.ts';

/** An RFC 6750 §3.1 error as the resource server stated it: in its Bearer challenge, or in the body or a client's message. */
interface BearerError {
	error?: string;
	description: string;
	scope?: string;
	span?: Span;
	/** The sentence's opening: where the error was said. */
	said: string;
}

// A token refused for its audience or issuer was issued for another API or tenant: the configuration or the request
// changes (which token is asked for, or which issuer is trusted), not the credential. "Invalid Issuer (iss) claim",
// "The audience 'x' is invalid".
const MISADDRESSED = /\b(?:audience|issuer|aud|iss)\b/i;

// Only these two are unambiguous in a body: a body's invalid_request is as often a validation error as an auth one.
const BODY_ERRORS = ['invalid_token', 'insufficient_scope'];

/**
 * RFC 6750 §3.1 error codes, in a Bearer challenge or the response body; a challenge without an error means no
 * usable credential arrived.
 */
export default defineRule({
	id: 'bearer-error',
	sections: ['unauthorized', 'token-expired', 'invalid-scope'],
	reads: ['challenges', 'oauthError', 'oauthProblem', 'status', 'tokenEndpoint', 'platform', 'vocabulary', 'credentials'],
	evaluate: ({ challenges, oauthError, oauthProblem, status, tokenEndpoint, platform, vocabulary, credentials }) => {
		const stated: BearerError[] = challenges
			.filter((challenge) => !challenge.proxy)
			.map(({ params, scheme, span }) => ({
				error: params.error,
				description: params.error_description ?? '',
				scope: params.scope,
				span,
				said: `WWW-Authenticate says ${scheme === 'bearer' ? 'Bearer ' : ''}error="${params.error}"`,
			}));
		// A resource server's error: at the token endpoint the same words are about the grant (token-endpoint-error reads them).
		if (oauthError && oauthError.from !== 'challenge' && BODY_ERRORS.includes(oauthError.code) && !tokenEndpoint && !stated.some((item) => item.error)) {
			stated.push({ error: oauthError.code, description: oauthError.description ?? '', span: oauthError.span, said: `The response says error="${oauthError.code}"` });
		}
		// Many APIs send a bare challenge on every 401: it only means "no credential" when nothing more specific was said.
		const saidMore = Boolean(tokenEndpoint || oauthProblem || platform?.hits.length || vocabulary.some(pointsAtAuth));
		const findings: Finding[] = [];
		for (const { error, description, scope, span, said: where } of stated) {
			const said = `${where}${description ? ` (${quote(description)})` : ''}`;
			if (error === 'invalid_token') {
				// The description read as the vocabulary reads any message, so that a list of causes (RFC 6750's own definition
				// of invalid_token, "invalid, expired, or no longer recognized") names none, as it does anywhere else in a paste.
				const [section, action] = verdictOf(description) ?? [];
				findings.push(
					section === 'token-expired'
						? { span, section: 'token-expired', weight: weights.platform, text: `${said}: the token expired.`, action: 'refresh-token' }
						: MISADDRESSED.test(description)
							? { span, section: 'unauthorized', weight: weights.strong, text: `${said}: the token was issued for another API or issuer.`, action: 'fix-request' }
							: section === 'unauthorized' && action === 'fix-request'
								? { span, section: 'unauthorized', weight: weights.strong, text: `${said}: no usable token arrived.`, action: 'fix-request' }
								: { span, section: 'unauthorized', weight: weights.strong, text: `${said}: the token was rejected.`, action: 'regenerate-credentials' },
				);
			} else if (error === 'insufficient_scope') {
				findings.push({ span, section: 'invalid-scope', weight: weights.platform, text: `${said}${scope ? ` (scope="${scope}")` : ''}: the token lacks a scope.`, action: 'add-scope' });
			} else if (error === 'invalid_request' && !tokenEndpoint) {
				findings.push({ span, section: 'unauthorized', weight: weights.strong, text: `${said}: the request is malformed.`, action: 'fix-request' });
			}
		}
		const bare = challenges.find((challenge) => !challenge.proxy && !challenge.params.error);
		if (!findings.length && bare && status?.code === 401 && !saidMore) {
			const realm = bare.params.realm ? ` realm="${bare.params.realm}"` : '';
			// RFC 6750 §3.1: a Bearer challenge without an error code means the request carried no usable token; Negotiate/NTLM
			// ask for Windows authentication the client did not send. A Basic challenge comes with any failure, sent or not, and
			// so does any challenge to a request the paste shows carrying credentials: they arrived and were refused, unless
			// they were of a scheme the server does not ask for (RFC 9110 §11.6.1).
			const asked = challenges.filter((challenge) => !challenge.proxy).map((challenge) => challenge.scheme);
			const otherScheme = credentials.scheme && !asked.includes(credentials.scheme) ? credentials.scheme : undefined;
			const missing = bare.scheme !== 'basic' && bare.scheme !== 'digest' && !credentials.sent;
			findings.push({
				span: bare.span,
				section: 'unauthorized',
				weight: weights.moderate,
				text: otherScheme
					? `WWW-Authenticate asks for ${asked.join(' or ')}, and the request sent ${otherScheme} credentials.`
					: `WWW-Authenticate: ${bare.scheme}${realm} with no error${missing ? ': no usable credential arrived' : ''}.`,
				action: missing || otherScheme ? 'fix-request' : undefined,
			});
		}
		return findings.slice(0, 1);
	},
});
