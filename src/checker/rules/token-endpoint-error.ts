import type { ActionId, SectionId } from '../sections.ts';
import type { Verdict } from '../platforms/types.ts';
import { invalidCredentials } from '../platforms/verdicts.ts';
import { CREDENTIALS_REJECTED, meaningOf, withoutExamples, type Meaning } from '../signals/vocabulary.ts';
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
 * A grant refused for the credentials or the request, not the consent, whatever the code says: the password grant's
 * invalid_grant (above); an invalid_grant whose description the vocabulary reads as a 401's cause (RFC 6749 §5.2 counts
 * a redirect URI that does not match among its causes: Spring's "Invalid redirect: … does not match one of the
 * registered values"); Keycloak's unauthorized_client for a wrong client secret ("Invalid client secret"); and any
 * description that names the grant refused.
 */
const describedCause = (code: string, description: string, meaning: Meaning | undefined): Verdict | undefined => {
	if (code === 'invalid_grant' && OWNER_CREDENTIALS_REFUSED.test(description)) return invalidCredentials;
	const verdict = meaning?.verdict;
	// A description that names the refused grant (DeviantArt's invalid_request "The refresh_token is invalid.") says what to do.
	if (verdict?.[0] === 'refresh-failed') return verdict;
	if (verdict?.[0] !== 'unauthorized') return undefined;
	// An invalid_grant that only says the token is not valid names no other cause than the grant's refusal.
	if (code === 'invalid_grant') return meaning?.meaning === CREDENTIALS_REJECTED ? undefined : verdict;
	return code === 'unauthorized_client' && verdict[1] === 'regenerate-credentials' ? verdict : undefined;
};

/** An RFC 6749 §5.2 error from the token endpoint: the refresh (or grant) was refused. */
export default defineRule({
	id: 'token-endpoint-error',
	sections: ['refresh-failed', 'unauthorized', 'invalid-scope', 'rate-limited', 'not-auth'],
	reads: ['oauthError', 'tokenEndpoint', 'status', 'credentials'],
	evaluate: ({ oauthError, tokenEndpoint, status, credentials }) => {
		if (!oauthError && tokenEndpoint && (status?.code === 400 || status?.code === 401)) {
			const text = `The token endpoint refused the request with ${status.code}: ${tokenEndpoint.reason}`;
			// RFC 6749 §5.2: a token endpoint answers 401 when the client's own authentication failed (invalid_client). Only
			// an inference from the status, so any wording that names the cause ("Malformed Authorization header") outweighs it.
			return status.code === 401
				? [{ section: 'unauthorized', weight: weights.weak, text: `${text}; a 401 there means the client's credentials were refused.`, span: status.span, action: 'regenerate-credentials' }]
				: [{ section: 'refresh-failed', weight: weights.strong, text: `${text}.`, span: status.span, action: 'reauthorize' }];
		}
		const meaning = oauthError && tokenEndpoint && MEANINGS[oauthError.code];
		if (!oauthError || !tokenEndpoint || !meaning) return [];
		const stated = withoutExamples(oauthError.description ?? '');
		const statedMeaning = meaningOf(stated);
		const statedVerdict = statedMeaning?.verdict;
		const [section, action] = describedCause(oauthError.code, stated, statedMeaning) ?? meaning;
		const described = oauthError.description ? ` (${quote(oauthError.description)})` : '';
		// RFC 6749 §5.2's "no client authentication included": the request shown carries no secret, assertion or Basic header.
		const noClientAuth = oauthError.code === 'invalid_client' && credentials.sent === false;
		// The token endpoint says the request itself lacked something: fix it, no new consent needed. So does a JWT assertion
		// (RFC 7523) the client built with a claim the server refuses ("… listed in the 'exp' claim"), a client authenticating
		// by a method the server does not accept (RFC 6749 §5.2 invalid_client), and any description the vocabulary reads as
		// a request to fix (a PKCE verifier that does not match its challenge). Not a refused scope: the scope requested fixes
		// it, whatever RFC 6749's definition of invalid_scope ("invalid, unknown, or malformed") lists.
		const fixRequest = noClientAuth || /missing|malformed|required param|\bclaim\b|authentication method/i.test(stated) || statedVerdict?.[1] === 'fix-request';
		return [
			{
				section,
				// The generic RFC reading: a platform's documented meaning for the same response (weight 4–5) outranks it.
				weight: weights.firm,
				text: `The token endpoint answered error=${oauthError.code}${described}: ${tokenEndpoint.reason}${noClientAuth ? ', and the request carried no client authentication' : ''}.`,
				span: oauthError.span ?? tokenEndpoint.span,
				action: fixRequest && oauthError.code !== 'invalid_scope' ? 'fix-request' : action,
			},
		];
	},
});
