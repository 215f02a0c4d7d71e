import type { Verdict } from '../platforms/types.ts';

/**
 * How much a phrase says on its own: most name a cause ("moderate"); environment words appear in many unrelated
 * messages ("weak"); a statement that the other environment's credentials were used, or that the connection failed
 * before any answer, is as good as a platform's message ("explicit").
 */
export type Strength = 'weak' | 'moderate' | 'explicit';

/** Wording that points at authentication: more than an environment word, and not a failed connection. */
export const pointsAtAuth = (hit: { strength: Strength; verdict: Verdict }): boolean => hit.strength !== 'weak' && hit.verdict[0] !== 'not-auth';

/** The meaning of wording that says the connection failed, so that no server answered. */
export const CONNECTION_FAILED = 'says the connection failed before any answer';

/** The meaning of wording that says the credentials were rejected, naming no cause. */
export const CREDENTIALS_REJECTED = 'says the credentials were rejected';

/** The meaning of wording that says the account's plan or credit does not cover the call, which no wait changes. */
export const OUT_OF_CREDIT = "says the account's plan or credit does not cover this call";

/** A documented meaning: a pattern over the lower-cased paste, the verdict, and the phrase in the guide's words. */
export interface Meaning {
	pattern: RegExp;
	verdict: Verdict;
	meaning: string;
	strength?: Strength;
}

/**
 * Documented meanings that are not platform-specific, as data. Patterns are bounded (no nested quantifiers) so scans
 * stay linear. Most meanings also hold their standard Chinese wording (未授权 unauthorized, 令牌已过期 token expired,
 * 未登录 not logged in, 权限不足 insufficient permission, 请求过于频繁 requests too frequent), which many APIs answer
 * in without an English word to read.
 */
export const vocabulary: readonly Meaning[] = [
	{
		// A refresh token refused can only be the token endpoint's answer: "Invalid refresh token", "Refresh token
		// validation failed" (IdentityServer), "refresh token is expired", a rotated one "already used"; and a client
		// saying its refresh failed ("Failed to refresh token", "Error refreshing the OAuth2 token", "refresh token
		// request returned status 401", oauth2client's "access_token is expired or invalid and can't be refreshed",
		// "Error when using refreshToken: HTTP Error 400"); and the authorization code a client exchanges ("Invalid
		// Authorization Code", "authorization code has expired", RFC 6749's own invalid_grant wording: "the provided
		// authorization grant … is invalid … or was issued to another client"), which only a new sign-in replaces.
		// Listed first: "expired" and "rejected" would read it as any token.
		pattern: /\b(?:invalid|expired|revoked|unknown) refresh[ _]token\b|\brefresh[ _]token (?:is |was |has been |has )?(?:invalid|expired|revoked|not found|no longer valid|already (?:been )?used)\b|\brefresh token validation failed\b|\b(?:invalid|expired) authori[sz]ation code\b|\bauthori[sz]ation grant(?: code)? is invalid\b|\bwas issued to another client\b|\bauthori[sz]ation code (?:is |was |has )?(?:invalid|expired|not found|already (?:been )?(?:used|redeemed))\b|\b(?:(?:failed to|unable to|could not|couldn't) refresh|error (?:while )?refreshing) (?:the |your )?(?:access |oauth2? |auth )?tokens?\b|\berror (?:when |while )?using (?:the )?refresh ?token\b|\b(?:could not|couldn't|can't|cannot) be refreshed\b|\b(?:token refresh|refresh token request) (?:failed|returned|was rejected)\b/,
		verdict: ['refresh-failed', 'reauthorize'],
		meaning: 'says the refresh token or authorization code was refused',
	},
	{
		// RFC 6749 §5.2 unauthorized_client in words: "The authenticated client is not authorized to use this authorization grant
		// type", oauth2-php's "The grant type is unauthorized for this client_id" (Box, FOSOAuthServerBundle) and
		// IdentityServer's "Client not authorized for resource owner flow, check the AllowedGrantTypes setting". The app's
		// registration or its token request changes; signing in again would meet the same refusal.
		pattern: /\bgrant type is unauthorized for this client|\bnot authorized to use this (?:authorization )?grant type\b|\bclient not authorized for [a-z ]{1,30} flow\b/,
		verdict: ['refresh-failed', 'fix-request'],
		meaning: 'says the app may not use this grant type',
	},
	{
		// RFC 7636 §4.6: the code_verifier sent with the code does not match the code_challenge sent to /authorize (Entra's
		// AADSTS50148 and 501481, OpenIddict's ID2052): the client pairs the wrong PKCE values, and signing in again through
		// the same code fails the same way.
		pattern: /\bcode[ _]verifier['"]?(?: parameter)? (?:(?:does not|doesn't) match the code[ _]challenge|(?:did not|didn't) correspond|is invalid)/,
		verdict: ['refresh-failed', 'fix-request'],
		meaning: 'says the PKCE code verifier does not match the challenge',
	},
	{
		// A token whose nbf or iat lies ahead of the verifier's clock (RFC 7519 §4.1.5, §4.1.6): PyJWT's ImmatureSignatureError
		// "The token is not yet valid (iat)", golang-jwt's "token is not valid yet" and "token used before issued",
		// jsonwebtoken's NotBeforeError "jwt not active", Spring's "Jwt used before", Nimbus's "JWT before use time". One
		// of the two clocks is off: fixing it, or allowing leeway, helps where a new token would fail the same way.
		pattern: /\b(?:token|jwt) (?:is )?not (?:yet valid|valid yet)\b|\bjwt not active\b|\b(?:token|jwt) used before\b|\bjwt before use time\b/,
		verdict: ['unauthorized', 'fix-request'],
		meaning: 'says the token is not valid yet: a clock is off',
	},
	{
		// RFC 6749 §4.1.2.1: the redirect URI is not one registered for the app ("redirect_uri_mismatch", "Invalid redirect
		// URI", Spring's "does not match one of the registered values"); the app's registration or its request changes.
		pattern: /\bredirect_uri_mismatch\b|\binvalid[ _]redirect(?:[ _]uri)?\b|\bredirect[ _]uri['"]? (?:mismatch|(?:does not|doesn't|must) match)\b|\bdoes not match one of the registered values\b/,
		verdict: ['unauthorized', 'fix-request'],
		meaning: 'says the redirect URI is not one registered for the app',
	},
	{
		// "token expired", "jwt expired", "access token has expired", "expired_access_token", "Session expired or invalid"
		// also "An active access token must be used …" (Meta's Graph API, once the token has lapsed) and "… is required";
		// not RFC 6750's definition of invalid_token ("… is expired, revoked, malformed, or invalid …"), which names no cause,
		// nor across or after an "or" ("invalid access token or token expired", "invalid or expired token" name two);
		// and the error names libraries print: Hasura's "JWTExpired", jsonwebtoken's "TokenExpiredError"; PyJWT's
		// ExpiredSignatureError says "Signature has expired" (AWS's clock-skew "Signature expired:" has no "has")
		pattern: /(?:jwt|token)expired|\bsignature has expired\b|(?<!\bor )\b(?:token|jwt|session|credentials?)\b(?:(?! or )[ _a-z]){0,24}?\b(?:has |is )?expired\b(?!, revoked, malformed)|(?<!\bor )\bexpired[ _-](?:(?:access[ _-]|id[ _-]|auth[ _-])?token|jwt)\b|\ban active access token (?:is |must be )?(?:required|used)\b|(?:令牌|token|凭证)已?过期/,
		verdict: ['token-expired', 'refresh-token'],
		meaning: 'says the token or session expired',
	},
	{
		// DRF "Authentication credentials were not provided.", "missing authorization header", "no auth token", "the
		// Authorization header was not present", OpenAI's "You didn't provide an API key", eWeLink's
		// "Bearer:accessToken is empty". Kubernetes names a request that carried no accepted credential
		// "system:anonymous". Also OAuth servers' "Client credentials were not found in the headers or body" and
		// "Client credentials missing or malformed".
		pattern: /credentials were not provided|\bcredentials (?:were |are )?(?:not found|missing)\b|\bno (?:[a-z]{2,20} ){0,2}credentials? (?:were |was )?(?:found|provided|supplied)\b|\b(?:authentication |auth |access )?token (?:was )?not provided\b|\brequired (?:authorization |auth |access )?(?:token|header|credentials?) (?:was )?not found\b|\bsystem:anonymous\b|(?:missing|no) (?:valid )?(?:authorization|auth(?:entication)?) (?:header|token)|\b(?:auth(?:entication)? |access ?|api )?token (?:is )?(?:required|empty)\b|\bmissing (?:access |auth |bearer )?token\b|(?:authorization|x-api-key|api[ _-]?key) header (?:is |was )?(?:missing|required|not present)|\bmissing (?:mandatory |required )?(?:request )?header:? ['"]?(?:authorization|x-api-key)\b|could not verify that you are authorized|no token provided|no api key|\b(?:didn't|did not) provide (?:an? |your )?(?:api[ _-]?key|(?:access |auth )?token|credentials?)\b|api key (?:is )?(?:missing|required)|not logged in|未登录/,
		verdict: ['unauthorized', 'fix-request'],
		meaning: 'says no credentials arrived',
	},
	{
		// Listed before "rejected": a malformed or misaddressed credential is the more specific reading of the same
		// 401. Also golang-jwt's "token contains an invalid number of segments": what was sent is not a JWT at all; and
		// a client authenticating by a method the server does not take (RFC 6749 §5.2 invalid_client, "unsupported
		// authentication method"); jsonwebtoken's "jwt audience invalid. expected: …" and "jwt issuer invalid", jose's
		// 'unexpected "aud" claim value', Keycloak's "Invalid token issuer", and a token that does not parse ("failed
		// to parse token data", Nimbus JOSE's "Invalid JWT serialization: Missing dot delimiter(s)", "OAuth token
		// submitted with the request can not be parsed"), and WS-Security's SOAP fault wsse:InvalidSecurityToken ("An
		// invalid security token was provided", OASIS WSS 1.1 §12); and a key header whose value has the wrong form
		// (Cloudflare's "Invalid format for X-Auth-Key header"). And an HTTP client refusing to send a credential with
		// a character a header may not hold, most often a token's trailing newline: Go's net/http "invalid header field
		// value … for key Authorization", Node's "Invalid character in header content ["Authorization"]", requests'
		// "Invalid return character or leading space in header: Authorization" and "… in header value: 'Bearer …".
		pattern: /\bmalformed[ _](?:bearer[ _])?(?:token|header|authorization|jwt)|\binvalid format for (?:the )?[\w-]{0,40}(?:auth|key|token)[\w-]{0,20} header\b|\b(?:token|header|jwt) (?:is |was )?malformed\b|\binvalid authorization header\b|\btoken contains an invalid number of segments\b|\baudience (?:validation failed|is invalid)|\bjwt (?:audience|issuer) invalid\b|\bunexpected ['"]?(?:aud|iss)['"]? (?:claim )?value\b|\b(?:invalid|bad)[ _](?:(?:authorization |access )?token[ _])?(?:audience|issuer)\b|\btoken [a-z ]{0,40}can ?not be parsed\b|\binvalid ?security ?token\b|\bfailed to parse (?:the )?(?:token|jwt)\b|\binvalid jwt serialization\b|\b(?:invalid|unsupported) (?:client )?authentication method\b|\binvalid header field value\b[^\n]{0,300}?\bfor key authorization\b|\binvalid character in header content \["authorization"\]|\bin header(?: value)?: '?(?:authorization\b|(?:bearer|basic) )/,
		verdict: ['unauthorized', 'fix-request'],
		meaning: 'says the credential is malformed or meant for another audience',
	},
	{
		// also npm's "your authentication token seems to be invalid" and "Incorrect or missing password", "Unable to
		// authenticate", a vendor's name before "API key" ("Invalid MailChimp API key"), PyPI's "Invalid or non-existent
		// authentication information", Azure Storage's "Server failed to authenticate the request", a container
		// registry's "unauthorized: authentication required" (docker login), a key sent in an X-API-Key header ("invalid x-api-key"),
		// Zoho's "The transmitted client ID does not exist", Kubernetes' 401 as client-go words it ("the server has asked for
		// the client to provide credentials"), NetSuite's "Invalid login attempt", WeChat's "invalid credential, access_token is
		// invalid", Cloudflare's 10000 "Authentication error", the Chinese "account or password is incorrect"
		// (账号或密码错误), and WS-Security's SOAP fault
		// wsse:FailedAuthentication ("The security token could not be authenticated or authorized", OASIS WSS 1.1 §12)
		pattern: /\binvalid(?: or [a-z-]{2,20})?[ _](?:(?:[a-z]{2,20} )?(?:x-)?api[ _-]?key|(?:oauth[ _])?(?:api|access|auth|authorization|bearer|id)[ _]token|token|(?:api[ _])?credentials?|(?:client[ _])?secret|authentication|auth[ _]token)\b|\b(?:access[ _])?token[ _](?:invalid|incorrect)\b|\bincorrect (?:(?:username|user name|login|email) or )?(?:or missing )?password\b|\bfailed to authenticate\b|\bnot[ _]authenticated\b|\bunauthorized: authentication required\b|(?<![a-z])(?:token|api[ _]key|credentials)[ a-z]{0,16}? (?:is|are|was|were|seems to be|appears to be) (?:missing or )?(?:invalid|incorrect|wrong|not valid)\b|\bunable to authenticate\b|\bbad credentials\b|\binvalid login(?: attempt)?\b|\bfailedauthentication\b|\bthe server has asked for the client to provide credentials\b|\bclient[ _]?id (?:does not|doesn't) exist\b|\b(?:token|key|credentials?)[ _](?:has been |was )?revoked\b|\bauthentication (?:failed|error)\b|\bunauthenticated\b|未经?授权|认证失败|(?:令牌|token|凭证)(?:无效|不合法)|(?:无效|不合法)的(?:access_?)?(?:令牌|token|凭证)|签名(?:验证)?失败|(?:帐|账)号或密码(?:不正确|错误)|用户名或密码(?:不正确|错误)/,
		verdict: ['unauthorized', 'regenerate-credentials'],
		meaning: CREDENTIALS_REJECTED,
	},
	{
		// The platform retired this way of authenticating (Atlassian and GitHub retired passwords for API tokens): the guide's
		// "the platform required a migration to a new auth method".
		pattern: /\b(?:basic auth(?:entication)?|password auth(?:entication)?) (?:with (?:a )?password )?(?:is )?(?:not (?:allowed|supported)|no longer supported|disabled|deprecated)\b/,
		verdict: ['unauthorized', 'regenerate-credentials'],
		meaning: 'says this way of authenticating is no longer accepted',
	},
	{
		// also "needs the "codespace" scope", "requires the repo scope", GitHub's "You need at least read:org scope", and a named OAuth permission: Meta's "requires the
		// 'pages_read_engagement' permission" (quoted, or a name with _ or : — not a role like "the admin permission");
		// also scopes the server found wanting: "the provided scopes are insufficient", "Metadata scope does not support 'q'"
		// and a token that "does not have sufficient scopes", or credentials that "lack one or more required privilege scopes" (Bitbucket)
		pattern: /\b(?:needs?|requires) (?:the|at least) "?[\w:.\/-]{1,60}"? scopes?\b|\b(?:needs|requires) the (?:'[\w:.\/-]{1,60}'|"[\w:.\/-]{1,60}"|[\w.\/-]{1,30}[_:][\w:.\/-]{1,30}) permissions?\b|\binsufficient[ _](?:(?:authentication|oauth|token|access)[ _])?scopes?\b|\brequires higher privileges than provided by the access token|\bmissing[ _](?:permission[ _])?scopes?\b|\b(?:does not|doesn't) have (?:the )?(?:sufficient|required|necessary|enough) scopes?\b|\bmissing the ['"]?[\w:.\/-]{1,60}['"]? scopes?\b|\brequired[ _]scopes?\b|\black(?:s|ing)? (?:one or more |the )?(?:required |necessary )?(?:[a-z]{1,20} )?scopes?\b|\bscopes? (?:are |is )?(?:missing|required|not granted|insufficient|not[ _]authorized|restricted)\b|\bscopes? (?:does|do) not (?:support|allow|permit)\b/,
		verdict: ['invalid-scope', 'add-scope'],
		meaning: 'says a scope is missing',
	},
	{
		// RFC 6749 §4.1.2.1 access_denied: the resource owner or the authorization server refused. Also a user not assigned to
		// the app (Okta's "User is not assigned to the client application", Entra's AADSTS50105): an admin assigns them. And a
		// caller outside the API's IP allow-list (WeChat's 40164 "invalid ip …, not in whitelist", 不在白名单) or a key's allowed
		// referrers (Google's "Requests from referer … are blocked", IEX's "The referer … is not allowed"). And an account
		// outside the organization the API serves (OpenAI's "You must be a member of an organization to use the API"), or a
		// principal without the role (Azure RBAC's "lacks the required data action"), or without the privilege or permission
		// ("No privilege to proceed", "No permission").
		pattern: /\baccess_denied\b|\binsufficient[ _](?:permissions?|roles?|privileges?)\b|\bno (?:permission|privilege)s?\b|\bpermission denied\b|\bnot authorized to (?:access|perform)\b|\b(?:does|do) not have (?:the )?(?:required )?(?:access|permission|authorization to perform)|\baccess (?:is )?(?:denied|forbidden)\b|\baccess to (?:the |this )?resource is denied\b|无权限|没有权限|权限不足|\bnot assigned to (?:a role for )?the (?:client )?application\b|\bnot in (?:the )?(?:ip )?(?:white|allow)[- ]?list\b|\bforbids access\b|\breferr?er\b[a-z ]{0,30} is not allowed\b|\brequests from referr?er [^\s]{1,200} are blocked\b|\bmust be a member of (?:an? |the )?(?:[a-z]{1,20} )?(?:organi[sz]ation|team|workspace|group|project)\b|\blacks the required (?:data )?(?:action|role)s?\b|\bip (?:address )?(?:is )?not (?:whitelisted|allowlisted|allowed)\b|不在白名单/,
		verdict: ['forbidden', 'check-permissions'],
		meaning: 'says the action is not permitted',
	},
	{
		// An account whose plan or credit does not cover the call: "insufficient credits" (OpenRouter), "Your credit balance is
		// too low" (Anthropic), OpenAI's insufficient_quota, "You exceeded your current quota, please check your plan and
		// billing details", which OpenAI sends as a 429 (platform.openai.com/docs/guides/error-codes): waiting does not help,
		// the account's billing must change.
		pattern: /\b(?:your |the )?(?:[a-z]{1,20} )?plan (?:does not|doesn't) include\b|\bnot available on (?:the |your )?(?:current )?plan\b|\binsufficient[ _](?:credits?|quota)\b|\bcredit balance is too low\b|\bcheck your plan and billing\b/,
		verdict: ['forbidden', 'check-permissions'],
		meaning: OUT_OF_CREDIT,
		strength: 'explicit',
	},
	{
		// not header names such as x-ratelimit-limit, nor a link to a rate-limits page; also exception names
		// (XeroRateLimitExceeded, TooManyRequestsError, knplabs' ApiLimitExceedException), "You have reached GitHub
		// hour limit", Spotify's "reached a rate/request limit", "too many attempts", Copilot's "request was
		// rate-limited", "the maximum number of api requests are already reached", "Excessive API token requests",
		// Stripe's "you're creating accounts too quickly", Google's "Daily Limit Exceeded", and Cloudflare's
		// rate-limiting page in front of an API ("error code: 1015")
		pattern: /(?<![-\w])(?:rate[ _]?limit(?:ed|s|ing)?|rate-limited)(?![-\w])|(?:rate|api)limit(?:exceed(?:ed)?|error|exception)|\breached (?:the |your |an? )?(?:[a-z]{2,20} )?(?:rate\/)?(?:hour|hourly|daily|rate|request|api) limit\b|\btoo ?many ?(?:requests|attempts)|\bquota (?:has been )?exceeded\b|\b(?:daily|hourly|usage|request|api|call) limits? (?:[a-z ]{1,40} )?(?:have been |has been |was |were )?exceeded\b|\berror code: 1015\b|\bmaximum number of (?:api )?(?:requests|calls)\b|\bexcessive [a-z ]{0,30}requests\b|\btoo quickly\b|\bthrottl|请求过于频繁|限流/,
		verdict: ['rate-limited', 'wait-and-retry'],
		meaning: 'talks about a rate limit',
	},
	{
		// The connection failed before any answer: a timeout, a refused or reset connection, a host name that did not
		// resolve, a certificate the client would not trust (Node's ECONNREFUSED, Python's "certificate verify failed", Go's
		// "x509: certificate signed by unknown authority").
		// Nothing was said about the credentials, whatever status a tool printed beside it.
		pattern: /\bconnection (?:timed out|refused|reset)\b|\b(?:econnrefused|econnreset|etimedout|enotfound|eai_again)\b|\bgetaddrinfo\b|\bcertificate verify failed\b|\bself[- ]signed certificate\b|\bcertificate signed by unknown authority\b/,
		verdict: ['not-auth', 'none'],
		meaning: CONNECTION_FAILED,
		// No server answered, so nothing else the paste says about credentials (a tool's prompt, a scope list) was its answer.
		strength: 'explicit',
	},
	{
		// A bot check answered in the API's place: Cloudflare's challenge (its cf-mitigated: challenge header, "Just a
		// moment..." page, "Enable JavaScript and cookies to continue"). It asked no credential, so none is wrong.
		pattern: /\bcf-mitigated:\s{0,4}challenge\b|<title>just a moment\.\.\.<\/title>|\benable javascript and cookies to continue\b/,
		verdict: ['not-auth', 'none'],
		meaning: 'says a bot check answered, not the API',
		strength: 'explicit',
	},
	{
		// Stripe's "a test mode key was used to make this request", Mollie's "exists, but the wrong mode is used"; also
		// Plaid's "for the wrong Plaid environment", "cannot be created with a test-mode API key", Stripe's "livemode
		// API key", WePay's "an access_token from production on stage", Paddle's "not available in the sandbox
		// environment", LibreLink Up's "Logged in to the wrong region", a key "linked to a different data center"
		// (Mailchimp's dc suffix), NetSuite's "Incorrect data center requested", Tesla's "user out of region" and "must
		// be registered in the current region", New Relic's "Account is not valid in this region", OpenAI's "incorrect
		// regional hostname" (a data-residency project), "Resource belongs to a different mode" (mode_mismatch); PayPal
		// checkout's "Invalid client-id for production" (a sandbox client id)
		pattern: /\bnot available in (?:the )?(?:sandbox|test|live|production)(?: environment| mode)?\b|\b(?:wrong|incorrect) (?:[a-z]{1,20} )?(?:mode|environment|region|data ?center|regional (?:hostname|host|endpoint))\b|\bout of region\b|\bregistered in the current region\b|\bnot valid in this region\b|\b(?:belongs|linked) to a different (?:mode|environment|region|data ?center)\b|\bmode[ _]mismatch\b|\binvalid client[ _-]?id for (?:the )?(?:production|sandbox|live|test)\b|\b(?:test|live|sandbox|production)[ -]?mode (?:api )?(?:key|token)\b|(?:token|key|credentials?) from (?:production|live|stage|staging|sandbox|test) (?:on|in|against) (?:production|live|stage|staging|sandbox|test)\b/,
		verdict: ['wrong-environment', 'switch-environment'],
		meaning: 'says the request or its credentials belong to the other environment',
		strength: 'explicit',
	},
	{
		pattern: /\bsandbox\b|\btest ?mode\b|\blive ?mode\b/,
		verdict: ['wrong-environment', 'switch-environment'],
		meaning: 'mentions a sandbox or test/live mode',
		strength: 'weak',
	},
];

// Examples in parentheses name possible causes, not this one: servers send RFC 6749 §5.2's own definition of
// invalid_client as the description, "Client authentication failed (e.g., unknown client, no client authentication
// included, or unsupported authentication method)".
const EXAMPLES = /\(e\.g\.[^)]*\)/g;

/** The text with its parenthesised examples blanked out, offsets kept. */
export const withoutExamples = (text: string): string => (text.includes('(e.g.') ? text.replace(EXAMPLES, (list) => ' '.repeat(list.length)) : text);

/** What a message says, by the vocabulary's reading: rules read an error's description through it. */
export const meaningOf = (text: string): Meaning | undefined => meaningIn(text.toLowerCase())?.meaning;

export const verdictOf = (text: string): Verdict | undefined => meaningOf(text)?.verdict;

/** The first meaning the vocabulary reads in `lower` (lower-cased text), and the words it read it from. */
export const meaningIn = (lower: string): { meaning: Meaning; match: RegExpExecArray } | undefined => {
	for (const meaning of vocabulary) {
		const match = meaning.pattern.exec(lower);
		if (match) return { meaning, match };
	}
	return undefined;
};
