import rule from '../../../src/checker/rules/rate-limit-evidence.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'github-rate-limit-403-docs.http' },
		{ description: 'a 403 with RateLimit remaining=0 (draft)', paste: 'HTTP/1.1 403 Forbidden\nRateLimit: limit=10, remaining=0, reset=5\n\n' },
		{ description: 'a 503 with Retry-After', paste: 'HTTP/1.1 503 Service Unavailable\nRetry-After: 120\n\n' },
	],
	reject: [
		{ fixture: 'intercom-devtools-h2-response-headers.txt' },
		{ description: 'a 429 (its own rule)', paste: 'HTTP/1.1 429 Too Many Requests\nX-RateLimit-Remaining: 0\n\n' },
		{ description: 'quota left', paste: 'HTTP/1.1 401 Unauthorized\nX-RateLimit-Remaining: 4999\n\n' },
	],
});
