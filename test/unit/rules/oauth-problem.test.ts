import rule from '../../../src/checker/rules/oauth-problem.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'none-jira-connector-oauth1-token-rejected.txt', section: 'unauthorized' },
		{ fixture: 'none-omniauth-oauth1-problem-consumer-key-unknown.txt', section: 'unauthorized' },
		{ fixture: 'xero-net-oauth1-consumer-key-unknown.txt', section: 'unauthorized' },
		{ fixture: 'xero-oauth1-token-rejected-revoked-by-user.txt', section: 'unauthorized' },
		{ description: 'an expired token in an OAuth challenge', paste: 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: OAuth realm="https://example.com", oauth_problem="token_expired"', section: 'token-expired' },
		{ description: 'a consumer key refused for now', paste: 'oauth_problem=consumer_key_refused', section: 'rate-limited' },
		{ description: 'a token lacking access', paste: 'oauth_problem=additional_authorization_required', section: 'invalid-scope' },
	],
	reject: [
		{ fixture: 'xero-rate-limit-exceeded-pyxero.txt' },
		{ description: 'a value outside the extension', paste: 'oauth_problem=something_else' },
		{ description: 'an OAuth 2 error', paste: '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}' },
	],
});
