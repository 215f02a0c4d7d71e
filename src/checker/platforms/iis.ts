import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, notAuth } from './verdicts.ts';

// Sources:
// - https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code (401.1, 401.2, 403.x substatus codes)
// - https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-authentication-authorization/troubleshoot-http-401-errors
// - https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-error-403-14-forbidden-webpage (directory listing denied: not auth)
export const fix = 'IIS Manager → site → Authentication (Anonymous/Basic/Windows), Authorization Rules and IP Address and Domain Restrictions; NTFS permissions of the app pool identity';

export default definePlatform({
	slug: 'iis',
	name: 'IIS',
	hosts: [],
	// IIS names itself in every response's Server header: "Server: Microsoft-IIS/10.0".
	signature: /\bmicrosoft-iis\/\d/,
	messages: {
		'Access is denied due to invalid credentials': invalidCredentials,
		'HTTP Error 401.1': invalidCredentials,
		'HTTP Error 401.2': badRequest,
		// 401.3: the file system's access control list refuses the resource (learn.microsoft.com, IIS 401 substatus codes).
		'HTTP Error 401.3': notPermitted,
		// 401.2's reason as IIS names the substatus (learn.microsoft.com, IIS 401 substatus codes).
		'Logon failed due to server configuration': badRequest,
		'due to invalid authentication headers': badRequest,
		// IIS 6's 401.2 page (nextgenhealthcare/connect#1125).
		'the Web server is not configured to accept': badRequest,
		'403 - Forbidden: Access is denied': notPermitted,
		'HTTP Error 403.6': notPermitted, // IP address rejected
		'HTTP Error 403.14': notAuth,
		'configured to not list the contents of this directory': notAuth,
	},
});
