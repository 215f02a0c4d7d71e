import { definePlatform } from './define.ts';
import { badRequest } from './verdicts.ts';

// Sources:
// - https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html
// - https://nginx.org/en/docs/http/ngx_http_auth_request_module.html (401/403 from the auth subrequest are passed to the client)
// - https://nginx.org/en/docs/http/ngx_http_limit_req_module.html (limit_req_status, default 503)
// - https://nginx.org/en/docs/http/ngx_http_access_module.html (deny → 403)
export const fix = 'Check the location’s auth_basic / auth_request and allow/deny rules in the nginx (or ingress) config, and its limit_req zones for 429/503';

export default definePlatform({
	slug: 'nginx',
	name: 'nginx',
	hosts: [],
	// The footer of every built-in error page, with or without server_tokens' version.
	// and the same footer as a browser renders the page, copied as text: a line of its own, "nginx/1.26.0 (Ubuntu)".
	signature: /<center>nginx(?:\/[\d.]{1,20})?<\/center>|(?:^|\n)nginx\/\d[\d.]{0,20}(?: \([a-z]{1,20}\))?[ \t]*(?:\r?\n|$)/,
	messages: {
		// Built-in error pages: <center><h1>… </h1></center><hr><center>nginx</center>. Only the 401's wording is nginx's
		// own; "403 Forbidden" and "429 Too Many Requests" in that shape are any server's page, and the status says as much.
		'<h1>401 Authorization Required</h1>': badRequest,
	},
});
