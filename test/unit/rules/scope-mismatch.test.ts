import rule from '../../../src/checker/rules/scope-mismatch.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'slack-missing-scope-needed-provided.txt' },
		{ fixture: 'dropbox-missing-scope-guzzle.txt' },
		{ description: 'GitHub: accepted scopes not granted', paste: 'HTTP/2 404\nx-oauth-scopes: read:user\nx-accepted-oauth-scopes: repo\n\n' },
		{ description: 'RFC 6750 insufficient_scope with scope', paste: 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="admin"\n\n' },
	],
	reject: [
		{ fixture: 'github-oauth-scopes-200-docs.txt' },
		{ description: 'GitHub: one accepted scope granted', paste: 'HTTP/2 404\nx-oauth-scopes: repo, user\nx-accepted-oauth-scopes: repo\n\n' },
	],
});
