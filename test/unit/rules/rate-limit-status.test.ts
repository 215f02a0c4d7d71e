import rule from '../../../src/checker/rules/rate-limit-status.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [{ fixture: 'x-v2-too-many-requests.http' }, { fixture: 'shopify-429-calls-per-second.http' }, { description: 'a bare 429', paste: 'HTTP/1.1 429 Too Many Requests\n\n' }],
	reject: [
		{ fixture: 'github-rate-limit-403-docs.http' },
		{ description: 'a 401', paste: 'HTTP/1.1 401 Unauthorized\n\n' },
		// OpenAI answers an account out of credit with 429 insufficient_quota: no wait fixes it.
		{ fixture: 'none-openai-robin-streamlit-429-insufficient-quota-traceback.txt' },
	],
});
