import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, consentRevoked, notPermitted, tokenExpired, refreshRefused, missingScope, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://api.slack.com/web#evaluating_responses (HTTP 200 with {"ok":false,"error":"..."})
// - https://api.slack.com/methods/auth.test (invalid_auth, not_authed, account_inactive, token_revoked, token_expired, no_permission, ekm_access_denied, not_allowed_token_type)
// - https://api.slack.com/docs/rate-limits (429 with Retry-After, error "ratelimited")
// - https://api.slack.com/authentication/rotation (12-hour access tokens, token_expired, invalid_refresh_token)
// - https://api.slack.com/methods/oauth.v2.access
// - https://api.slack.com/concepts/token-types (xoxb- bot, xoxp- user, xapp- app-level, xoxe- rotating tokens)
export const fix = 'api.slack.com/apps → your app → OAuth & Permissions (scopes, reinstall to workspace, token rotation)';

export default definePlatform({
	slug: 'slack',
	name: 'Slack',
	// slacker, the long-lived Python client: slacker.Error: missing_scope (alexwlchan/backup-slack#4).
	spellings: ['slacker'],
	hosts: ['slack.com'],
	// Every Web API answer is {"ok": false, "error": "…"} on failure, as JSON or a printed dict (Python 2's u'' strings too)
	credentialPrefixes: ['xoxa-', 'xoxb-', 'xoxe-', 'xoxo-', 'xoxp-', 'xoxr-', 'xoxs-', 'xapp-'],
	// and @slack/web-api's platform error, which names Slack's snake_case code: "An API error occurred: missing_scope".
	signature: /["']ok["']\s{0,4}:\s{0,4}false\s{0,4},\s{0,4}u?["']error["']\s{0,4}:|\ban api error occurred: [a-z]+_[a-z_]+/,
	headers: ['x-slack-req-id'],
	codes: {
		invalid_auth: invalidCredentials,
		not_authed: badRequest,
		account_inactive: consentRevoked,
		// github.com/metabase/metabase/issues/4852
		token_revoked: consentRevoked,
		token_expired: tokenExpired,
		// A valid token of the wrong type for the method (a bot token where a user token is needed): not permitted, and
		// the request changes to send the other token.
		not_allowed_token_type: ['forbidden', 'fix-request'],
		invalid_refresh_token: refreshRefused,
		// with needed/provided fields (github.com/DataDog/slapr/pull/47)
		missing_scope: missingScope,
		no_permission: notPermitted,
		ekm_access_denied: notPermitted,
		team_access_not_granted: notPermitted,
		ratelimited: rateLimited,
		// chat.postMessage: "Members on this team are sending too many messages" (api.slack.com/methods/chat.postMessage).
		message_limit_exceeded: rateLimited,
		// and "Cannot post user messages to a channel they are not in": the bot must be invited, or hold chat:write.public.
		not_in_channel: notPermitted,
		// Incoming webhooks spell it with an underscore (api.slack.com/messaging/webhooks)
		rate_limited: rateLimited,
		// "Value passed for channel was invalid": a name where an id belongs, or a channel the token cannot see
		channel_not_found: notAuth,
	},
});
