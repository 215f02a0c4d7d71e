import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, tokenExpired, refreshRefused, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm (status codes, [{message, errorCode}] array)
// - https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_limits.htm (Sforce-Limit-Info)
// - https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_flow_errors.htm (token endpoint errors)
// - https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_endpoints.htm (login.salesforce.com / test.salesforce.com)
// - https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm (SOAP API ExceptionCode values)
export const fix = 'Setup → App Manager (connected app OAuth scopes, IP relaxation); Setup → Connected Apps OAuth Usage; user profile "API Enabled"; log in at test.salesforce.com for sandboxes';

export default definePlatform({
	slug: 'salesforce',
	name: 'Salesforce',
	proseNames: ['Salesforce'],
	// The JavaScript and Python clients (node_modules/jsforce/, simple_salesforce.exceptions).
	spellings: ['jsforce', 'simple_salesforce'],
	// sforce.com: the SOAP API's namespaces and the Web Service Connector's Java packages (com.sforce.soap.partner).
	hosts: ['salesforce.com', 'force.com', 'sforce.com'],
	headers: ['sforce-limit-info'],
	codes: {
		// github.com/simple-salesforce/simple-salesforce/issues/406
		INVALID_SESSION_ID: tokenExpired,
		// SOAP login faults: the username, password or security token refused; a password sent without the security token
		// the org requires from outside its trusted IP ranges.
		INVALID_LOGIN: invalidCredentials,
		LOGIN_MUST_USE_SECURITY_TOKEN: badRequest,
		// The user's password expired: until it is reset, every call fails (simple-salesforce's SalesforceError, StatusCode enum).
		INVALID_OPERATION_WITH_EXPIRED_PASSWORD: invalidCredentials,
		// Bulk API exceptionCode (github.com/simple-salesforce/simple-salesforce/issues/272).
		InvalidSessionId: tokenExpired,
		// github.com/restforce/restforce/issues/219
		API_DISABLED_FOR_ORG: notPermitted,
		API_CURRENTLY_DISABLED: notPermitted,
		INSUFFICIENT_ACCESS_OR_READONLY: notPermitted,
		// 403 when the org's daily API allocation is used up (github.com/mike4aday/SwiftlySalesforce/issues/29).
		REQUEST_LIMIT_EXCEEDED: rateLimited,
		// 404 body (github.com/restforce/restforce/issues/160: wrong api_version in the URL)
		NOT_FOUND: notAuth,
	},
	messages: {
		// error_description with invalid_grant (github.com/restforce/restforce/issues/81).
		'expired access/refresh token': refreshRefused,
		'Session expired or invalid': tokenExpired,
		// INVALID_SESSION_ID's SOAP wording (the session expired or its user logged out).
		'Invalid Session ID found in SessionHeader': tokenExpired,
		// github.com/SalesforceLabs/OrgCheck/issues/181
		'TotalRequests Limit exceeded': rateLimited,
		'API is not enabled for this Organization': notPermitted,
		// invalid_grant in the JWT bearer flow when the user is not pre-authorized for the connected app: an admin approves
		// it (help.salesforce.com remoteaccess_oauth_flow_errors; github.com/omniphx/forrest/issues/278).
		"user hasn't approved this consumer": notPermitted,
	},
	environments: {
		sandbox: { hosts: ['test.salesforce.com', 'sandbox.my.salesforce.com'] },
		production: { hosts: ['login.salesforce.com'] },
	},
});
