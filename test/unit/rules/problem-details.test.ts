import rule from '../../../src/checker/rules/problem-details.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ description: 'a 401 problem body alone', paste: '{"type":"https://example.com/probs/unauthorized","title":"Unauthorized","status":401,"detail":"Token rejected"}', section: 'unauthorized' },
		{ description: 'a 403 problem body alone', paste: '{"type":"about:blank","title":"Forbidden","status":403}', section: 'forbidden' },
	],
	reject: [
		{ description: 'a plain JSON error', paste: '{"error":"invalid_token"}' },
		{ description: 'a 404 problem', paste: '{"type":"about:blank","title":"Not Found","status":404}' },
	],
});
