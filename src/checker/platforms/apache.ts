import { definePlatform } from './define.ts';
import { badRequest, notPermitted } from './verdicts.ts';

// Sources:
// - https://httpd.apache.org/docs/2.4/howto/auth.html
// - https://httpd.apache.org/docs/2.4/mod/mod_authz_core.html (Require)
// - https://github.com/apache/httpd/blob/trunk/modules/http/http_protocol.c (default 401/403 error page texts)
export const fix = 'Check the AuthType / AuthUserFile / Require directives (and .htaccess / .htpasswd) for this path in the Apache config';

export default definePlatform({
	slug: 'apache',
	name: 'Apache HTTP Server',
	hosts: [],
	// The footer of the built-in error pages: <address>Apache/2.4.41 (Ubuntu) Server at example.com Port 443</address>
	signature: /<address>apache\/\d/,
	messages: {
		// Apache's exact wording; Werkzeug's ("the URL requested") and others' ("the document you requested") differ.
		'authorized to access the document requested': badRequest,
		"You don't have permission to access": notPermitted,
	},
});
