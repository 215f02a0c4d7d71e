import { definePlatform } from './define.ts';

// Sources:
// - https://developer.paypal.com/api/rest/responses/ (name / message / debug_id / details; AUTHENTICATION_FAILURE, NOT_AUTHORIZED, RATE_LIMIT_REACHED ...)
// - https://developer.paypal.com/api/rest/authentication/ (client credentials at /v1/oauth2/token, access token lifetime)
// - https://developer.paypal.com/api/rest/sandbox/ (api-m.sandbox.paypal.com vs api-m.paypal.com; sandbox and live apps have separate credentials)
// - https://developer.paypal.com/api/rest/reference/rate-limiting/ (429 RATE_LIMIT_REACHED)
export const fix = 'developer.paypal.com → Apps & Credentials: pick Sandbox or Live, copy that app\'s Client ID/Secret, check its Features (e.g. Payouts)';

export default definePlatform({
	slug: 'paypal',
	name: 'PayPal',
	hosts: ['paypal.com'],
	headers: ['paypal-debug-id'],
	codes: {
		AUTHENTICATION_FAILURE: ['unauthorized', 'regenerate-credentials'],
		NOT_AUTHORIZED: ['forbidden', 'check-permissions'],
		PERMISSION_DENIED: ['forbidden', 'check-permissions'],
		AUTHORIZATION_ERROR: ['forbidden', 'check-permissions'],
		RATE_LIMIT_REACHED: ['rate-limited', 'wait-and-retry'],
		UNPROCESSABLE_ENTITY: ['not-auth', 'none'],
		RESOURCE_NOT_FOUND: ['not-auth', 'none'],
	},
	messages: {
		// invalid_client at /v1/oauth2/token, typically sandbox credentials sent to live or the reverse (PayPal-Ruby-SDK#296, PayPal-PHP-SDK#1050).
		'Client Authentication failed': ['wrong-environment', 'switch-environment'],
		'The client credentials are invalid': ['unauthorized', 'regenerate-credentials'],
		'Authentication failed due to invalid authentication credentials': ['unauthorized', 'regenerate-credentials'],
		// Expired access token (go-pay/gopay#348).
		'Access Token not found in cache': ['token-expired', 'refresh-token'],
		'Unable to refresh access token': ['refresh-failed', 'reauthorize'],
	},
	environments: {
		sandbox: { hosts: ['api-m.sandbox.paypal.com', 'api.sandbox.paypal.com', 'www.sandbox.paypal.com'] },
		production: { hosts: ['api-m.paypal.com', 'api.paypal.com'] },
	},
});
