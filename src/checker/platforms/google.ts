import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, tokenExpired, refreshRefused, missingScope, rateLimited, notAuth } from './verdicts.ts';

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
		ACCESS_TOKEN_EXPIRED: tokenExpired,
		ACCESS_TOKEN_SCOPE_INSUFFICIENT: missingScope,
		CREDENTIALS_MISSING: badRequest,
		API_KEY_INVALID: invalidCredentials,
		SERVICE_DISABLED: notPermitted,
		RATE_LIMIT_EXCEEDED: rateLimited,
		RESOURCE_EXHAUSTED: rateLimited,
		// error.status values: google.rpc.Code names (apis/design/errors, "Error codes" table).
		UNAUTHENTICATED: invalidCredentials,
		PERMISSION_DENIED: notPermitted,
		NOT_FOUND: notAuth,
		// Legacy errors[].reason values (Drive handle-errors).
		authError: tokenExpired,
		insufficientPermissions: missingScope,
		accessNotConfigured: notPermitted,
		rateLimitExceeded: rateLimited,
		userRateLimitExceeded: rateLimited,
	},
	messages: {
		// invalid_grant error_description from oauth2.googleapis.com/token (github.com/GeneralTask/task-manager/pull/2169).
		'Token has been expired or revoked': refreshRefused,
		'Request had insufficient authentication scopes': missingScope,
		'Request is missing required authentication credential': badRequest,
		'Request had invalid authentication credentials': tokenExpired,
		// github.com/googleworkspace/python-samples/issues/17
		'before or it is disabled': notPermitted,
		'Quota exceeded for quota metric': rateLimited,
		'API key not valid': invalidCredentials,
	},
});
