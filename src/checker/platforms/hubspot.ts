import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, tokenExpired, refreshRefused, missingScope, rateLimited, notAuth, wrongEnvironment } from './verdicts.ts';

// Sources:
// - https://developers.hubspot.com/docs/faq/api-error-responses (error body shape: status, message, category, correlationId)
// - https://developers.hubspot.com/changelog/improvements-to-authentication-errors-for-v3-endpoints-in-developer-preview-program
// - https://developers.hubspot.com/changelog/upcoming-changes-to-error-responses (category, e.g. RATE_LIMITS)
// - https://developers.hubspot.com/docs/api/usage-details (rate limits, X-HubSpot-RateLimit-* headers)
// - https://developers.hubspot.com/docs/api/oauth/tokens
export const fix = 'Settings → Integrations → Private Apps (token, scopes); developer account → app → Auth (scopes, client secret); Connected Apps for installs';

export default definePlatform({
	slug: 'hubspot',
	name: 'HubSpot',
	proseNames: ['HubSpot', 'Hubspot'],
	hosts: ['hubapi.com', 'hubspot.com'],
	// x-hubspot-auth-failure and x-hubspot-correlation-id seen on a real 401 (github.com/HubSpot/hubspot-api-ruby/issues/181).
	// The granular scopes a call needs, listed in its 403 body: "requiredGranularScopes" (scopes guide); and the error body
	// itself, which carries a correlationId beside its category (api-error-responses), in either order.
	signature: /"requiredgranularscopes"\s{0,4}:|"correlationid"\s{0,4}:[\s\S]{0,400}?"category"\s{0,4}:|"category"\s{0,4}:[\s\S]{0,400}?"correlationid"\s{0,4}:/,
	headers: ['x-hubspot-correlation-id', 'x-hubspot-auth-failure', 'x-hubspot-ratelimit-remaining', 'x-hubspot-ratelimit-max', 'x-hubspot-ratelimit-daily-remaining'],
	codes: {
		INVALID_AUTHENTICATION: invalidCredentials,
		// category on a 401 for an expired OAuth token (github.com/supaglue-labs/supaglue/issues/244).
		EXPIRED_AUTHENTICATION: tokenExpired,
		// github.com/HubSpot/hubspot-api-nodejs/issues/268
		MISSING_SCOPES: missingScope,
		RATE_LIMITS: rateLimited,
		// errorType / policyName on 429s (github.com/HGData/mk-node-hubspot/pull/84).
		RATE_LIMIT: rateLimited,
		SECONDLY: rateLimited,
		TEN_SECONDLY_ROLLING: rateLimited,
		// status on a 400 from /oauth/v1/token (github.com/HGData/mk-node-hubspot/issues/64).
		BAD_REFRESH_TOKEN: refreshRefused,
		// github.com/HubSpot/hubspot-api-python/issues/115
		EXPIRED_AUTH_CODE: refreshRefused,
		VALIDATION_ERROR: notAuth,
	},
	messages: {
		'The OAuth token used to make this call expired': tokenExpired,
		// An account that lives in another data centre (hublet, e.g. EU1) than the one the request reached
		// (HubSpot/hubspot-cms-deploy-action#26).
		'is unknown to this Hublet': wrongEnvironment,
		'Authentication credentials not found': badRequest,
		"hasn't been granted all required scopes": missingScope,
		// The install URL asks for other scopes than the app is configured with (n8n-io/n8n#23204).
		'mismatch between the scopes in the install URL': missingScope,
		'You have reached your secondly limit': rateLimited,
		'missing or unknown refresh token': refreshRefused,
	},
});
