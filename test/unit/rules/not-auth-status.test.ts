import rule from '../../../src/checker/rules/not-auth-status.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'none-django-debug-404-token-path.txt' },
		{ fixture: 'mailchimp-method-not-allowed-405.http' },
		{ fixture: 'dropbox-path-not-found-409.har' },
		{ description: 'a 200 without an error', paste: 'HTTP/1.1 200 OK\n\n{"ok":true}' },
		{ description: 'a 502', paste: 'HTTP/1.1 502 Bad Gateway\n\n' },
	],
	reject: [
		{ fixture: 'slack-invalid-auth-http200.txt' },
		{ fixture: 'hubspot-refresh-token-400.txt' },
		{ fixture: 'zoho-books-refresh-invalid-code-laravel.log' },
		{ description: 'a 200 whose GraphQL data is null', paste: 'HTTP/2 200\n\n{"data":null,"errors":[{"message":"Your token has not been granted the required scopes"}]}' },
		{ description: 'a 400 with an OAuth error', paste: 'HTTP/1.1 400 Bad Request\n\n{"error":"invalid_grant"}' },
		{ description: 'a 401', paste: 'HTTP/1.1 401 Unauthorized\n\n' },
	],
});
