import { definePlatform } from './define.ts';
import { badRequest, tokenExpired, refreshRefused, tokenRequestRefused, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://auth0.com/docs/api/management/v2 (statusCode / error / message / errorCode error bodies)
// - https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens (M2M authorization, granted scopes)
// - https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy (429, x-ratelimit-* headers)
// - https://auth0.com/docs/secure/tokens/refresh-tokens (rotation, invalid_grant)
export const fix = 'Dashboard → Applications → APIs → Auth0 Management API → Machine to Machine Applications (authorize, grant scopes); Applications → your app → Settings → Grant Types';

export default definePlatform({
	slug: 'auth0',
	name: 'Auth0',
	proseNames: ['Auth0'],
	hosts: ['auth0.com'],
	codes: {
		// Management API 429 errorCode (auth0-extensions/auth0-reset-tenant#31).
		too_many_requests: rateLimited,
	},
	messages: {
		'Expired token received for JSON Web Token validation': tokenExpired,
		// access_denied at /authorize for an audience no API in the tenant has (LawJolla/prisma-auth0-example#2): the request
		// names the wrong API identifier.
		'Service not found:': badRequest,
		// … and for a custom domain, where the Management API answers only on the tenant's own *.auth0.com domain
		// (auth0/node-auth0#292).
		'Service not enabled within domain': badRequest,
		'Insufficient scope, expected any of': missingScope,
		// Token endpoint, client_credentials (auth0/node-auth0#357).
		'Client has not been granted scopes': missingScope,
		// Token endpoint, refresh_token grant (auth0/Auth0.swift#819).
		'Unknown or invalid refresh token': refreshRefused,
		// unauthorized_client: the application does not have this grant type enabled, which its settings change
		// ("Grant type '…/password-realm' not allowed for the client.", auth0/auth0-java#165).
		'not allowed for the client': tokenRequestRefused,
		'Global limit has been reached': rateLimited,
	},
});
