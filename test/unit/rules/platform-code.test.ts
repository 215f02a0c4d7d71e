import rule from '../../../src/checker/rules/platform-code.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'dropbox-expired-access-token-curl-v.txt', section: 'token-expired' },
		{ fixture: 'stripe-restricted-key-permission.txt', section: 'invalid-scope' },
		{ fixture: 'slack-invalid-auth-http200.txt', section: 'unauthorized' },
		{ fixture: 'microsoft-aadsts65001-consent.json' },
		{ fixture: 'x-page-does-not-exist-34.json', section: 'not-auth' },
		{ fixture: 'keycloak-admin-token-not-active-server-log.log', section: 'token-expired' },
		// S3's codes, sent by Alibaba Cloud OSS: AWS's documentation still reads them, though AWS is not named.
		{ fixture: 'none-picgo-aliyun-oss-403-invalidaccesskeyid-xml.txt', section: 'unauthorized' },
		// The problem type, read from the last segment of its "type" URI (RFC 9457 §3.1.1).
		{ fixture: 'x-xmcp-searchnews-403-unsupported-authentication-oauth1.txt', section: 'unauthorized' },
		{
			description: 'an expired token at the token endpoint is the refresh token',
			paste: 'POST /realms/acme/protocol/openid-connect/token HTTP/1.1\n\nHTTP/1.1 400 Bad Request\n\n{"error":"invalid_grant","error_description":"Token is not active"}',
			section: 'refresh-failed',
		},
		// Shopify documents a bare 403 as a missing access scope.
		{ fixture: 'shopify-api-node-httperror-403-product-listings.txt', section: 'invalid-scope' },
		// Xero's AuthenticationUnsuccessful means the token as a 401, a tenant not connected as a 403.
		{ fixture: 'xero-php-createaccount-401-authenticationunsuccessful.txt', section: 'unauthorized' },
		{ fixture: 'xero-authentication-unsuccessful-403-tenant.json', section: 'forbidden' },
	],
	reject: [
		{ description: 'no platform', paste: 'HTTP/1.1 401 Unauthorized\n\n' },
		{ description: 'a numeric code as a bare word is not a platform code', paste: 'error 88 happened at line 32' },
		{ description: 'a bare 403 from a platform that documents none', paste: 'HTTP/1.1 403 Forbidden\nx-github-request-id: C0DE:1F2E\n\n' },
	],
});
