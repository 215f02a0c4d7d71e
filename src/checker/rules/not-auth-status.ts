import type { Signals } from '../signals/index.ts';
import { pointsAtAuth } from '../signals/vocabulary.ts';
import { defineRule, weights, type Finding } from './define.ts';

/** The platform's own documented auth error code or message: a 2xx that carries one did not succeed (Zoho, Slack answer 200). */
const platformAuthError = (signals: Signals): boolean => Boolean(signals.platform?.hits.some((hit) => hit.verdict[0] !== 'not-auth'));

/** Anything in the paste that points at authentication, which keeps a 4xx from being read as a plain validation error. */
const hasAuthEvidence = (signals: Signals): boolean =>
	Boolean(
		signals.oauthError ||
			signals.tokenEndpoint ||
			signals.rpcError ||
			signals.scopes ||
			signals.challenges.some((challenge) => challenge.params.error) ||
			signals.vocabulary.some(pointsAtAuth) ||
			platformAuthError(signals),
	);

// RFC 6749's own codes for a server's failure (§4.1.2.1): any other code from the token endpoint is a refusal, sent as a
// 400 or 401 (§5.2), so a 5xx printed beside it is a wrapper's ("Error code: 500 Error: unauthorized_client : …").
const SERVER_FAILURES = ['server_error', 'temporarily_unavailable'];

// RFC 9110 §15.5: client errors about the request itself, not its credentials ...
const VALIDATION_STATUSES = [400, 405, 406, 411, 413, 414, 415, 422];
// ... and about the resource's state, where the request was fine.
const STATE_STATUSES = [409, 410, 412];

/** Success, 404, 5xx and validation errors without any auth wording are not authentication problems. */
export default defineRule({
	id: 'not-auth-status',
	sections: ['not-auth'],
	reads: ['status', 'oauthError', 'tokenEndpoint', 'rpcError', 'scopes', 'challenges', 'vocabulary', 'platform'],
	evaluate: (signals) => {
		const code = signals.status?.code;
		const span = signals.status?.span;
		const auth = hasAuthEvidence(signals);
		// The action is always "none": nothing to fix on the auth side. The sentence says what to check instead.
		const finding = (weight: number, text: string): Finding[] => [{ section: 'not-auth', weight, text, span, action: 'none' }];
		if (code === undefined) return auth ? [] : finding(weights.weak, 'No status and nothing that points at authentication.');
		if (code < 400 && !signals.rpcError && !signals.oauthError && !platformAuthError(signals)) return finding(weights.decisive, `The status is ${code}: the request succeeded.`);
		const refused = signals.tokenEndpoint && signals.oauthError && !SERVER_FAILURES.includes(signals.oauthError.code);
		if (code >= 500 && !refused) return finding(weights.platform, `The status is ${code}: a server-side failure, not a credential problem.`);
		if (code === 404) return finding(weights.strong, 'The status is 404 Not Found: check the URL and the resource ID before the credentials.');
		if (STATE_STATUSES.includes(code) && !auth) return finding(weights.firm, `The status is ${code}: the resource's state, not the credentials.`);
		if (VALIDATION_STATUSES.includes(code) && !auth) return finding(weights.firm, `The status is ${code} with no auth wording: a request validation error; fix the request's parameters.`);
		return [];
	},
});
