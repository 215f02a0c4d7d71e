import type { Verdict } from '../platforms/types.ts';
import { badRequest, consentRevoked, invalidCredentials, missingScope, notPermitted, rateLimited, refreshRefused, tokenExpired } from '../platforms/verdicts.ts';
import { defineRule, weights } from './define.ts';

// The values of oauth_problem and what each means (OAuth 1.0a's Problem Reporting extension,
// wiki.oauth.net/w/page/12238543/ProblemReporting), grouped by what the guide says to do.
const READINGS: readonly (readonly [Verdict, string, readonly string[]])[] = [
	[badRequest, 'the request is built or signed wrong', ['version_rejected', 'parameter_absent', 'parameter_rejected', 'nonce_used', 'signature_method_rejected', 'signature_invalid']],
	[badRequest, 'its timestamp is refused, so a clock is off', ['timestamp_refused']],
	[invalidCredentials, "the app's consumer key is refused", ['consumer_key_unknown', 'consumer_key_rejected']],
	// "temporarily unacceptable … for example, the Service Provider may be throttling the Consumer"
	[rateLimited, 'the consumer key is throttled for now', ['consumer_key_refused']],
	[consentRevoked, 'the token is used up, revoked or refused, so the user must authorize again', ['token_used', 'token_revoked', 'token_rejected']],
	[tokenExpired, 'the token expired', ['token_expired']],
	[missingScope, 'the token lacks access for this call', ['additional_authorization_required']],
	[notPermitted, 'the user has not permitted this app', ['permission_unknown', 'permission_denied']],
	[refreshRefused, 'the user refused to authorize the app', ['user_refused']],
];

/** An OAuth 1.0a service provider's problem report (oauth_problem=token_rejected): the standard names the cause. */
export default defineRule({
	id: 'oauth-problem',
	sections: ['unauthorized', 'token-expired', 'refresh-failed', 'invalid-scope', 'forbidden', 'rate-limited'],
	reads: ['oauthProblem'],
	evaluate: ({ oauthProblem }) => {
		const reading = oauthProblem && READINGS.find(([, , problems]) => problems.includes(oauthProblem.problem));
		if (!reading) return [];
		const [[section, action], means] = reading;
		return [{ section, action, weight: weights.strong, text: `The OAuth 1.0a problem report says ${oauthProblem.problem}: ${means}.`, span: oauthProblem.span }];
	},
});
