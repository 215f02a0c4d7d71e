import { definePlatform } from './define.ts';

// Sources:
// - https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes (AADSTS codes)
// - https://learn.microsoft.com/en-us/graph/errors (Graph error codes)
// - https://learn.microsoft.com/en-us/graph/throttling (429, Retry-After)
// - https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens (90-day inactivity expiry)
export const fix = 'Entra admin center → App registrations → your app (Certificates & secrets, API permissions + admin consent); Enterprise applications for user consent';

export default definePlatform({
	slug: 'microsoft',
	name: 'Microsoft Graph / Entra ID',
	hosts: ['graph.microsoft.com', 'login.microsoftonline.com', 'login.live.com', 'graph.windows.net'],
	// x-ms-ags-diagnostic on real Graph 401s (github.com/microsofthackathons/tdi/issues/24).
	headers: ['x-ms-ags-diagnostic', 'x-ms-resource-unit'],
	codes: {
		// github.com/Azure/azure-cli/issues/14244
		AADSTS700082: ['refresh-failed', 'reauthorize'],
		AADSTS50173: ['refresh-failed', 'reauthorize'],
		AADSTS70008: ['refresh-failed', 'reauthorize'],
		// suberror consent_required (github.com/MicrosoftDocs/azure-docs/issues/39189).
		AADSTS65001: ['refresh-failed', 'reauthorize'],
		AADSTS50076: ['refresh-failed', 'reauthorize'],
		// github.com/Azure/sap-automation/issues/418
		AADSTS7000215: ['unauthorized', 'regenerate-credentials'],
		AADSTS7000222: ['unauthorized', 'regenerate-credentials'],
		AADSTS700016: ['unauthorized', 'fix-request'],
		InvalidAuthenticationToken: ['unauthorized'],
		// github.com/Azure-Samples/ms-identity-python-daemon/issues/8 (needed User.Read.All)
		Authorization_RequestDenied: ['invalid-scope', 'add-scope'],
		ErrorAccessDenied: ['invalid-scope', 'add-scope'],
		// github.com/calcom/cal.diy/pull/343
		ApplicationThrottled: ['rate-limited', 'wait-and-retry'],
		TooManyRequests: ['rate-limited', 'wait-and-retry'],
	},
	messages: {
		'Access token has expired or is not yet valid': ['token-expired', 'refresh-token'],
		'Lifetime validation failed, the token is expired': ['token-expired', 'refresh-token'],
		'CompactToken parsing failed': ['unauthorized', 'fix-request'],
		'Insufficient privileges to complete the operation': ['invalid-scope', 'add-scope'],
		'MailboxConcurrency limit': ['rate-limited', 'wait-and-retry'],
	},
	codeDoc: 'https://login.microsoftonline.com/error?code={code}',
});
