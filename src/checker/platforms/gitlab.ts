import { definePlatform } from './define.ts';
import { invalidCredentials, consentRevoked, tokenExpired } from './verdicts.ts';

// Sources:
// - https://docs.gitlab.com/ee/api/rest/authentication.html (401 {"message":"401 Unauthorized"})
// - https://docs.gitlab.com/ee/api/rest/troubleshooting.html (status codes)
// - https://docs.gitlab.com/ee/integration/oauth_provider.html#access-token-expiration (2-hour access tokens, refresh enforced)
// - https://docs.gitlab.com/ee/api/oauth2.html
// - https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html#personal-access-token-scopes
export const fix = 'User settings → Access tokens (expiry, scopes such as api/read_api); User settings → Applications for OAuth apps and authorized applications';

export default definePlatform({
	slug: 'gitlab',
	name: 'GitLab',
	proseNames: ['GitLab', 'Gitlab'],
	// As clients spell it in class names: GitlabRestClient (mc1arke/sonarqube-community-branch-plugin#756); and gitbeaker,
	// the Node client for GitLab's API (node_modules/@gitbeaker/cli, github.com/jdalrymple/gitbeaker).
	spellings: ['Gitlab', 'gitbeaker'],
	hosts: ['gitlab.com'],
	// Personal access tokens (docs.gitlab.com, token prefixes).
	credentialPrefixes: ['glpat-'],
	// X-Gitlab-Meta on real responses (github.com/Dynatrace/ace-box/issues/580).
	headers: ['x-gitlab-meta'],
	// Self-managed instances have hosts of their own; the REST API's layout is GitLab's.
	paths: ['/api/v4/projects/'],
	messages: {
		// GitLab's API guard (lib/api/api_guard.rb) words its invalid_token errors itself: github.com/mattermost/mattermost-plugin-gitlab/issues/316
		// RFC 6750's insufficient_scope description (rack-oauth2's default) is every server's: it explains the error, it does not name GitLab.
		'either do re-authorization or token refresh': tokenExpired,
		'You have to re-authorize from the user': consentRevoked,
		// Git over HTTP and the container registry: "HTTP Basic: Access denied. If a password was provided for Git
		// authentication, the password was incorrect or you're required to use a token instead of a password."
		'HTTP Basic: Access denied': invalidCredentials,
	},
});
