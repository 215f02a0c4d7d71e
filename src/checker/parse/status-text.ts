import type { Span } from '../types.ts';
import { isWebPageLink, spanIn, type Segment } from './exchange.ts';
import type { Field } from './fields.ts';

export interface TextStatus {
	status: number;
	span?: Span;
	url?: string;
	/** True when an HTTP client library's own error wording matched. */
	sdk: boolean;
}

// Each HTTP client's error wording; the capture named `status` is the code, `url` the request URL when printed.
const SDK_PATTERNS: RegExp[] = [
	// python requests: raise_for_status() (before requests 2.x added the colon after "for url" too); huggingface_hub's
	// "403 Client Error. (Request ID: …)"
	/(?<status>[45]\d\d) (?:Client|Server) Error: [^\n]{0,200}? for url:? (?<url>\S{1,2000})/,
	/\b(?<status>[45]\d\d) (?:Client|Server) Error\b/,
	// The OpenAI and Anthropic SDKs: "Error code: 401 - {…}" (Python), "401 status code (no body)" (Node); Box's Java SDK:
	// "The API returned an error code [401 | …]"
	/\bError code:? \[?(?<status>[45]\d\d)\b/i,
	/\b(?<status>[45]\d\d) status code \(no body\)/,
	// Google's Python client (googleapiclient.errors.HttpError): <HttpError 403 when requesting https://… returned "…">
	/<HttpError (?<status>[45]\d\d) when requesting (?<url>\S{1,2000})/,
	// Google's .NET client: "Google.Apis.Requests.RequestError\nDaily Limit Exceeded [403]"
	/\bGoogle\.Apis\.Requests\.RequestError\s{1,4}[^\n]{0,200}? \[(?<status>[45]\d\d)\]/,
	// Apple's NSError description, for an app that reports the HTTP status as the error's code:
	// "The operation couldn't be completed. (NSURLErrorDomain error 401.)"
	/\boperation couldn't be completed\. \([\w.]{1,80} error (?<status>[45]\d\d)\.\)/,
	// A client naming the API: "GitHub API error: 401"
	/\bAPI error:? \(?(?<status>[45]\d\d)\b/,
	// urllib3's Retry, having given up: "too many 429 error responses"
	/\btoo many (?<status>[45]\d\d) error responses\b/,
	// The ws library refusing a WebSocket upgrade: "Unexpected server response: 401"; and a WebSocket closed with the
	// graphql-ws protocol's codes for the same refusals (PROTOCOL.md: 4401 Unauthorized, 4403 Forbidden, 4429 Too many
	// initialisation requests): "received close frame: status = StatusCode(4403)"
	/\bUnexpected server response: (?<status>\d{3})\b/,
	/\bclose[ds]?\b[^\n]{0,80}?\b4(?<status>40[13]|429)\b/i,
	// axios; Google Apps Script's UrlFetchApp: "Request failed for https://… returned code 401."
	/Request failed with status code (?<status>\d{3})/,
	/Request failed for (?<url>\S{1,2000}) returned code (?<status>\d{3})/,
	// Guzzle: Client error: `POST https://…` resulted in a `403 Forbidden` response
	/(?:Client|Server) error: `\w+ (?<url>[^`\s]{1,2000})` resulted in a `(?<status>\d{3})/,
	// node-zendesk's "Zendesk Error (401): Not Authorized", "ApiException : Error 429:", "Error 401: Unauthorized", an app's
	// "Profile fetch error 403 : …"
	/\b[Ee]rror \(?(?<status>[45]\d\d)\)? ?:/,
	// and the code before the body it came with: "Server error: 401 {"error":{…}}"
	/\b[Ee]rror: (?<status>[45]\d\d) (?=[{[])/,
	// A client naming the failed step and its code: "moonshot API key validation failed (401): {…}"
	// (not a PHP stack frame's line number, "AbstractProvider.php(537): …")
	/ \((?<status>[45]\d\d)\):/,
	// Spring's RestClientResponseException for an empty body: "401 : [no body]", "401 Unauthorized: [no body]"
	/\b(?<status>[45]\d\d)(?: [A-Za-z ]{1,40})? ?: \[no body\]/,
	// Docusign's SDKs: received a non successful HTTP code [400] with response Body
	/received a non successful HTTP code \[(?<status>\d{3})\]/,
	// Guzzle 3: Client error response [status code] 401 [reason phrase] Unauthorized [url] https://…
	/\[status code\] (?<status>\d{3}) \[reason phrase\][^\n]{0,100}?(?: \[url\] (?<url>\S{1,2000}))?/,
	// A status and the URL it came from in one bracket: "[401,https://x.atlassian.net/rest/api/2/search…]"
	/\[(?<status>[45]\d\d), ?(?<url>https?:\/\/[^\]\s]{1,2000})/,
	// .NET HttpRequestException
	/Response status code does not indicate success: (?<status>\d{3})/,
	// Spring RestTemplate / WebClient
	/(?:HttpClientErrorException|HttpServerErrorException|WebClientResponseException)(?:\$\w+)?: (?<status>\d{3})[^\n]{0,80}?(?: from \w+ (?<url>\S{1,2000}))?$/m,
	// OkHttp Response.toString()
	/Response\{protocol=[\w/.-]+, code=(?<status>\d{3}), message=[^,\n]{0,100}, url=(?<url>[^}\s]{1,2000})\}/,
	// Go golang.org/x/oauth2
	/oauth2: cannot fetch token: (?<status>\d{3})/,
	// .NET WebException / PowerShell: The remote server returned an error: (401) Unauthorized. Localized, only the colon and
	// the parenthesised code stay: "远程服务器返回错误: (401) 未经授权", "Удаленный сервер возвратил ошибку: (401)",
	// "Der Remoteserver hat einen Fehler zurückgegeben: (401)", "Le serveur distant a retourné une erreur : (403)".
	// With Chinese punctuation: "远程服务器返回错误；（403）已禁止".
	/[:：；][ \t]{0,2}[(（](?<status>[45]\d\d)[)）]/,
	// n8n: "Airtable error response [403]: …", "Error response 401 while fetching https://…"; the JIRA REST Java client:
	// RestClientException{statusCode=Optional.of(401)
	/\berror response:? \[?(?<status>[45]\d\d)\b/i,
	// an error class before the bracketed status: "KintoneRestAPIError: [403] [CB_NO02] No privilege to proceed."
	/(?:Error|Exception): \[(?<status>[45]\d\d)\]/,
	/\bstatusCode=Optional\.of\((?<status>\d{3})\)/,
	// npm: "npm ERR! code E401", "npm error code E403"
	/\bnpm (?:ERR!|error) code E(?<status>4\d\d)\b/,
	// curl -f: curl: (22) The requested URL returned error: 401
	/The requested URL returned error: (?<status>\d{3})/,
	// Java HttpURLConnection: Server returned HTTP response code: 401 for URL: https://…
	/Server returned HTTP response code: (?<status>\d{3}) for URL: (?<url>\S{1,2000})/,
	// got (Node): "HTTPError: Response code 401 (Unauthorized)"; Logstash: "Got response code '401' contacting Elasticsearch"
	/\b[Rr]esponse code:? ['"]?(?<status>[1-5]\d\d)\b/,
	// Chrome console: "Failed to load resource: the server responded with a status of 401 ()"; Faraday "responded with status 401"
	/responded with (?:a )?status (?:of )?(?<status>\d{3})/,
	// ASP.NET Core's request log (Microsoft.AspNetCore.Hosting.Diagnostics): "Request finished HTTP/1.1 GET
	// http://…/Users - 401 0 null 1.2ms", in .NET 6 and 7 "… http://…/home - - - 302 0 - 1.8ms", before them "Request
	// finished in 54.8ms 401"
	/\bRequest finished (?:in [\d.]{1,12}ms |HTTP\/[\d.]{1,3} [A-Z]{3,7} (?<url>\S{1,2000}) (?:- ){1,3})(?<status>[1-5]\d\d)\b/,
	// Chrome console network line: GET https://api.example.com/v1/me 401 (Unauthorized)
	/\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (?<url>https?:\/\/\S{1,2000}) (?<status>\d{3})(?= \(|$)/m,
	// Octokit's request line: "GET https://api.github.com/user/orgs: 403 You need …", "…: 403 - …"
	/\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (?<url>https?:\/\/\S{1,2000}?): (?<status>\d{3})\b/,
];

// A status code with its RFC 9110 §15 reason phrase anywhere (log lines, HTML titles, IIS "401.2 - Unauthorized").
const CODE_WITH_REASON =
	/\b(?<status>[1-5]\d\d)(?:\.\d{1,2})?\.?\]?[ \t]{0,3}[-:]?[ \t]{0,3}(?:Unauthorized|Forbidden|Too Many Requests|Bad Request|Not Found|Proxy Authentication Required|Authorization Required|Internal Server Error|Service Unavailable|Bad Gateway|Gateway Time-?out|Unprocessable (?:Entity|Content)|Conflict|Method Not Allowed|Payment Required|Request Timeout)\b/i;
// "HTTP 401", "status 403", "status code: 429", "HTTP status 401", "status code is 401"; not a process's "exit status: 256"
const CODE_AFTER_WORD = /\b(?:HTTP(?:[ _](?:status|code)|\/[\d.]{1,3})?|(?<!exit )status(?:[ _-]?code)?(?: (?:in|from) [\w ]{1,24}?:)?)(?: is| was)?[ \t]{0,3}[:=]?[ \t]{0,3}(?<status>[1-5]\d\d)\b/i;
// A code told in prose or a request trace: "the server responds with 403", "returned a 401", "GET /authorize → 429"; not
// "returned 404 results"
const CODE_AFTER_VERB =
	/(?:\b(?:respond(?:s|ed)?|returned|returns|got|gets|getting|receiv(?:e|es|ed|ing)) (?:with )?(?:an? )?(?:HTTP )?|(?:→|->) \**)(?<status>[45]\d\d)(?=[\s.,:;)*–-]|$)(?! (?:items|results|records|rows|bytes|ms|times)\b)/i;
// A reason phrase with its code after it: Django's "Page not found (404)", "Forbidden (403)"
const REASON_THEN_CODE = /\b(?:not found|unauthorized|forbidden|bad request|too many requests) \((?<status>[1-5]\d\d)\)/i;
// A bare code, alone on the first line: "401" or "401 whatever"
const BARE_CODE = /^\s{0,8}(?<status>[1-5]\d\d)(?:\s|$)/;

// A reason phrase alone on the first line, as default error pages print it (Werkzeug's "Unauthorized").
const BARE_REASON = /^\s{0,8}(?<reason>Unauthorized|Forbidden|Too Many Requests|Not Found)\s*$/im;
const REASON_CODES: Record<string, number> = {
	unauthorized: 401,
	forbidden: 403,
	'too many requests': 429,
	toomanyrequests: 429,
	'not found': 404,
	notfound: 404,
	'bad request': 400,
	'unprocessable entity': 422,
	unauthenticated: 401,
	permissiondenied: 403,
	permission_denied: 403,
	resourceexhausted: 429,
	resource_exhausted: 429,
};
// Clients that print the reason phrase, not the code: kubectl's "Error from server (Forbidden)" and "You must be logged in
// to the server (Unauthorized)", .NET SDKs' "MollieApiException: Unprocessable Entity - …".
const REASON_PATTERNS = [
	/\b(?:Error from server|logged in to the server) \((?<reason>Forbidden|Unauthorized|NotFound|TooManyRequests)\)/,
	// An exception named for the status: ShopifyCLI::API::APIRequestForbiddenError, express-jwt's UnauthorizedError
	/\b(?:[A-Z]\w{0,60}?)?(?<reason>Unauthorized|Forbidden|TooManyRequests)(?:Error|Exception)\b/,
	/Exception: (?<reason>Unauthorized|Forbidden|Not Found|Too Many Requests|Unprocessable Entity|Bad Request) - /,
	// gRPC's status, as Go ("rpc error: code = PermissionDenied") and Python (StatusCode.UNAUTHENTICATED) print it, read
	// through gRPC's own HTTP mapping (grpc/doc/http-grpc-status-mapping.md): UNAUTHENTICATED 401, PERMISSION_DENIED 403,
	// RESOURCE_EXHAUSTED 429.
	/\b(?:rpc error: code = |StatusCode\.)(?<reason>Unauthenticated|PermissionDenied|ResourceExhausted|UNAUTHENTICATED|PERMISSION_DENIED|RESOURCE_EXHAUSTED)\b/,
];
const CODE_KEYS = ['code', 'ret'];
// also n8n's httpCode, and libcurl's response_code as Ruby's Ethon logs it ("ETHON: performed EASY … response_code=400")
const STATUS_KEYS = ['status', 'statuscode', 'status_code', 'httpstatus', 'httpstatuscode', 'http_status', 'http_code', 'httpcode', 'response_code'];
const URLS = /\bhttps?:\/\/[^\s'"`<>\\)\]}]{1,2000}/g;

/** Only the start of a long paste is searched for a status: SDK messages come first. */
const MAX_SCAN = 65_536;

/** The status of a paste that has no HTTP status line: an SDK message, a status field, a code beside its reason phrase. */
export const statusFromText = (segment: Segment, original: string, fields: Field[]): TextStatus | undefined => {
	const text = segment.text.slice(0, MAX_SCAN);
	const found = (status: number, span: Span | undefined, sdk: boolean): TextStatus => ({ status, span, url: firstUrl(text), sdk });
	// A reason phrase printed in place of the code, where a pattern's `reason` group matched.
	const fromReason = (match: RegExpExecArray | null, sdk: boolean): TextStatus | undefined => {
		const reason = match?.groups?.reason;
		return match && reason ? found(REASON_CODES[reason.toLowerCase()]!, spanIn(original, segment, match.index, match.index + match[0].length), sdk) : undefined;
	};
	for (const pattern of SDK_PATTERNS) {
		const matched = fromMatch(pattern.exec(text), segment, original, true);
		if (matched) return matched;
	}
	for (const pattern of REASON_PATTERNS) {
		const reason = fromReason(pattern.exec(text), true);
		if (reason) return reason;
	}
	const inText = (): TextStatus | undefined => {
		for (const pattern of [CODE_WITH_REASON, CODE_AFTER_WORD, REASON_THEN_CODE, CODE_AFTER_VERB]) {
			const matched = fromMatch(pattern.exec(text), segment, original, false);
			if (matched) return matched;
		}
		return undefined;
	};
	const field = fields.find((candidate) => STATUS_KEYS.includes(candidate.key) && isStatus(candidate.value));
	// A wrapper's own 5xx around the API's answer ({"Status":500,"Message":"… returned status 401 Unauthorized"}): the
	// answer it reports is the one to read.
	const reported = field && Number(field.value) >= 500 ? inText() : undefined;
	if (field) return reported && reported.status < 500 ? reported : found(Number(field.value), field.span, false);
	// {"status":"unauthorized"}: the reason phrase in place of the code
	const reasonIn = (keys: string[]): TextStatus | undefined => {
		const reason = fields.find((candidate) => keys.includes(candidate.key) && REASON_CODES[candidate.value.toLowerCase()]);
		return reason && found(REASON_CODES[reason.value.toLowerCase()]!, reason.span, false);
	};
	const reason = reasonIn(STATUS_KEYS);
	if (reason) return reason;
	const matched = inText();
	if (matched) return matched;
	// A body that is only the reason phrase: {"error":"Unauthorized"}, {"message":"Forbidden"}, a client's "Reason: UNAUTHORIZED"
	const phrase = reasonIn(['error', 'message', 'reason']);
	if (phrase) return phrase;
	// A bare "code" is often the platform's own error number (Meta's "code: 200", X's 261), so it comes last and only
	// as a failure: an error body's code is never an HTTP success. Many APIs call it "ret" ({"msg":"token invalid","ret":401}).
	const code = fields.find((candidate) => CODE_KEYS.includes(candidate.key) && isStatus(candidate.value) && Number(candidate.value) >= 400);
	if (code) return found(Number(code.value), code.span, false);
	return fromReason(BARE_REASON.exec(text), false) ?? fromMatch(BARE_CODE.exec(text), segment, original, false);
};

/** RFC 9110 §15: the codes in use (1xx only 100–103), so a platform's error number like 190 is not read as a status. */
const isStatus = (code: string): boolean => /^(?:10[0-3]|[2-5]\d\d)$/.test(code);

/** The first URL in the text, when the paste names the request it came from. */
export const firstUrl = (text: string): string | undefined => {
	for (const [url] of text.slice(0, MAX_SCAN).matchAll(URLS)) if (!isWebPageLink(url)) return url;
	return undefined;
};

const fromMatch = (match: RegExpExecArray | null, segment: Segment, original: string, sdk: boolean): TextStatus | undefined => {
	const status = match?.groups?.status;
	if (!match || !status || !isStatus(status)) return undefined;
	const start = match.index + match[0].indexOf(status);
	return {
		status: Number(status),
		span: spanIn(original, segment, start, start + 3),
		// A message printed inside quotes or brackets ends its URL with them: "…for url: https://…/token')".
		url: match.groups?.url?.replace(/['")\]}>.,;]+$/, '') ?? firstUrl(segment.text),
		sdk,
	};
};
