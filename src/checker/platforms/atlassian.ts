import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, refreshRefused, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/ (api.atlassian.com/ex/…, token refresh FAQ: 403 invalid_grant "Unknown or invalid refresh token.")
// - https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/ (API tokens instead of passwords)
// - https://developer.atlassian.com/cloud/confluence/deprecation-notice-basic-auth/
// - https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ (429, Retry-After)
// - https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/ (scoped tokens use api.atlassian.com)
export const fix = 'id.atlassian.com → Security → API tokens (scoped tokens need api.atlassian.com/ex/…); developer.atlassian.com/console/myapps → Permissions for OAuth scopes';

export default definePlatform({
	slug: 'atlassian',
	name: 'Atlassian',
	proseNames: ['Atlassian', 'Jira', 'Confluence'],
	// Jira's clients name their classes after it: JiraException, JiraRestClient (gnl42/JiraConnector#51).
	spellings: ['Jira'],
	// Bitbucket Cloud answers on bitbucket.org and api.bitbucket.org/2.0 (developer.atlassian.com/cloud/bitbucket/rest/intro).
	hosts: ['atlassian.net', 'atlassian.com', 'bitbucket.org'],
	headers: ['x-arequestid', 'x-seraph-loginreason', 'atl-traceid'],
	codes: {
		// X-Seraph-LoginReason value on a refused login
		AUTHENTICATED_FAILED: invalidCredentials,
	},
	messages: {
		// github.com/raycast/extensions/issues/11212
		'Unauthorized; scope does not match': missingScope,
		// github.com/tenable/integration-jira-cloud/issues/134
		'Basic authentication with passwords is deprecated': invalidCredentials,
		'Unknown or invalid refresh token': refreshRefused,
		'Client must be authenticated to access this resource': badRequest,
		// A user (or a Connect app acting for one) without the product's use permission (community.developer.atlassian.com, t/54796).
		'not permitted to use Confluence': notPermitted,
		// 429 errorMessages (github.com/raycast/extensions/issues/29015)
		'The request has been rate-limited': rateLimited,
	},
});
