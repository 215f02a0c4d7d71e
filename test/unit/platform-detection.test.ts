import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/checker/index.ts';

// A platform is named only on evidence that names it; wording any API may send explains the error but not who sent it.
describe('platform detection', () => {
	it.each([
		['a generic expiry message', '{"error":{"status":401,"message":"The access token expired"}}'],
		['a generic rejection', 'HTTP/1.1 401 Unauthorized\n\n{"detail":"Invalid token."}'],
		['a standard OAuth code in RFC 6749 wording', '{"error":"invalid_client","error_description":"Client Authentication failed"}'],
		["a project's own identifier that names a vendor", 'Error: permission denied\n  with module.shopify_service[0].module.vault[0].data.vault_auth_backend.aws'],
		['an Apache module name that says proxy', "[proxy_fcgi:error] [pid 1] AH01071: Got error 'PHP message: Error executing API call (404: Not Found)'"],
		['a header two vendors send', "{'status': 403, 'headers': {'X-OAuth-Scopes': 'chat:write', 'X-Accepted-OAuth-Scopes': 'chat:write'}}"],
		["a link to a code host's web page, copied with a CI log", 'ERROR: failed to copy: unexpected status code 429 Too Many Requests [12](https://github.com/acme/app/actions/runs/113/job/315)'],
		["a Maven namespace for a project hosted on GitHub", 'ERROR [c.g.m.s.p.a.g.RestClient] response status did not match. at com.github.someone.plugin.RestClient.post(RestClient.java:12) 403 Forbidden'],
		['a vendor name that is also an ordinary word', 'Error: zoom webservice error: Invalid access token.'],
		['a vendor name inside a header name', 'access-control-allow-headers: Spotify-App-Version, Authorization\nHTTP/1.1 429 Too Many Requests'],
		["a number no one calls a code, that is a vendor's code elsewhere", 'Processed 20003 records, then HTTP 401 Unauthorized'],
		['a .NET stack frame', 'HttpResponseException: Response status code does not indicate success: 401 (Unauthorized).\n   at Microsoft.PowerShell.Commands.WebRequestPSCmdlet.ThrowTerminatingError()'],
		["S3's wording from a store on its own host", "Fatal: create repository at s3:s3.nl-ams.scw.cloud/backups failed: client.BucketExists: The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'nl-ams'"],
		["S3's code from S3-compatible storage", '<Error><Code>InvalidAccessKeyId</Code><Message>The Access Key Id you provided does not exist in our records.</Message></Error>\n  at MinioClient.statObject'],
	])('names no platform for %s', (_, paste) => {
		expect(diagnose(paste).platform).toBeNull();
	});

	it.each([
		['a namespaced code', '{"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity."}', 'microsoft'],
		['a vendor command name', 'Search-Spotify : {"error":{"status":401,"message":"The access token expired"}}', 'spotify'],
		['an SDK namespace in another spelling', 'DocuSign.eSign.Client.ApiException: Error while requesting server, received a non successful HTTP code with response Body: {"error":"consent_required"}', 'docusign'],
		['an error-code namespace, listed or not', 'Get Token request returned http error: 400 and server response: {"error":"authorization_pending","error_description":"AADSTS70016: Pending end-user authorization."}', 'microsoft'],
		["an error page's footer", '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>', 'nginx'],
		["a self-hosted server's path", '$ curl -X POST https://sso.example.org/realms/acme/protocol/openid-connect/token -d grant_type=client_credentials\n{"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}', 'keycloak'],
		["a platform's own long wording around a generic phrase", '{ "errorCode": 0, "message": "The token used in the request is expired.", "status": 401 }', 'linkedin'],
		["an error page's footer, copied as text", '502 Bad Gateway\nnginx/1.26.0 (Ubuntu)\n', 'nginx'],
		["a vendor's OAuth configuration named in prose", 'Connection failed:The Zoom OAuth configuration is missing these required scopes: meeting:read:admin', 'zoom'],
		["S3's code, with AWS's host beside another store's name", 'PUT https://bucket.s3.amazonaws.com/backup.tar (mirrored from minio)\n<Error><Code>SignatureDoesNotMatch</Code></Error>', 'aws'],
		["Go's client library for Google's APIs", 'Error: Error when reading or editing Storage Bucket "my-bucket": googleapi: Error 403: Access denied., forbidden', 'google'],
		["a China region's host", 'curl -k -H "Authorization: Bearer k8s-aws-v1.abc" https://A1B2.yl4.cn-north-1.eks.amazonaws.com.cn\n{"kind":"Status","status":"Failure","message":"Unauthorized","code":401}', 'aws'],
		["an authentication module's error log line", '[Thu Jul 18 09:22:44.478380 2019] [auth_basic:error] [pid 30211] [client 213.95.148.172:53661] AH01617: user someone: authentication failure for "/some/path": Password Mismatch', 'apache'],
		["a framework's error page", 'Whitelabel Error Page\nThere was an unexpected error (type=Forbidden, status=403).\nAccess Denied', 'spring'],
		['a package name', 'File "/app/venv/lib/python3.11/site-packages/slack_sdk/web/base_client.py", line 1, in api_call\nSlackApiError: invalid_auth', 'slack'],
		["Google's retired Python OAuth library", 'File "/home/venv/lib/python2.7/site-packages/oauth2client/client.py", line 1, in _do_refresh_request\nAccessTokenRefreshError: invalid_grant', 'google'],
		['a Discord library', 'File "/usr/local/lib/python3.9/dist-packages/disnake/http.py", line 467, in static_login\ndisnake.errors.LoginFailure: Improper token has been passed.', 'discord'],
		["ASP.NET Core's authentication log", 'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[12]\n      AuthenticationScheme: Bearer was challenged.', 'aspnet'],
		["ASP.NET Core's challenge, under another handler's name", '[INF] Jellyfin.Api.Auth.CustomAuthenticationHandler: AuthenticationScheme: CustomAuthentication was challenged.', 'aspnet'],
		['a class name spelt Paypal', 'App \\ Shop \\ PaymentMethods \\ Paypal \\ Exceptions \\ PaypalRequestError {"error":"invalid_client","error_description":"Client Authentication failed"}', 'paypal'],
		["Keycloak's Java adapter", 'HTTP/1.1 401 \nWWW-Authenticate: Bearer realm="company-services", error="invalid_token", error_description="Didn\'t find publicKey for specified kid"', 'keycloak'],
		['the GitHub CLI', 'error: your authentication token is missing required scopes [read:project]\nTo request it, run:  gh auth refresh -s read:project', 'github'],
		["Spring's OAuth2 client", '[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [no body]', 'spring'],
		['an SDK under the vendor’s former name', 'TwitterAPI.TwitterError.TwitterRequestError: (429): {"title":"Too Many Requests","status":429}', 'x'],
		['the host a logged request names, over project links beside it', '{"cause":{"code":"ECONNREFUSED"},"popsicle":{"url":"https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"}} see https://github.com/blakeembrey/popsicle', 'quickbooks'],
		['the host a Python client prints', "HTTPSConnectionPool(host='login.microsoftonline.com', port=443): Max retries exceeded with url: /common/oauth2/v2.0/token", 'microsoft'],
		['a framework’s message codes', 'SecurityTokenNoExpirationException: IDX10225: Lifetime validation failed. The token is missing an Expiration Time.', 'aspnet'],
		["the vendor's error page", '401. That’s an error.\n\nError: invalid_client\n\nThe OAuth client was not found.', 'google'],
		['a Java package', 'WARN  [org.keycloak.events] (default task-147) type=REFRESH_TOKEN_ERROR, error=invalid_token, grant_type=refresh_token', 'keycloak'],
		['the one server that runs only its framework', 'date: Sun, 04 Oct 2020 19:09:52 GMT\nserver: Kestrel\nstatus: 401\nwww-authenticate: Bearer error="invalid_token"', 'aspnet'],
		["the vendor's error envelope", '{"error":{"code":"AccessDenied","message":"You cannot perform the requested operation.","innerError":{"request-id":"7","client-request-id":"7"}}}', 'microsoft'],
		['the API host', 'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.hubapi.com/crm/v3/objects/contacts', 'hubspot'],
		['a name no ordinary text uses, in a sentence', 'Error: An API key is required to connect to Airtable. Please set AIRTABLE_API_KEY.', 'airtable'],
		["a logger's tag", '[Intercom] ERROR - Request failed: unauthorized (401)', 'intercom'],
		["a full resource name", "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/p/locations/us-central1'", 'google'],
		["the vendor SDK's error line", 'Error: An API error occurred: missing_scope', 'slack'],
		['a body whose quotes a forum made typographic', 'Error: [{‘code’: ‘BAD_REQUEST’, ‘detail’: ‘Merchant not authorized’, ‘category’: ‘INVALID_REQUEST_ERROR’}]', 'square'],
		["a wrapper's label for the vendor's answer", "[!] Twitter error: [{u'message': u'Invalid or expired token.', u'code': 89}]", 'x'],
		["a challenge's realm", "'www-authenticate': 'Bearer realm=\"spotify\", error=\"invalid_token\", error_description=\"The access token expired\"'", 'spotify'],
		['a package Debian installs', 'File "/usr/local/lib/python3.10/dist-packages/discord/http.py", line 745, in request\ndiscord.errors.HTTPException: 401 Unauthorized (error code: 0): 401: Unauthorized', 'discord'],
		["a number the paste calls the vendor's error code", 'Error code 20003 from Twilio: Authenticate.', 'twilio'],
		["the vendor's error body, its correlationId beside its category", '{"status":"error","message":"Object not found.","correlationId":"1","context":{"id":["a"]},"category":"OBJECT_NOT_FOUND"}', 'hubspot'],
		["the vendor's envelope as a Python 2 dict", "{u'ok': False, u'error': u'ratelimited'}", 'slack'],
		["the vendor's error envelope, from any route", 'error:  status=409, error={"error_summary": "path/conflict/file/.", "error": {".tag": "path"}}', 'dropbox'],
	])('names the platform from %s', (_, paste, platform) => {
		expect(diagnose(paste).platform).toBe(platform);
	});
});
