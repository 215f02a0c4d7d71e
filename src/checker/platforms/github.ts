import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, refreshRefused, missingScope, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
// - https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
// - https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps (X-OAuth-Scopes, X-Accepted-OAuth-Scopes)
// - https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api (403/429 with x-ratelimit-remaining: 0)
// - https://docs.github.com/en/apps/oauth-apps/maintaining-oauth-apps/troubleshooting-oauth-app-access-token-request-errors
// - https://docs.github.com/en/enterprise-cloud@latest/authentication/authenticating-with-saml-single-sign-on/authorizing-a-personal-access-token-for-use-with-saml-single-sign-on
export const fix = 'Settings → Developer settings → Personal access tokens / OAuth Apps / GitHub Apps; organization SSO authorization under Settings → Applications';

export default definePlatform({
	slug: 'github',
	name: 'GitHub',
	// As clients spell it in class names: PyGithub's GithubException.
	spellings: ['Github'],
	// ghcr.io: GitHub Packages' container registry, which takes GitHub tokens.
	hosts: ['api.github.com', 'github.com', 'githubusercontent.com', 'ghcr.io'],
	// Not X-OAuth-Scopes and X-Accepted-OAuth-Scopes: Slack's Web API sends them too (monzo/response#26).
	// Token formats (github.blog, "Behind GitHub's new authentication token formats"; fine-grained tokens' github_pat_).
	credentialPrefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
	headers: ['x-github-request-id', 'x-github-media-type', 'x-github-sso', 'x-accepted-github-permissions'],
	// The GitHub CLI, telling how to fix its token: "To request it, run:  gh auth refresh -s read:project".
	signature: /\bgh auth (?:login|refresh)\b/,
	codes: {
		// Token endpoint errors for OAuth apps (troubleshooting-oauth-app-access-token-request-errors).
		bad_verification_code: refreshRefused,
		// "The client_id and/or client_secret passed are incorrect" (docs.github.com, troubleshooting OAuth app access token
		// request errors): RFC 6749's invalid_client under GitHub's name, the app's credentials to replace.
		incorrect_client_credentials: invalidCredentials,
		bad_refresh_token: refreshRefused,
		// GraphQL's rate-limit error: {"type":"RATE_LIMIT","code":"graphql_rate_limit", …}
		graphql_rate_limit: rateLimited,
	},
	messages: {
		// bad_verification_code's description, which passport-oauth2 prints alone as a TokenError (docs.github.com, OAuth app
		// troubleshooting: the code expired or was used already).
		'The code passed is incorrect or expired': refreshRefused,
		'Bad credentials': invalidCredentials,
		'Requires authentication': badRequest,
		'Resource not accessible by integration': missingScope,
		'Resource not accessible by personal access token': missingScope,
		// GraphQL's INSUFFICIENT_SCOPES: "Your token has not been granted the required scopes to execute this query."
		// (raycast/extensions#3881)
		'has not been granted the required scopes': missingScope,
		// The container registry's refusals of a token without packages: write (Snowfork/snowbridge#1272,
		// hyperledger-firefly/signer#74).
		'permission_denied: write_package': missingScope,
		'not allowed to Write organization package': missingScope,
		// Primary limits: "API rate limit exceeded for 1.2.3.4. (But here's the good news: Authenticated requests get a
		// higher rate limit. …)" for anonymous calls, "… exceeded for user ID 123." for a token (rate-limits-for-the-rest-api);
		// Spotify says the bare phrase.
		'API rate limit exceeded for': rateLimited,
		'Authenticated requests get a higher rate limit': rateLimited,
		// GraphQL's: "API rate limit already exceeded for user ID 123." (docs.github.com, GraphQL rate limits)
		'exceeded for user ID': rateLimited,
		'secondary rate limit': rateLimited,
		// The secondary rate limit's older wording, sent as a 403 (docs.github.com, rate limits; the PR behind batch AX).
		'You have triggered an abuse detection mechanism': rateLimited,
		// GraphQL's NOT_FOUND on a 200: "Could not resolve to a Repository with the name 'x'." (the owner/name does not exist
		// or is not visible to the token; the guide's 404 advice applies)
		'Could not resolve to a': notAuth,
		// 403 on SSO-enforced orgs until the token is authorized for the org (x-github-sso header carries the link).
		'Resource protected by organization SAML enforcement': notPermitted,
		'has an IP allow list enabled': notPermitted,
	},
});
