import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, tokenExpired, refreshRefused, tokenRequestRefused, missingScope, notPermitted, wrongEnvironment, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes (AADSTS codes)
// - https://learn.microsoft.com/en-us/graph/errors (Graph error codes)
// - https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud (national clouds' hosts)
// - https://learn.microsoft.com/en-us/graph/deployments (Graph in the national clouds)
// - https://learn.microsoft.com/en-us/graph/throttling (429, Retry-After)
// - https://learn.microsoft.com/en-us/entra/identity-platform/refresh-tokens (90-day inactivity expiry)
// - https://learn.microsoft.com/en-us/azure/role-based-access-control/troubleshooting (AuthorizationFailed: "does not have authorization to perform action")
export const fix = 'Entra admin center → App registrations → your app (Certificates & secrets, API permissions + admin consent); Enterprise applications for user consent';

export default definePlatform({
	slug: 'microsoft',
	name: 'Microsoft Graph / Entra ID',
	// The Graph SDK's and MSAL's/ADAL's .NET namespaces (other Microsoft.* namespaces are the .NET runtime's own).
	spellings: ['Microsoft.Graph', 'Microsoft.Identity.Client', 'Microsoft.IdentityModel.Clients'],
	// Not "Microsoft", which .NET's own stack frames print; OneDrive's API is Graph's (abraunegg/onedrive#3355: "Microsoft
	// OneDrive API returned an error").
	proseNames: ['Azure', 'Entra', 'OneDrive'],
	// With the national clouds' sign-in and Graph hosts (authentication-national-cloud, deployments), and Azure's own
	// (management.azure.com, <resource>.openai.azure.com, the token audience https://cognitiveservices.azure.com).
	hosts: ['graph.microsoft.com', 'login.microsoftonline.com', 'login.live.com', 'graph.windows.net', 'login.microsoftonline.us', 'graph.microsoft.us', 'login.chinacloudapi.cn', 'microsoftgraph.chinacloudapi.cn', 'azure.com'],
	// x-ms-ags-diagnostic on real Graph 401s (github.com/microsofthackathons/tdi/issues/24).
	headers: ['x-ms-ags-diagnostic', 'x-ms-resource-unit'],
	codes: {
		// Azure OpenAI: the deployment named in the URL does not exist (learn.microsoft.com, Azure OpenAI troubleshooting):
		// the URL changes, not the credentials.
		DeploymentNotFound: notAuth,
		// github.com/Azure/azure-cli/issues/14244
		AADSTS700082: refreshRefused,
		AADSTS50173: refreshRefused,
		AADSTS70008: refreshRefused,
		// suberror consent_required (github.com/MicrosoftDocs/azure-docs/issues/39189).
		AADSTS65001: refreshRefused,
		AADSTS50076: refreshRefused,
		// github.com/Azure/sap-automation/issues/418
		AADSTS7000215: invalidCredentials,
		AADSTS7000222: invalidCredentials,
		AADSTS700016: badRequest,
		// "Client assertion is not within its valid time range": the app's signed credential expired (msal4j#984).
		AADSTS700024: invalidCredentials,
		// UserInformationNotProvided: a silent sign-in found no session; the user must sign in again (msal-js#1880).
		AADSTS50058: refreshRefused,
		// "Application … is configured for use by Microsoft Account users only. Please use the /consumers endpoint": the
		// app's registration and the authority it asks disagree (thobach/MMM-MicrosoftToDo#28).
		AADSTS9002331: tokenRequestRefused,
		// "Invalid request. Request is malformed or invalid." at the token endpoint (ukuq/onepoint#12).
		AADSTS9002313: tokenRequestRefused,
		// "Confidential Client is not supported in Cross Cloud request": an app of one cloud (Azure Government, China) signing in to another
		AADSTS900382: wrongEnvironment,
		// The same refusal from Entra's newer endpoints.
		AADSTS900432: wrongEnvironment,
		// The same message under its older code (adal4j, 2018)
		AADSTS90043: wrongEnvironment,
		// "Tenant '…' specified belongs to the National Cloud '…'": signed in at another cloud than the tenant's
		AADSTS90038: wrongEnvironment,
		// "Tenant '…' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud":
		// the reference says it is most often a cross-cloud app used against the wrong cloud (Azure China, Government)
		AADSTS90002: wrongEnvironment,
		// "Invalid National Cloud Token": a token of one national cloud presented to another (spencerwooo/onedrive-cf-index#107)
		AADSTS900433: wrongEnvironment,
		// "Invalid national Cloud ID (0) is specified": a token or account of one cloud sent to another (reference-error-codes,
		// InvalidNationalCloudId).
		AADSTS90051: wrongEnvironment,
		// "The redirect URI … does not match the redirect URIs configured for the application" (reference-error-codes,
		// InvalidReplyTo): the app's request or its registration changes.
		AADSTS50011: badRequest,
		// Blocked by Conditional Access (reference-error-codes, BlockedByConditionalAccess): the credentials were fine, a
		// tenant policy refused the sign-in.
		AADSTS53003: notPermitted,
		// "The request body must contain the following parameter: 'client_assertion' or 'client_secret'" (InvalidClientCredentials
		// … missing): the app sent no client credential at all.
		AADSTS7000218: badRequest,
		// "Client is public so neither 'client_assertion' nor 'client_secret' should be presented" (reference-error-codes,
		// InvalidClientPublicClientWithCredential): the request sends a secret the app type must not, the secret is not wrong.
		AADSTS700025: badRequest,
		// "The signed in user … is not assigned to a role for the application" (reference-error-codes,
		// EntitlementGrantsNotFound): an admin assigns the user to the app.
		AADSTS50105: notPermitted,
		// "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type" (reference-error-codes):
		// the app's redirect URI is registered under another platform type; its registration changes.
		AADSTS9002326: tokenRequestRefused,
		InvalidAuthenticationToken: ['unauthorized'],
		// Azure Resource Manager: "The access token expiry UTC time '…' is earlier than current UTC time '…'."
		// (hashicorp/terraform-provider-azurerm#20867)
		ExpiredAuthenticationToken: tokenExpired,
		// github.com/Azure-Samples/ms-identity-python-daemon/issues/8 (needed User.Read.All)
		Authorization_RequestDenied: missingScope,
		ErrorAccessDenied: missingScope,
		// github.com/calcom/cal.diy/pull/343
		ApplicationThrottled: rateLimited,
		TooManyRequests: rateLimited,
	},
	messages: {
		// Graph's AccessDenied when the token lacks the permission (AlexFilipin/ConditionalAccess#10).
		'required scopes are missing in the token': missingScope,
		// AADSTS700016's wording, which older sign-ins sent as AADSTS70001 (Azure-Samples/active-directory-dotnet-webapp-
		// multitenant-openidconnect#30): the request names an app the user's tenant does not know.
		'was not found in the directory': badRequest,
		// An app-only token with no application permission granted at all (global-sharepoint.com, "either scp or roles claim").
		'Either scp or roles claim need to be present in the token': missingScope,
		// Intune's Graph endpoints name the permissions they need (mohammedsiddiqui6872/CIS-Microsoft-365-Foundations-Benchmark#14).
		'must have one of the following scopes': missingScope,
		'Access token has expired or is not yet valid': tokenExpired,
		'Lifetime validation failed, the token is expired': tokenExpired,
		'CompactToken parsing failed': badRequest,
		'Insufficient privileges to complete the operation': missingScope,
		'MailboxConcurrency limit': rateLimited,
		'does not have authorization to perform action': notPermitted,
		// A Microsoft account sign-in refused (SharePoint's IdcrlException, PnP PowerShell's Connect-PnPOnline)
		'sign-in name or password does not match one in the': invalidCredentials,
		// Entra's answer, without a code, to a national-cloud tenant signing in at the global endpoint (Yvand/EntraCP#95).
		'for tenants in the Azure Government cloud': wrongEnvironment,
		// Azure API Management's gateway, on its Ocp-Apim-Subscription-Key (MicrosoftDocs/azure-docs#15130).
		'missing subscription key': badRequest,
		'invalid subscription key': invalidCredentials,
	},
	// Every Entra ID error carries an AADSTS code, listed or not.
	// and Graph's error envelope, whose innerError carries a client-request-id.
	// and how the Graph PowerShell SDK prints one: "InnerError:" then "RequestId:".
	signature: /\baadsts\d{5,7}\b|"client-request-id"|\binnererror:\s{0,8}requestid:/,
	codeDoc: 'https://login.microsoftonline.com/error?code={code}',
});
