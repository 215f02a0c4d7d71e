import { definePlatform } from './define.ts';

// Sources:
// - https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code (401.1, 401.2, 403.x substatus codes)
// - https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-authentication-authorization/troubleshoot-http-401-errors
// - https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-error-403-14-forbidden-webpage (directory listing denied: not auth)
export const fix = 'IIS Manager → site → Authentication (Anonymous/Basic/Windows), Authorization Rules and IP Address and Domain Restrictions; NTFS permissions of the app pool identity';

export default definePlatform({
	slug: 'iis',
	name: 'IIS',
	hosts: [],
	messages: {
		'401 - Unauthorized: Access is denied due to invalid credentials': ['unauthorized', 'regenerate-credentials'],
		'HTTP Error 401.1': ['unauthorized', 'regenerate-credentials'],
		'HTTP Error 401.2': ['unauthorized', 'fix-request'],
		'due to invalid authentication headers': ['unauthorized', 'fix-request'],
		'403 - Forbidden: Access is denied': ['forbidden', 'check-permissions'],
		'HTTP Error 403.6': ['forbidden', 'check-permissions'], // IP address rejected
		'HTTP Error 403.14': ['not-auth', 'none'],
		'configured to not list the contents of this directory': ['not-auth', 'none'],
	},
});
