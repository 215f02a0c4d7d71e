import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, tokenExpired, rateLimited } from './verdicts.ts';

// Sources:
// - https://www.django-rest-framework.org/api-guide/authentication/ (401 vs 403, TokenAuthentication "Token <key>")
// - https://www.django-rest-framework.org/api-guide/exceptions/ (NotAuthenticated, AuthenticationFailed, PermissionDenied, Throttled and their default codes)
// - https://www.django-rest-framework.org/api-guide/throttling/
// - https://django-rest-framework-simplejwt.readthedocs.io/en/latest/ (token_not_valid, /api/token/refresh/)
export const fix = 'Check the Authorization scheme your authentication classes expect (Token …, Bearer …), the view’s permission_classes and throttle rates; refresh SimpleJWT tokens at the token refresh view';

export default definePlatform({
	slug: 'django-rest-framework',
	name: 'Django REST framework',
	hosts: [],
	codes: {
		not_authenticated: badRequest,
		authentication_failed: invalidCredentials,
		permission_denied: notPermitted,
		throttled: rateLimited,
		// djangorestframework-simplejwt: expired or invalid JWT.
		token_not_valid: tokenExpired,
	},
	messages: {
		'Authentication credentials were not provided.': badRequest,
		'Incorrect authentication credentials.': invalidCredentials,
		'Invalid token.': invalidCredentials,
		'Given token not valid for any token type': tokenExpired,
		'Token has wrong type': badRequest, // github.com/jazzband/djangorestframework-simplejwt/issues/112
		'You do not have permission to perform this action.': notPermitted,
		'Request was throttled.': rateLimited,
	},
});
