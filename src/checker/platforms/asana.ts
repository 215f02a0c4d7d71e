import { definePlatform } from './define.ts';
import { invalidCredentials, notPermitted, missingScope, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://developers.asana.com/docs/errors ({"errors":[{"message","help","phrase"}]}, 400/401/402/403/404/429)
// - https://developers.asana.com/docs/rate-limits (429, Retry-After)
// - https://developers.asana.com/docs/oauth-scopes ("The following scopes must be present to fulfill this request")
// - https://developers.asana.com/docs/oauth (token endpoint app.asana.com/-/oauth_token)
export const fix = 'My Settings → Apps → Developer console (personal access tokens, OAuth apps and their scopes); workspace Admin console → Apps for app approval';

export default definePlatform({
	slug: 'asana',
	name: 'Asana',
	proseNames: ['Asana'],
	hosts: ['app.asana.com'],
	codes: {
		// Error class names in Asana's client libraries (java-asana, python-asana errors module) for 401/403/402/429.
		NoAuthorizationError: invalidCredentials,
		ForbiddenError: notPermitted,
		PremiumOnlyError: notPermitted,
		RateLimitEnforcedError: rateLimited,
	},
	messages: {
		'The following scopes must be present to fulfill this request': missingScope,
		'You have made too many requests recently': rateLimited,
		'Not a recognized ID': notAuth,
	},
});
