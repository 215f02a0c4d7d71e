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
	{ client: 'python requests, before 2.x', input: 'HTTPError: 401 Client Error: Unauthorized for url https://api.example.com/v1/me', status: 401, section: 'unauthorized' },
	{ client: 'huggingface_hub', input: '403 Client Error. (Request ID: Root=1-6824e511)', status: 403, section: 'forbidden' },
	{ client: 'OpenAI and Anthropic Python SDKs', input: "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided'}}", status: 401, section: 'unauthorized' },
	{ client: 'OpenAI Node SDK', input: 'AuthenticationError: 401 status code (no body)', status: 401, section: 'unauthorized' },
	{ client: "Box's Java SDK", input: 'com.box.sdk.BoxAPIResponseException: The API returned an error code [401]', status: 401, section: 'unauthorized' },
	{ client: 'urllib3 Retry', input: 'urllib3.exceptions.ResponseError: too many 429 error responses', status: 429, section: 'rate-limited' },
	{ client: 'a report in prose', input: 'The server responds with 403 - "Current user not permitted"', status: 403, section: 'forbidden' },
	{ client: 'a request trace', input: '3. `GET https://api.example.com/oauth2/authorize` → **429**', status: 429, section: 'rate-limited' },
	{ client: "Apple's NSError", input: 'The operation couldn’t be completed. (NSURLErrorDomain error 401.)', status: 401, section: 'unauthorized' },
	{ client: 'a client naming the API', input: 'Error: GitHub API error: 401', status: 401, section: 'unauthorized' },
	{ client: 'express-jwt', input: 'UnauthorizedError: jwt malformed', status: 401, section: 'unauthorized' },
	{ client: 'a fetch wrapper', input: 'Error: Error response 401 while fetching https://api.mistral.ai/v1/chat/completions: {"detail":"Unauthorized"}', status: 401, section: 'unauthorized' },
	{ client: 'a client naming the failed step', input: 'Error: Login failed: moonshot API key validation failed (401): {"error":{"message":"Invalid Authentication"}}', status: 401, section: 'unauthorized' },
	{ client: "an app's fetch error", input: 'Profile fetch error 403 : The user is not registered for this application.', status: 403, section: 'forbidden' },
	{ client: "Spring's RestClientResponseException", input: 'org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 : [no body]', status: 401, section: 'unauthorized' },
	{ client: "Google Apps Script's UrlFetchApp", input: 'Exception: Request failed for https://www.strava.com returned code 401. Truncated server response: {"message":"Authorization Error"}', status: 401, section: 'unauthorized' },
	{ client: "curl -v's status line, quoted alone", input: '< HTTP/2 401\n...\n{"message":"unauthorized","errinfo":{}}', status: 401, section: 'unauthorized' },
	{ client: "IIS's substatus page text", input: 'Error message 401.2.: Unauthorized: Logon failed due to server configuration.', status: 401, section: 'unauthorized' },
	{ client: '.NET WebException, localised with Chinese punctuation', input: '创建数据文件时出现错误；远程服务器返回错误；（403）已禁止', status: 403, section: 'forbidden' },
	{ client: "n8n's HTTP Request node", input: '{"errorMessage":"Forbidden - perhaps check your credentials?","errorDetails":{"httpCode":"403"}}', status: 403, section: 'forbidden' },
	{ client: "gRPC in Go, read through gRPC's HTTP mapping", input: 'Error Details: rpc error: code = PermissionDenied desc = Calling method ListClusters is not allowed.', status: 403, section: 'forbidden' },
	{ client: "gRPC in Python", input: 'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAUTHENTICATED\n\tdetails = "etcdserver: invalid auth token"', status: 401, section: 'unauthorized' },
	{ client: 'the ws library', input: 'WebSocket error - Unexpected server response: 401', status: 401, section: 'unauthorized' },
	{ client: 'a graphql-ws close code', input: 'failed to read JSON message: failed to get reader: received close frame: status = StatusCode(4403) and reason = "Forbidden"', status: 403, section: 'forbidden' },
	{ client: 'a client printing the reason phrase alone', input: 'Error: Unable to fetch information about the owner of this API key. Reason: UNAUTHORIZED', status: 401, section: 'unauthorized' },
	{ client: "an error class before a bracketed status (Kintone's REST client)", input: 'KintoneRestAPIError: [403] [CB_NO02] No privilege to proceed. (SoyMA67jQV6mU3NHzTyH)', status: 403, section: 'forbidden' },
	{ client: "ASP.NET Core's request log", input: '[05:13:08] [INF] Microsoft.AspNetCore.Hosting.Diagnostics: Request finished HTTP/1.1 GET http://192.168.50.50:8096/Users/ - 401 0 null 1.212ms', status: 401, section: 'unauthorized' },
	{ client: "ASP.NET Core's request log in .NET 6 and 7", input: '[14:35:27 INF] AuthenticationScheme: Bearer was challenged.\n[14:35:27 INF] Request finished HTTP/1.1 GET http://192.168.1.104:5000/api/home - - - 401 0 - 1.8221ms', status: 401, section: 'unauthorized' },
	{ client: "ASP.NET Core's request log before .NET 6", input: 'info: Microsoft.AspNetCore.Hosting.Diagnostics[2]\n      Request finished in 54.8626ms 403 application/json', status: 403, section: 'forbidden' },
	{ client: "Google's Python client", input: 'Error: <HttpError 403 when requesting https://analyticsreporting.googleapis.com/v4/reports:batchGet?alt=json returned "User does not have sufficient permissions for this profile.">', status: 403, section: 'forbidden' },
	{ client: "Google's .NET client", input: 'Google.Apis.Requests.RequestError\nDaily Limit Exceeded [403]\nErrors [ Message[Daily Limit Exceeded] Reason[dailyLimitExceeded] ]', status: 403, section: 'rate-limited' },
];

describe('HTTP client failure messages', () => {
	it.each(clientMessages)('$client: reads status $status', ({ input, status, section }) => {
		const diagnosis = diagnose(input);
		expect(diagnosis.status).toBe(status);
		expect(diagnosis.section).toBe(section);
	});

	it.each(['The endpoint returned 404 results.', 'We got 500 rows back', '#1 /app/vendor/league/oauth2-client/src/Provider/AbstractProvider.php(537): Zoho->checkResponse()'])('reads no status from a count: %s', (input) => {
		expect(diagnose(input).status).toBeNull();
	});
});

// A token with a trailing newline (read from a file, an environment variable, a secret) never leaves the client: each
// runtime refuses the header, in its own words.
describe('a credential the HTTP client would not send', () => {
	it.each([
		["Go's net/http", 'Get "https://api.example.com/v1/users": net/http: invalid header field value "Bearer abc123\\n" for key Authorization'],
		['Node', 'TypeError [ERR_INVALID_CHAR]: Invalid character in header content ["Authorization"]'],
		['python requests', 'requests.exceptions.InvalidHeader: Invalid return character or leading space in header: Authorization'],
		['python requests 2.28+', "requests.exceptions.InvalidHeader: Invalid leading whitespace, reserved character(s), or return character(s) in header value: 'Bearer abc123\\n'"],
	])('%s: a malformed credential, fixed in the request', (_, input) => {
		expect(diagnose(input)).toMatchObject({ section: 'unauthorized', action: 'fix-request' });
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
