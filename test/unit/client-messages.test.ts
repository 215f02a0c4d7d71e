import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/checker/index.ts';

// HTTP clients' own failure wording (each client's documented or source format), with the status the engine must read
// from it. A status is the least a paste can carry; reading it is what turns "not auth" into the right section.
const clientMessages: { client: string; input: string; status: number; section: string }[] = [
	{ client: 'curl -f', input: 'curl: (22) The requested URL returned error: 401', status: 401, section: 'unauthorized' },
	{ client: 'Java HttpURLConnection', input: 'java.io.IOException: Server returned HTTP response code: 403 for URL: https://api.example.com/v1/items', status: 403, section: 'forbidden' },
	{ client: 'got', input: 'HTTPError: Response code 429 (Too Many Requests)', status: 429, section: 'rate-limited' },
	{ client: 'Chrome console resource error', input: 'Failed to load resource: the server responded with a status of 401 ()', status: 401, section: 'unauthorized' },
	{ client: 'Chrome console network line', input: 'GET https://api.example.com/v1/me 403 (Forbidden)', status: 403, section: 'forbidden' },
];

describe('HTTP client failure messages', () => {
	it.each(clientMessages)('$client: reads status $status', ({ input, status, section }) => {
		const diagnosis = diagnose(input);
		expect(diagnosis.status).toBe(status);
		expect(diagnosis.section).toBe(section);
	});
});

describe('specific causes outweigh the status that restates them', () => {
	it('a GraphQL UNAUTHENTICATED whose message says the JWT expired is Token Expired', () => {
		// Apollo Server's error shape (extensions.code), with the message jsonwebtoken throws for an expired token.
		const body = '{"errors":[{"message":"Context creation failed: jwt expired","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}';
		expect(diagnose(body)).toMatchObject({ section: 'token-expired', action: 'refresh-token' });
	});

	it('a bare GraphQL UNAUTHENTICATED is still 401 Unauthorized', () => {
		expect(diagnose('{"errors":[{"message":"Unauthorized","extensions":{"code":"UNAUTHENTICATED"}}]}').section).toBe('unauthorized');
	});
});
