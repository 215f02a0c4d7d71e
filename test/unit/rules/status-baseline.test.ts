import rule from '../../../src/checker/rules/status-baseline.ts';
import { testRule } from './harness.ts';

testRule(rule, {
	accept: [
		{ fixture: 'none-bare-status-line-401.txt', section: 'unauthorized' },
		{ fixture: 'none-requests-403-forbidden-for-url.txt', section: 'forbidden' },
		{ fixture: 'proxy-php-curl-407-connect.txt', section: 'unauthorized' },
		{ fixture: 'none-graphql-200-forbidden.http', section: 'forbidden' },
	],
	reject: [{ description: 'a 200', paste: 'HTTP/1.1 200 OK\n\n{}' }, { description: 'a 429', paste: 'HTTP/1.1 429 Too Many Requests\n\n' }],
});
