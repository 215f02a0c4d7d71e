import rule from '../../../src/checker/rules/environment-mismatch.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'square-sandbox-token-on-production-host.txt' },
		{ description: 'a Stripe test key against a live-mode host (prefix data)', paste: '> GET /v1/charges HTTP/1.1\n> Host: sandbox.example.com\n> Authorization: Bearer sk_live_abc123\n>\n< HTTP/1.1 401 Unauthorized\n<\n' },
	],
	reject: [
		{ fixture: 'stripe-invalid-api-key-node.txt' },
		{ description: 'sandbox key to a sandbox host', paste: '> GET /v2/locations HTTP/1.1\n> Host: connect.squareupsandbox.com\n> Authorization: Bearer sandbox-sq0atb-abc\n>\n< HTTP/1.1 401 Unauthorized\n<\n' },
	],
});
