import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, consentRevoked, notPermitted, tokenExpired, refreshRefused, missingScope, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://cloud.google.com/apis/design/errors (error.code/message/status, google.rpc.ErrorInfo)
// - https://github.com/googleapis/googleapis/blob/master/google/api/error_reason.proto (ErrorInfo reason values)
// - https://developers.google.com/drive/api/guides/handle-errors (401 authError: expired or invalid access token → refresh; 403 insufficientPermissions; 429 rateLimitExceeded)
// - https://developers.google.com/identity/protocols/oauth2 (refresh token expiration, invalid_grant)
// - https://developers.google.com/identity/protocols/oauth2/web-server (authorization errors: deleted_client, …)
// - https://developers.google.com/google-ads/api/reference/rpc/latest/AuthenticationErrorEnum.AuthenticationError
// - https://developers.google.com/google-ads/api/reference/rpc/latest/AuthorizationErrorEnum.AuthorizationError
export const fix = 'Google Cloud console → APIs & Services (enabled APIs, Credentials, OAuth consent screen scopes); myaccount.google.com/permissions for granted access';

export default definePlatform({
	slug: 'google',
	name: 'Google APIs',
	// The Cloud SDK's command line names its commands so: (gcloud.projects.list); Signet is Google's OAuth library for
	// Ruby (Signet::AuthorizationError, gems/signet-…/); google-auth's and the API client's Python modules
	// (google.auth.exceptions.RefreshError, googleapiclient.errors.HttpError), and the Java clients' package
	// (com.google.api.client.auth.oauth2.TokenResponseException, com.google.api.gax). Go's client library reports an
	// API's error as "googleapi: Error 403: …" (google.golang.org/api/googleapi), as the Terraform provider prints it.
	// oauth2client is Google's retired Python OAuth library (github.com/googleapis/oauth2client).
	spellings: ['gcloud', 'Signet', 'google.auth', 'google.oauth2', 'googleapiclient', 'googleapi', 'com.google.api', 'oauth2client'],
	// API keys (cloud.google.com, API keys: they start with AIza).
	credentialPrefixes: ['AIza'],
	// Artifact Registry (REGION-docker.pkg.dev) and Container Registry (gcr.io) answer with Google's credentials too.
	hosts: ['googleapis.com', 'accounts.google.com', 'pkg.dev', 'gcr.io'],
	// Google's own error pages: "401. That’s an error." … "That’s all we know.", in <ins> under <b>502.</b>, and titled
	// "Error 502 (Server Error)!!1".
	// and the JSON error model, whose status is a google.rpc.Code name (apis/design/errors): "status": "PERMISSION_DENIED",
	// also as a string inside another tool's JSON, its quotes escaped, or printed as a Python dict; and a full resource name
	// (//aiplatform.googleapis.com/projects/…, apis/design/resource_names).
	signature: /\bthat's an error\.|\bthat's all we know\.|<\/b> <ins>that|!!1<\/title>|(?<!:)\/\/[a-z0-9-]{1,63}\.googleapis\.com\/|['"]status\\?['"]\s{0,4}:\s{0,4}\\?['"](?:unauthenticated|permission_denied|resource_exhausted|failed_precondition|invalid_argument)\\?['"]/,
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
		// "The client does not have sufficient permission", which Google's table says may be a missing OAuth scope, a missing
		// IAM permission or an API not enabled: an umbrella, so the message's named cause wins.
		PERMISSION_DENIED: ['forbidden'],
		NOT_FOUND: notAuth,
		UNIMPLEMENTED: notAuth,
		UNAVAILABLE: notAuth,
		INTERNAL: notAuth,
		// Legacy errors[].reason values (Drive handle-errors).
		authError: tokenExpired,
		insufficientPermissions: missingScope,
		accessNotConfigured: notPermitted,
		rateLimitExceeded: rateLimited,
		// The project's daily quota, reset at midnight Pacific Time (Calendar and Drive handle-errors: 403 dailyLimitExceeded).
		dailyLimitExceeded: rateLimited,
		userRateLimitExceeded: rateLimited,
		// Google Ads API AuthenticationError (the OAuth token in the header) ...
		// OAuth authorization errors: the app's OAuth client was deleted (oauth2/web-server, "deleted_client"); a new
		// client ID and secret fix it.
		deleted_client: invalidCredentials,
		// invalid_grant's subtype when a Workspace session-control policy asks the user to sign in again (reauth proof token,
		// support.google.com/a/answer/9368756): only a new sign-in helps.
		invalid_rapt: refreshRefused,
		// and the subtype when the policy asks for a reauth proof the client did not send (google-auth's reauth.py)
		rapt_required: refreshRefused,
		OAUTH_TOKEN_EXPIRED: tokenExpired,
		OAUTH_TOKEN_INVALID: invalidCredentials,
		OAUTH_TOKEN_REVOKED: consentRevoked,
		OAUTH_TOKEN_DISABLED: consentRevoked,
		OAUTH_TOKEN_HEADER_INVALID: badRequest,
		NOT_ADS_USER: notPermitted,
		// ... and AuthorizationError (valid credentials, not allowed): the developer token's access level, the account's
		// permissions, the manager account's login-customer-id.
		DEVELOPER_TOKEN_NOT_APPROVED: notPermitted,
		DEVELOPER_TOKEN_NOT_ON_ALLOWLIST: notPermitted,
		DEVELOPER_TOKEN_PROHIBITED: notPermitted,
		CLOUD_PROJECT_NOT_APPROVED_FOR_PRODUCTION: notPermitted,
		USER_PERMISSION_DENIED: notPermitted,
		ACTION_NOT_PERMITTED: notPermitted,
		CUSTOMER_NOT_ENABLED: notPermitted,
		PROJECT_DISABLED: notPermitted,
		MISSING_TOS: notPermitted,
	},
	messages: {
		// invalid_grant error_description from oauth2.googleapis.com/token (github.com/GeneralTask/task-manager/pull/2169).
		'Token has been expired or revoked': refreshRefused,
		// gcloud, when a refresh fails (a Workspace reauthentication policy, a revoked grant): "There was a problem
		// refreshing your current auth tokens: Reauthentication failed." (GoogleCloudPlatform/cloud-run-proxy#43)
		'problem refreshing your current auth tokens': refreshRefused,
		// Google's block page for traffic it takes for a bot ("We're sorry... but your computer or network may be sending
		// automated queries"), which lifts by itself; it answered a token refresh in tomwalder/php-gds#19.
		'may be sending automated queries': rateLimited,
		'Request had insufficient authentication scopes': missingScope,
		// A key Google found published and blocked (Gemini API troubleshooting, 403 PERMISSION_DENIED): only a new key helps.
		'API key was reported as leaked': invalidCredentials,
		// invalid_scope from oauth2.googleapis.com/token for a service account's token request (oneduo/laravel-recaptcha-enterprise#10).
		'Invalid OAuth scope or ID token audience provided': missingScope,
		// The Gemini API refusing callers from a country it does not serve, whatever their key (400 FAILED_PRECONDITION,
		// ai.google.dev troubleshooting; snailyp/gemini-balance#328).
		'User location is not supported for the API use': notPermitted,
		// invalid_grant's description when an authorization code is exchanged twice (passport-google-oauth issues).
		'Code was already redeemed': refreshRefused,
		'Request is missing required authentication credential': badRequest,
		'Request had invalid authentication credentials': tokenExpired,
		// github.com/googleworkspace/python-samples/issues/17
		'before or it is disabled': notPermitted,
		'Quota exceeded for quota metric': rateLimited,
		'API key not valid': invalidCredentials,
		// An API that takes only OAuth called with an API key: "API keys are not supported by this API. Expected OAuth2 access
		// token or other authentication credentials that assert a principal" (401 UNAUTHENTICATED; google-gemini/gemini-cli
		// issues): the request must send another kind of credential.
		'API keys are not supported by this API': badRequest,
		// A call with no API key or token at all: "Method doesn't allow unregistered callers (callers without established
		// identity). Please use API Key or other form of API consumer identity to call this API." (sent as 403 PERMISSION_DENIED)
		'allow unregistered callers': badRequest,
		// PERMISSION_DENIED's default message (apis/design/errors).
		'The caller does not have permission': notPermitted,
		// The OAuth consent screen of an app Google has not verified, to a user outside its test users
		// (home-assistant/core#138435).
		'has not completed the Google verification process': notPermitted,
		// Google Ads' USER_PERMISSION_DENIED hint when a manager account's client is called without the manager's id:
		// "… the manager's customer id must be set in the 'login-customer-id' header" (the request must send it).
		'login-customer-id': ['forbidden', 'fix-request'],
	},
});
