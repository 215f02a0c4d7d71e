import { definePlatform } from './define.ts';
import { invalidCredentials, notPermitted, tokenExpired, refreshRefused, missingScope, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://developer.paypal.com/api/rest/responses/ (name / message / debug_id / details; AUTHENTICATION_FAILURE, NOT_AUTHORIZED, RATE_LIMIT_REACHED ...)
// - https://developer.paypal.com/api/rest/authentication/ (client credentials at /v1/oauth2/token, access token lifetime)
// - https://developer.paypal.com/api/rest/sandbox/ (api-m.sandbox.paypal.com vs api-m.paypal.com; sandbox and live apps have separate credentials)
// - https://developer.paypal.com/api/rest/reference/rate-limiting/ (429 RATE_LIMIT_REACHED)
export const fix = 'developer.paypal.com → Apps & Credentials: pick Sandbox or Live, copy that app\'s Client ID/Secret, check its Features (e.g. Payouts)';

export default definePlatform({
	slug: 'paypal',
	name: 'PayPal',
	proseNames: ['PayPal'],
	// As apps spell it in class names: "Paypal\Exceptions\PaypalRequestError" (Laracom).
	spellings: ['Paypal'],
	hosts: ['paypal.com'],
	headers: ['paypal-debug-id'],
	codes: {
		AUTHENTICATION_FAILURE: invalidCredentials,
		NOT_AUTHORIZED: notPermitted,
		PERMISSION_DENIED: notPermitted,
		AUTHORIZATION_ERROR: notPermitted,
		RATE_LIMIT_REACHED: rateLimited,
		UNPROCESSABLE_ENTITY: notAuth,
		RESOURCE_NOT_FOUND: notAuth,
	},
	messages: {
		// invalid_token's description for an access token PayPal does not know, often one of the other environment's
		// (paypal/PayPal-PHP-SDK#1003).
		'The token passed in was not found in the system': invalidCredentials,
		// Retail API, errorType oauth/scope_mismatch (paypal-here-sdk-ios-distribution#334).
		'is bound to a different scope': missingScope,
		'The scope provided is incorrect': missingScope,
		// Not "Client Authentication failed": PayPal answers invalid_client with RFC 6749 §5.2's own wording, which any
		// authorization server may send; sandbox credentials sent to live is its usual cause (see `fix`).
		'The client credentials are invalid': invalidCredentials,
		'due to invalid authentication credentials': invalidCredentials,
		// NOT_AUTHORIZED's documented message (developer.paypal.com/api/rest/reference/orders/v2/errors)
		'Authorization failed due to insufficient permissions': notPermitted,
		// Expired access token (go-pay/gopay#348).
		'Access Token not found in cache': tokenExpired,
		'Unable to refresh access token': refreshRefused,
		// The classic APIs' wrong API username, password or signature: Adaptive Payments' 520003 and NVP/SOAP's 10002
		// (blendbyte/laravel-paypal#21, angelleye/paypal-woocommerce#1377).
		'API credentials are incorrect': invalidCredentials,
		'Security header is not valid': invalidCredentials,
	},
	environments: {
		sandbox: { hosts: ['api-m.sandbox.paypal.com', 'api.sandbox.paypal.com', 'www.sandbox.paypal.com'] },
		production: { hosts: ['api-m.paypal.com', 'api.paypal.com'] },
	},
});
