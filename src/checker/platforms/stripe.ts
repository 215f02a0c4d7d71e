import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, missingScope, wrongEnvironment, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://docs.stripe.com/api/errors (error.type/code/message/param/doc_url; 401, 402, 403, 404, 429)
// - https://docs.stripe.com/declines/codes (live_mode_test_card, test_mode_live_card)
// - https://docs.stripe.com/error-codes (api_key_expired, card_declined, livemode_mismatch, secret_key_required, rate_limit, testmode_charges_only …)
// - https://docs.stripe.com/keys (sk_test_/sk_live_, restricted rk_ keys and their permissions)
// - https://docs.stripe.com/rate-limits (429 rate_limit)
// - https://docs.stripe.com/error-handling (Stripe-Should-Retry)
export const fix = 'Dashboard → Developers → API keys (test vs live toggle, roll keys, restricted key permissions)';

export default definePlatform({
	slug: 'stripe',
	name: 'Stripe',
	hosts: ['api.stripe.com', 'connect.stripe.com', 'stripe.com'],
	// Stripe-Version seen on real responses (rbody dump with 'Stripe-Version': '2020-08-27').
	headers: ['stripe-version', 'stripe-should-retry'],
	codes: {
		api_key_expired: invalidCredentials,
		platform_api_key_expired: invalidCredentials,
		secret_key_required: badRequest,
		// A card declined (decline codes): the request was authenticated, so nothing to fix on the auth side, unless the
		// decline_code and message name the cause (live_mode_test_card: a test card in live mode). An umbrella, so they win.
		card_declined: ['not-auth'],
		live_mode_test_card: wrongEnvironment,
		test_mode_live_card: wrongEnvironment,
		livemode_mismatch: wrongEnvironment,
		testmode_charges_only: notPermitted,
		// "No such customer: 'cus_…'": an id from another account or mode, or deleted (error-codes): the request, not the key.
		resource_missing: notAuth,
		rate_limit: rateLimited,
		lock_timeout: rateLimited,
	},
	messages: {
		// Connect's OAuth token exchange with a key of the other mode (stripe-dotnet#696).
		'authorization code only supports returning': wrongEnvironment,
		// A key of one mode for an account of the other (a question quoted at taourl.com/read-2640856.html).
		'Livemode of key does not match mode of account': wrongEnvironment,
		'Invalid API Key provided': invalidCredentials,
		// Connect: a platform acting for an account it is not directly connected to (stripe-python#536).
		'cannot access the connected accounts of your platform': notPermitted,
		'Expired API Key provided': invalidCredentials,
		// github.com/gadelkareem/skeleton/issues/20
		'You did not provide an API key': badRequest,
		// github.com/payolapayments/payola/issues/278, github.com/stripe/stripe-node/issues/149
		'a similar object exists in live mode, but a test mode key was used': wrongEnvironment,
		'a similar object exists in test mode, but a live mode key was used': wrongEnvironment,
		// github.com/Subscribie/subscribie/issues/982
		'therefore can only be used with testmode keys': wrongEnvironment,
		// An endpoint Stripe serves in live mode only, called with a test key (airbytehq/airbyte#14357).
		'Only live keys can access this method': wrongEnvironment,
		// A decline in test mode for a real card (stripe.com/docs/testing)
		'but used a non test card': wrongEnvironment,
		// restricted keys (github.com/stripe/stripe-node/issues/2246)
		'does not have the required permissions for this endpoint': missingScope,
		// A restricted key used with Stripe-Account and no Connect permissions (stripe/stripe-mirakl-connector#33).
		'the restricted API key does not have': missingScope,
		'Request rate limit exceeded': rateLimited,
		// A PermissionError (403) for a publishable key where a secret one is required (getlago/lago-api#3650): the key is
		// genuine, the request must use the secret key.
		'cannot be made with a publishable API key': ['forbidden', 'fix-request'],
	},
	environments: {
		sandbox: { tokenPrefixes: ['sk_test_', 'pk_test_', 'rk_test_'] },
		production: { tokenPrefixes: ['sk_live_', 'pk_live_', 'rk_live_'] },
	},
});
