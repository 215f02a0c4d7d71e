import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://shopify.dev/docs/api/admin-rest#status_and_error_codes (401, 402 Unavailable Shop, 403, 423, 429)
// - https://shopify.dev/docs/api/usage/rate-limits (X-Shopify-Shop-Api-Call-Limit, Retry-After, GraphQL THROTTLED)
// - https://shopify.dev/docs/api/usage/access-scopes
// - https://shopify.dev/docs/api/admin-graphql#status_and_error_codes (ACCESS_DENIED, THROTTLED)
export const fix = 'Shopify admin → Settings → Apps and sales channels → Develop apps (Admin API access scopes, access token); Partner Dashboard for app scopes, then reinstall';

export default definePlatform({
	slug: 'shopify',
	name: 'Shopify',
	proseNames: ['Shopify'],
	// shopify.dev: the documentation link in GraphQL errors' extensions.
	hosts: ['myshopify.com', 'shopify.com', 'shopify.dev'],
	// x-shopid, x-shardid, x-sorting-hat-shopid on real 401s (github.com/frappe/ecommerce_integrations/issues/380).
	headers: ['x-shopify-shop-api-call-limit', 'x-shopify-api-version', 'x-shopid', 'x-shardid', 'x-sorting-hat-shopid', 'x-stats-apiclientid'],
	// The GraphQL Admin API's cost extension on every response: extensions.cost.requestedQueryCost, throttleStatus
	// (shopify.dev/docs/api/usage/rate-limits)
	// Admin API, custom app, public app and shared secret tokens (shopify.dev, about access tokens).
	credentialPrefixes: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
	signature: /"requestedquerycost"\s{0,4}:/,
	codes: {
		// GraphQL errors[].extensions.code (github.com/gnikyt/Basic-Shopify-API/issues/90, github.com/vercel/commerce/issues/1220)
		THROTTLED: rateLimited,
		// Denied for a missing access scope or a permission the user or shop lacks; the message's "Required access" says
		// which (shopify.dev/changelog/authorization-errors-in-mutations-are-refined)
		ACCESS_DENIED: ['forbidden'],
	},
	// "403 Forbidden: The server is refusing to respond to the request. This status is generally returned if you haven't
	// requested the appropriate scope for this action." (shopify.dev/docs/api/admin-rest#status_and_error_codes)
	statuses: { 403: missingScope },
	messages: {
		'unrecognized login or wrong password': invalidCredentials,
		// The OAuth install refused for an API key that names no app (gnikyt/laravel-shopify#437): the app's configuration.
		'Could not find Shopify API application with api_key': badRequest,
		// github.com/gnikyt/laravel-shopify/issues/190 (fixed by reinstalling so the merchant grants the scope)
		'This action requires merchant approval for': missingScope,
		// Creating a Storefront access token needs the app's unauthenticated_* scopes (Shopify/shopify-api-js#375).
		'Token must be eligible to manage storefront tokens': missingScope,
		// github.com/Shopify/shopify_python_api/issues/256
		'calls per second for api client': rateLimited,
		'Unavailable Shop': notPermitted,
		// GraphQL: "Access denied for X field. Required access: `read_reports` access scope." (github.com/Shopify/shopify-api-ruby/issues/1415,
		// shopify.dev/changelog/new-error-messages-for-graphql-operations-without-necessary-access-scopes)
		'access scope.': missingScope,
	},
});
