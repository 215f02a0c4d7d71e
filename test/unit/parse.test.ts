import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/checker/index.ts';
import { parsePaste } from '../../src/checker/parse/index.ts';
import { withPlainQuotes } from '../../src/checker/parse/quotes.ts';
import { createScan, findPhrase } from '../../src/checker/signals/scan.ts';

const har = (entries: unknown[], creator = 'WebInspector') => JSON.stringify({ log: { version: '1.2', creator: { name: creator, version: '537.36' }, entries } });
const entry = (status: number, url: string, body = '', requestHeaders: { name: string; value: string }[] = []) => ({
	request: { method: 'GET', url, headers: requestHeaders },
	response: { status, statusText: '', httpVersion: 'http/2.0', headers: [{ name: 'content-type', value: 'application/json' }], content: { text: body } },
});

const cases: {
	description: string;
	input: string;
	expected: { format?: string; status?: number; host?: string; authorization?: string; body?: string; notes?: number };
}[] = [
	{
		description: 'curl -v: 100 Continue then the final response',
		input: '> POST /token HTTP/1.1\n> Host: auth.example.com\n> Expect: 100-continue\n>\n< HTTP/1.1 100 Continue\n<\n< HTTP/1.1 400 Bad Request\n< Content-Type: application/json\n<\n{"error":"invalid_grant"}\n* Connection #0 left intact\n',
		expected: { format: 'curl-v', status: 400, host: 'auth.example.com', body: '{"error":"invalid_grant"}' },
	},
	{
		description: 'curl -v: a redirect, then the request that answered',
		input: '> GET /v1/a HTTP/1.1\n> Host: old.example.com\n>\n< HTTP/1.1 301 Moved Permanently\n< Location: https://api.example.com/v1/a\n<\n* Issue another request to this URL\n> GET /v1/a HTTP/2\n> Host: api.example.com\n> Authorization: Bearer abc\n>\n< HTTP/2 401\n< www-authenticate: Bearer error="invalid_token"\n<\n',
		expected: { format: 'curl-v', status: 401, host: 'api.example.com', authorization: 'Bearer abc' },
	},
	{
		description: 'curl -v through a proxy: CONNECT 200, then the API response',
		input: '* Establish HTTP proxy tunnel to api.example.com:443\n> CONNECT api.example.com:443 HTTP/1.1\n> Host: api.example.com:443\n>\n< HTTP/1.1 200 Connection established\n<\n> GET /me HTTP/1.1\n> Host: api.example.com\n>\n< HTTP/1.1 403 Forbidden\n<\n',
		expected: { format: 'curl-v', status: 403, host: 'api.example.com' },
	},
	{
		description: 'curl -v: the proxy itself refuses with 407',
		input: '> CONNECT api.example.com:443 HTTP/1.1\n> Host: api.example.com:443\n>\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Basic realm="corp"\n<\n',
		expected: { format: 'curl-v', status: 407 },
	},
	{ description: 'raw HTTP/1.1 with CRLF', input: 'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm="x"\r\n\r\n{"a":1}', expected: { format: 'http1', status: 401, body: '{"a":1}' } },
	{ description: 'curl -i HTTP/2', input: 'HTTP/2 403 \ncontent-type: application/json\n\n{"message":"Forbidden"}', expected: { format: 'http2', status: 403 } },
	{ description: 'DevTools headers with a pseudo-header', input: ':status: 401\ncontent-type: application/json\nwww-authenticate: Bearer\n', expected: { format: 'devtools-headers', status: 401 } },
	{ description: 'a bare status line', input: 'HTTP/1.1 429 Too Many Requests', expected: { format: 'status-line', status: 429 } },
	{ description: 'a bare code', input: '401', expected: { format: 'status-line', status: 401 } },
	{
		description: 'HAR log: the last entry with status >= 400; Chrome note',
		input: har([entry(401, 'https://api.example.com/a', '{"error":"invalid_token"}'), entry(200, 'https://api.example.com/b')]),
		expected: { format: 'har-log', status: 401, host: 'api.example.com', body: '{"error":"invalid_token"}', notes: 1 },
	},
	{ description: 'HAR log with only successes: the last entry', input: har([entry(200, 'https://a.example.com/'), entry(204, 'https://b.example.com/')], 'Firefox'), expected: { format: 'har-log', status: 204, host: 'b.example.com', notes: 0 } },
	{
		description: 'HAR log from Chrome that kept the Authorization header: no note',
		input: har([entry(401, 'https://api.example.com/a', '', [{ name: 'Authorization', value: 'Bearer x' }])]),
		expected: { format: 'har-log', status: 401, notes: 0 },
	},
	{ description: 'a single HAR entry', input: JSON.stringify(entry(403, 'https://api.example.com/x')), expected: { format: 'har-entry', status: 403 } },
	{ description: 'a JSON body with a status member', input: '{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}', expected: { format: 'json-body', status: 401 } },
	{ description: 'python requests', input: 'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v1/me', expected: { format: 'sdk-error', status: 401, host: 'api.example.com' } },
	{ description: 'axios', input: 'AxiosError: Request failed with status code 403\n    at settle (node_modules/axios/lib/core/settle.js:19:12)', expected: { format: 'sdk-error', status: 403 } },
	{ description: 'Guzzle', input: 'Client error: `POST https://api.example.com/oauth/token` resulted in a `400 Bad Request` response:\n{"error":"invalid_grant"}', expected: { format: 'sdk-error', status: 400, host: 'api.example.com' } },
	{ description: '.NET HttpRequestException', input: 'System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).', expected: { format: 'sdk-error', status: 401 } },
	{ description: 'Spring RestTemplate', input: 'org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: "{"error":"forbidden"}"', expected: { format: 'sdk-error', status: 403 } },
	{ description: 'Spring WebClient', input: 'WebClientResponseException$Unauthorized: 401 Unauthorized from GET https://api.example.com/me', expected: { format: 'sdk-error', status: 401, host: 'api.example.com' } },
	{ description: 'OkHttp', input: 'Response{protocol=h2, code=401, message=, url=https://api.example.com/v2/me}', expected: { format: 'sdk-error', status: 401, host: 'api.example.com' } },
	{ description: 'Go oauth2', input: 'oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_grant"}', expected: { format: 'sdk-error', status: 400 } },
	{ description: 'a printed Python dict', input: "{'error': 'invalid_grant', 'error_description': 'Bad Request', 'status_code': 400}", expected: { format: 'python-dict', status: 400 } },
	{ description: "a Python 2 dict of unicode strings", input: "{u'message': u'Bad Request', u'status_code': 400}", expected: { status: 400 } },
	{ description: 'a status named where it came from', input: 'Invalid status code from API: 401, make sure you are using the latest release.', expected: { status: 401 } },
	{ description: 'a status in brackets before its reason', input: 'Error getting updates: [401] Unauthorized', expected: { status: 401 } },
	{ description: 'a status before the body it came with', input: '[error] Server error: 401 {"error":{"code":"PermissionDenied"}}', expected: { status: 401 } },
	{ description: 'an HTTP/2 status in parentheses', input: 'Claude error: (HTTP/2 401) x-api-key header is required', expected: { status: 401 } },
	{ description: "Octokit's request line", input: 'GET https://api.github.com/repos/o/r/contents/x?ref=main: 403 - Resource not accessible', expected: { status: 403, host: 'api.github.com' } },
	{ description: "Octokit's request line, its message after the code", input: 'GET https://api.github.com/user/orgs: 403 You need at least read:org scope', expected: { status: 403, host: 'api.github.com' } },
	{ description: 'a body that is only the reason phrase', input: '{"error":"Unauthorized"}', expected: { status: 401 } },
	{ description: "a wrapper's 5xx around the answer it reports", input: '{"Error":true,"Status":500,"Message":"JIRA request https://x.atlassian.net/rest/api/2/search returned status 401 Unauthorized, body \\"\\""}', expected: { status: 401 } },
	{ description: "kubectl's 401", input: 'error: You must be logged in to the server (Unauthorized)', expected: { status: 401 } },
	{ description: 'a Node util.inspect object', input: "{ status: 403, statusText: 'Forbidden', data: { message: 'Missing scope' } }", expected: { format: 'node-inspect', status: 403 } },
	{ description: 'an HTML error page', input: '<html><head><title>401 Authorization Required</title></head><body><center><h1>401 Authorization Required</h1></center><hr><center>nginx</center></body></html>', expected: { format: 'html-page', status: 401 } },
	{ description: 'a log line', input: '2024-05-01T10:00:00Z ERROR api call failed: HTTP 429 rate limited', expected: { format: 'log', status: 429 } },
	{ description: 'a status field holding a reason phrase', input: '{"status":"unauthorized"}', expected: { format: 'json-body', status: 401 } },
	{ description: 'an indented request, as pasted from an issue', input: 'POST /oauth2/token HTTP/1.1\n     Host: localhost:9000\n     Content-Type: application/x-www-form-urlencoded\n', expected: { host: 'localhost' } },
	{ description: 'a curl command above its output', input: "$ curl -i -X POST 'https://gitlab.com/api/v4/ci/lint' \\\n  --header 'Content-Type: application/json'\nHTTP/2 401\n\n{\"message\":\"401 Unauthorized\"}", expected: { format: 'http2', status: 401, host: 'gitlab.com' } },
	{ description: 'a curl command after a shell prompt, its URL without a scheme', input: 'me@dev:~/api$ curl -i  127.0.0.1:8080/status\nHTTP/1.1 401 Unauthorized\n', expected: { status: 401, host: '127.0.0.1' } },
	{ description: "a printed message's URL without the quotes around it", input: "Exception('Error while refreshing: 400 Client Error: Bad Request for url: https://api.example.com/oauth/v1/token')", expected: { status: 400, host: 'api.example.com' } },
	{ description: "a localized .NET WebException", input: 'Message = "Удаленный сервер возвратил ошибку: (401) Несанкционированный."', expected: { status: 401 } },
	{ description: "n8n's service error", input: '"Airtable error response [403]: Access to the requested resource is forbidden"', expected: { status: 403 } },
	{ description: "the JIRA REST client's exception", input: 'java.util.concurrent.ExecutionException: RestClientException{statusCode=Optional.of(401), errorCollections=[]}', expected: { status: 401 } },
	{ description: 'a response code in quotes', input: ":message=>\"Got response code '401' contacting Elasticsearch at URL 'https://es01:9200/'\"", expected: { status: 401 } },
	{ description: 'an exception named for its status', input: 'ShopifyCLI::API::APIRequestForbiddenError: 403{"errors":"Unauthorized Access"}', expected: { status: 403 } },
	{ description: 'a "ret" field holding a failure status', input: '{"msg":"token invalid","trace":"","ret":401}', expected: { status: 401 } },
	{ description: "npm's error code", input: 'npm error code E401\nnpm error Incorrect or missing password.', expected: { status: 401 } },
	{ description: "PHP's print_r", input: 'stdClass Object\n(\n    [httpStatus] => 403\n    [code] => 1023\n)', expected: { status: 403 } },
	{ description: 'an SDK error with the status in parentheses', input: '{ Error: Zendesk Error (401): Not Authorized\n    at checkRequestResponse (client.js:259:13)', expected: { status: 401 } },
	{ description: "kubectl's reason phrase", input: 'Error from server (Forbidden): pods is forbidden: User "u-1" cannot list pods in the namespace "default"', expected: { status: 403 } },
	{ description: "an SDK exception's reason phrase", input: 'Mollie.Api.Client.MollieApiException: Unprocessable Entity - Non-existent body parameter "testmode"', expected: { status: 422 } },
	{ description: "a platform's error number is not a status", input: 'type: OAuthException, code: 190, message: Error validating access token', expected: { format: 'text', status: undefined } },
];

describe('parsePaste', () => {
	for (const { description, input, expected } of cases) {
		it(description, () => {
			const parsed = parsePaste(input);
			const { request, response } = parsed.exchange;
			const actual = {
				format: parsed.format,
				status: response.status,
				host: request?.host,
				authorization: request?.headers.find((header) => header.name === 'authorization')?.value,
				body: response.body?.text.trim(),
				notes: parsed.notes.length,
			};
			expect(actual).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([key]) => key in expected)));
		});
	}
});

describe('a body printed as a Node Buffer', () => {
	const hex = (text: string) => [...new TextEncoder().encode(text)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');

	it('is decoded so its fields count', () => {
		const parsed = parsePaste(`{ statusCode: 401,\n  result: <Buffer ${hex('{"error":"invalid_token"}')}> }`);
		expect(parsed.fields).toContainEqual(expect.objectContaining({ key: 'error', value: 'invalid_token' }));
	});

	it('is decoded as far as util.inspect printed it', () => {
		const parsed = parsePaste(`result: <Buffer ${hex('{"message":"Unauthorized')} ... 120 more bytes>`);
		expect(parsed.segments.map((segment) => segment.text)).toContain('{"message":"Unauthorized');
	});
});

describe('a JSON body printed with escaped quotes', () => {
	it('is unescaped so its fields count', () => {
		const parsed = parsePaste('Client error: `POST https://login.example.com/token` resulted in a `400 Bad Request` response:\\n{\\"error\\":\\"invalid_grant\\",\\"error_description\\":\\"authentication failure\\"}\\n');
		expect(parsed.fields).toContainEqual(expect.objectContaining({ key: 'error_description', value: 'authentication failure' }));
	});
});

describe('a bare value followed by "="', () => {
	it('is the next key, not the value: "closed: code = 4004"', () => {
		const parsed = parsePaste('ConnectionClosed: WebSocket connection is closed: code = 4004 (private use)');
		expect(parsed.fields).toContainEqual(expect.objectContaining({ key: 'code', value: '4004' }));
	});
});

describe('a bare value ending with a colon', () => {
	it('is the next key of an empty field, not the value: Go\'s "Needed: Provided:"', () => {
		const parsed = parsePaste('conversationsListResponse: {Ok:false Channels:[] Error:invalid_auth Needed: Provided:}');
		expect(parsed.fields.find((field) => field.key === 'needed')).toBeUndefined();
		expect(parsed.fields).toContainEqual(expect.objectContaining({ key: 'error', value: 'invalid_auth' }));
	});
});

describe("PHP's arrays", () => {
	it('are read as fields: var_export and dd() print "key" => "value"', () => {
		const parsed = parsePaste(`"error" => [\n  "type" => "OAuthException"\n  "code" => 200\n]`);
		expect(parsed.fields).toContainEqual(expect.objectContaining({ key: 'type', value: 'OAuthException' }));
		expect(parsed.fields).toContainEqual(expect.objectContaining({ key: 'code', value: '200' }));
	});
});

describe('phrases', () => {
	it('are found where the paste wraps them across lines', () => {
		const paste = '<p>This server could not verify that you\nare authorized to access the document\nrequested.</p>';
		const hit = findPhrase(createScan(paste, [{ text: paste, offset: 0 }]), 'could not verify that you are authorized');
		expect(hit?.span).toEqual({ start: 15, end: 55 });
	});
});

describe('typographic quotes', () => {
	const paste = '{“status”: 401, “message”: “Not allowed”}';

	it('are read as the straight quotes they were', () => {
		expect(diagnose(paste)).toMatchObject({ status: 401, section: 'unauthorized' });
	});

	it('stay as pasted in what the reader sees', () => {
		expect(diagnose(paste).redacted).toBe(paste);
	});

	it('are replaced one character for one, a leading byte order mark and lone surrogates included', () => {
		for (const text of ['\uFEFF“a”', '‘\uD800’ „b‟']) expect(withPlainQuotes(text)).toHaveLength(text.length);
		expect(withPlainQuotes('\uFEFF‘a’ “b” ‚c‛ „d‟')).toBe('\uFEFF\'a\' "b" \'c\' "d"');
	});
});
