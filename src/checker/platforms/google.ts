import { definePlatform } from './define.ts';

// Sources:
// - https://cloud.google.com/apis/design/errors (error.code/message/status, google.rpc.ErrorInfo)
// - https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto (ErrorInfo reason values)
// - https://developers.google.com/drive/api/guides/handle-errors (401 authError: expired or invalid access token → refresh; 403 insufficientPermissions; 429 rateLimitExceeded)
// - https://developers.google.com/identity/protocols/oauth2 (refresh token expiration, invalid_grant)
export const fix = 'Google Cloud console → APIs & Services (enabled APIs, Credentials, OAuth consent screen scopes); myaccount.google.com/permissions for granted access';

export default definePlatform({
	slug: 'google',
	name: 'Google APIs',
	hosts: ['googleapis.com', 'accounts.google.com'],
	codes: {
		// ErrorInfo reasons (error_reason.proto).
		ACCESS_TOKEN_EXPIRED: ['token-expired', 'refresh-token'],
		ACCESS_TOKEN_SCOPE_INSUFFICIENT: ['invalid-scope', 'add-scope'],
		CREDENTIALS_MISSING: ['unauthorized', 'fix-request'],
		API_KEY_INVALID: ['unauthorized', 'regenerate-credentials'],
		SERVICE_DISABLED: ['forbidden', 'check-permissions'],
		RATE_LIMIT_EXCEEDED: ['rate-limited', 'wait-and-retry'],
		RESOURCE_EXHAUSTED: ['rate-limited', 'wait-and-retry'],
		// error.status values: google.rpc.Code names (apis/design/errors, "Error codes" table).
		UNAUTHENTICATED: ['unauthorized', 'regenerate-credentials'],
		PERMISSION_DENIED: ['forbidden', 'check-permissions'],
		NOT_FOUND: ['not-auth', 'none'],
		// Legacy errors[].reason values (Drive handle-errors).
		authError: ['token-expired', 'refresh-token'],
		insufficientPermissions: ['invalid-scope', 'add-scope'],
		accessNotConfigured: ['forbidden', 'check-permissions'],
		rateLimitExceeded: ['rate-limited', 'wait-and-retry'],
		userRateLimitExceeded: ['rate-limited', 'wait-and-retry'],
	},
	messages: {
		// invalid_grant error_description from oauth2.googleapis.com/token (github.com/GeneralTask/task-manager/pull/2169).
		'Token has been expired or revoked': ['refresh-failed', 'reauthorize'],
		'Request had insufficient authentication scopes': ['invalid-scope', 'add-scope'],
		'Request is missing required authentication credential': ['unauthorized', 'fix-request'],
		'Request had invalid authentication credentials': ['token-expired', 'refresh-token'],
		// github.com/googleworkspace/python-samples/issues/17
		'before or it is disabled': ['forbidden', 'check-permissions'],
		'Quota exceeded for quota metric': ['rate-limited', 'wait-and-retry'],
		'API key not valid': ['unauthorized', 'regenerate-credentials'],
	},
});
