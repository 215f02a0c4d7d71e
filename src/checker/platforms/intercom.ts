import { definePlatform } from './define.ts';

// Sources:
// - https://developers.intercom.com/docs/references/rest-api/errors/error-codes/
// - https://developers.intercom.com/docs/references/2.17/rest-api/errors/error-codes (api_plan_restricted, action_forbidden)
// - https://developers.intercom.com/docs/build-an-integration/learn-more/authentication
// - https://developers.intercom.com/docs/references/rest-api/errors/rate-limiting
export const fix = 'Developer Hub → your app → Authentication (access token) and Configure → Permissions; reinstall the app on the workspace after changing permissions';

export default definePlatform({
	slug: 'intercom',
	name: 'Intercom',
	hosts: ['intercom.io', 'intercom.com'],
	// Seen on a real 401 (github.com/intercom/intercom-node/pull/78).
	headers: ['x-intercom-version'],
	codes: {
		token_not_found: ['unauthorized', 'regenerate-credentials'],
		// "The token or API Key is not allowed to access the resource": a permission/extended scope is missing
		// (github.com/intercom/intercom-ruby/issues/323).
		token_unauthorized: ['invalid-scope', 'add-scope'],
		token_revoked: ['unauthorized', 'reauthorize'],
		token_expired: ['token-expired', 'reauthorize'],
		missing_authorization: ['unauthorized', 'fix-request'],
		token_blocked: ['forbidden', 'check-permissions'],
		token_suspended: ['forbidden', 'check-permissions'], // github.com/intercom/intercom-dotnet/issues/109
		action_forbidden: ['forbidden', 'check-permissions'],
		api_plan_restricted: ['forbidden', 'check-permissions'],
		rate_limit_exceeded: ['rate-limited', 'wait-and-retry'],
	},
	messages: {
		'Access Token Invalid': ['unauthorized', 'regenerate-credentials'],
		'Unauthorized token, suspended application': ['forbidden', 'check-permissions'],
		'Not authorized to access resource': ['invalid-scope', 'add-scope'],
	},
});
