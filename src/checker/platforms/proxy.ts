import { definePlatform } from './define.ts';
import { badRequest, notPermitted } from './verdicts.ts';

// Sources:
// - https://www.rfc-editor.org/rfc/rfc9110#name-407-proxy-authentication-re (407, Proxy-Authenticate)
// - https://wiki.squid-cache.org/Features/Authentication (ERR_CACHE_ACCESS_DENIED, Proxy-Authenticate: Basic/NTLM/Negotiate)
// - https://everything.curl.dev/usingcurl/proxies/auth (--proxy-user, --proxy-anyauth; "Received HTTP code 407 from proxy after CONNECT")
export const fix = 'Give the client the proxy credentials (HTTPS_PROXY=http://user:pass@proxy:port, curl --proxy-user / --proxy-ntlm) or ask IT to allow the API host through the proxy';

export default definePlatform({
	slug: 'proxy',
	name: 'Forward proxy (407)',
	nameIsWord: true,
	hosts: [],
	headers: ['proxy-authenticate', 'x-squid-error'],
	codes: {
		ERR_CACHE_ACCESS_DENIED: badRequest,
		ERR_ACCESS_DENIED: notPermitted,
	},
	messages: {
		'Proxy Authentication Required': badRequest,
		'Cache Access Denied': badRequest,
		'Received HTTP code 407 from proxy': badRequest,
	},
});
