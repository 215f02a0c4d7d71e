import type { ActionId, SectionId } from '../sections.ts';
import { verdictOf } from '../signals/vocabulary.ts';
import { defineRule, quote, weights } from './define.ts';

// RFC 6749 §5.2 codes (and OpenID Connect's) at the token endpoint, and what each means for the guide.
const MEANINGS: Record<string, [SectionId, ActionId]> = {
	invalid_grant: ['refresh-failed', 'reauthorize'],
	// The client's own id/secret were refused: new client credentials fix it, not a new consent.
	invalid_client: ['unauthorized', 'regenerate-credentials'],
	// The client may not use this grant type (RFC 6749 §5.2): the app's configuration or the request changes, not the consent.
	unauthorized_client: ['refresh-failed', 'fix-request'],
	access_denied: ['refresh-failed', 'reauthorize'],
	consent_required: ['refresh-failed', 'reauthorize'],
	interaction_required: ['refresh-failed', 'reauthorize'],
	login_required: ['refresh-failed', 'reauthorize'],
	unsupported_grant_type: ['refresh-failed', 'fix-request'],
	invalid_request: ['refresh-failed', 'fix-request'],
	invalid_scope: ['invalid-scope', 'add-scope'],
	// At the token endpoint the token refused is the grant presented (Keycloak's REFRESH_TOKEN_ERROR, error=invalid_token).
	invalid_token: ['refresh-failed', 'reauthorize'],
	// RFC 8628 §3.5, the device flow: the user has not approved yet (keep polling), poll more slowly, or start over.
	authorization_pending: ['not-auth', 'none'],
	slow_down: ['rate-limited', 'wait-and-retry'],
	expired_token: ['refresh-failed', 'reauthorize'],
};

// RFC 6749 §4.3, the password grant: its invalid_grant is the user's own credentials refused (Salesforce's
// "authentication failure", Keycloak's "Invalid user credentials"), which new credentials fix, not a new consent.
const OWNER_CREDENTIALS_REFUSED = /\bauthentication failure\b|\binvalid (?:user(?:name)? )?(?:credentials|password)\b|\binvalid username or password\b/i;

/**
 * A grant or client refused for its credentials, whatever the code says: the password grant's invalid_grant (above), and
 * a description that says the credentials were rejected, which Keycloak sends with unauthorized_client for a wrong client
 * secret ("Invalid client secret").
 */
const credentialsRefused = (code: string, description: string): boolean => {
	if (code === 'invalid_grant' && OWNER_CREDENTIALS_REFUSED.test(description)) return true;
	const [section, action] = verdictOf(description) ?? [];
	return ['invalid_grant', 'unauthorized_client'].includes(code) && section === 'unauthorized' && action === 'regenerate-credentials';
};

/** An RFC 6749 §5.2 error from the token endpoint: the refresh (or grant) was refused. */
export default defineRule({
	id: 'token-endpoint-error',
	sections: ['refresh-failed', 'unauthorized', 'invalid-scope', 'rate-limited', 'not-auth'],
	reads: ['oauthError', 'tokenEndpoint', 'status', 'credentials'],
	evaluate: ({ oauthError, tokenEndpoint, status, credentials }) => {
		if (!oauthError && tokenEndpoint && (status?.code === 400 || status?.code === 401)) {
			return [{ section: 'refresh-failed', weight: weights.strong, text: `The token endpoint refused the request with ${status.code}: ${tokenEndpoint.reason}.`, span: status.span, action: 'reauthorize' }];
		}
		const meaning = oauthError && tokenEndpoint && MEANINGS[oauthError.code];
		if (!oauthError || !tokenEndpoint || !meaning) return [];
		const [section, action] = credentialsRefused(oauthError.code, oauthError.description ?? '') ? (['unauthorized', 'regenerate-credentials'] as const) : meaning;
		const described = oauthError.description ? ` (${quote(oauthError.description)})` : '';
		// RFC 6749 §5.2's "no client authentication included": the request shown carries no secret, assertion or Basic header.
		const noClientAuth = oauthError.code === 'invalid_client' && credentials.sent === false;
		return [
			{
				section,
				// The generic RFC reading: a platform's documented meaning for the same response (weight 4–5) outranks it.
				weight: weights.firm,
				text: `The token endpoint answered error=${oauthError.code}${described}: ${tokenEndpoint.reason}${noClientAuth ? ', and the request carried no client authentication' : ''}.`,
				span: oauthError.span ?? tokenEndpoint.span,
				// The token endpoint says the request itself lacked something: fix it, no new consent needed.
				// So does a JWT assertion (RFC 7523) the client built with a claim the server refuses ("… listed in the 'exp' claim").
				// As is a client authenticating by a method the server does not accept (RFC 6749 §5.2 invalid_client).
				action: noClientAuth || /missing|malformed|required param|\bclaim\b|authentication method/i.test(oauthError.description ?? '') ? 'fix-request' : action,
			},
		];
	},
});
