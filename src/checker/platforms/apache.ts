import { definePlatform } from './define.ts';
import { badRequest, invalidCredentials, notPermitted } from './verdicts.ts';

// Sources:
// - https://httpd.apache.org/docs/2.4/howto/auth.html
// - https://httpd.apache.org/docs/2.4/mod/mod_authz_core.html (Require)
// - https://github.com/apache/httpd/blob/trunk/modules/http/http_protocol.c (default 401/403 error page texts)
// - https://httpd.apache.org/docs/2.4/logs.html and the modules' sources (error log lines tagged AH<5 digits>: mod_auth_basic
//   AH01617 "authentication failure … Password Mismatch" and AH01618 "user … not found", mod_auth_digest AH01790
//   "user … in realm … not found", mod_authz_core AH01630 "client denied by server configuration")
export const fix = 'Check the AuthType / AuthUserFile / Require directives (and .htaccess / .htpasswd) for this path in the Apache config';

export default definePlatform({
	slug: 'apache',
	name: 'Apache HTTP Server',
	hosts: [],
	// The footer of the built-in error pages: <address>Apache/2.4.41 (Ubuntu) Server at example.com Port 443</address>;
	// and an authentication or authorization module's error log line: [auth_basic:error] … AH01617: (not another module's,
	// such as proxy_fcgi relaying an application's own error)
	signature: /<address>apache\/\d|\[auth[a-z_]{0,20}:error\] .{0,200}\bah\d{5}:/,
	codes: {
		AH01617: invalidCredentials,
		AH01618: invalidCredentials,
		AH01790: invalidCredentials,
		AH01630: notPermitted,
	},
	messages: {
		// Apache's exact wording; Werkzeug's ("the URL requested") and others' ("the document you requested") differ.
		'authorized to access the document requested': badRequest,
		"You don't have permission to access": notPermitted,
	},
});
