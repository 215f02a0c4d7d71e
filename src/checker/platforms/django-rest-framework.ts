import { definePlatform } from './define.ts';

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
		not_authenticated: ['unauthorized', 'fix-request'],
		authentication_failed: ['unauthorized', 'regenerate-credentials'],
		permission_denied: ['forbidden', 'check-permissions'],
		throttled: ['rate-limited', 'wait-and-retry'],
		// djangorestframework-simplejwt: expired or invalid JWT.
		token_not_valid: ['token-expired', 'refresh-token'],
	},
	messages: {
		'Authentication credentials were not provided.': ['unauthorized', 'fix-request'],
		'Incorrect authentication credentials.': ['unauthorized', 'regenerate-credentials'],
		'Invalid token.': ['unauthorized', 'regenerate-credentials'],
		'Given token not valid for any token type': ['token-expired', 'refresh-token'],
		'Token has wrong type': ['unauthorized', 'fix-request'], // github.com/jazzband/djangorestframework-simplejwt/issues/112
		'You do not have permission to perform this action.': ['forbidden', 'check-permissions'],
		'Request was throttled.': ['rate-limited', 'wait-and-retry'],
	},
});
