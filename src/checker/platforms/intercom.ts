import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, consentRevoked, notPermitted, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://developers.intercom.com/docs/references/rest-api/errors/error-codes/
// - https://developers.intercom.com/docs/references/2.17/rest-api/errors/error-codes (api_plan_restricted, action_forbidden)
// - https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
// - https://developers.intercom.com/docs/references/rest-api/errors/rate-limiting
export const fix = 'Developer Hub → your app → Authentication (access token) and Configure → Permissions; reinstall the app on the workspace after changing permissions';

export default definePlatform({
	slug: 'intercom',
	name: 'Intercom',
	proseNames: ['Intercom'],
	hosts: ['intercom.io', 'intercom.com'],
	// Seen on a real 401 (github.com/intercom/intercom-node/pull/78).
	headers: ['x-intercom-version'],
	codes: {
		token_not_found: invalidCredentials,
		// "The token or API Key is not allowed to access the resource": a permission/extended scope is missing
		// (github.com/intercom/intercom-ruby/issues/323).
		token_unauthorized: missingScope,
		token_revoked: consentRevoked,
		token_expired: ['token-expired', 'reauthorize'],
		missing_authorization: badRequest,
		token_blocked: notPermitted,
		token_suspended: notPermitted, // github.com/intercom/intercom-dotnet/issues/109
		action_forbidden: notPermitted,
		api_plan_restricted: notPermitted,
		rate_limit_exceeded: rateLimited,
	},
	messages: {
		'Access Token Invalid': invalidCredentials,
		'Unauthorized token, suspended application': notPermitted,
		'Not authorized to access resource': missingScope,
	},
});
