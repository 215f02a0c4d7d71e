import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, tokenExpired, refreshRefused, wrongEnvironment, rateLimited } from './verdicts.ts';

// Sources:
// - https://developers.docusign.com/platform/auth/jwt/jwt-get-token/ (consent, JWT grant errors: consent_required, invalid_grant, issuer_not_found, no_valid_keys_or_signatures)
// - https://developers.docusign.com/docs/esign-rest-api/esign101/rules-and-limits/ (HOURLY_APIINVOCATION_LIMIT_EXCEEDED)
// - https://developers.docusign.com/platform/go-live/ (account-d.docusign.com + demo.docusign.net vs account.docusign.com + production base URIs)
// - https://developers.docusign.com/docs/esign-rest-api/reference/ (errorCode / message bodies: USER_AUTHENTICATION_FAILED, PARTNER_AUTHENTICATION_FAILED, AUTHORIZATION_INVALID_TOKEN)
export const fix = 'Settings → Apps and Keys (integration key, RSA keys, redirect URIs; demo vs production account); grant consent for signature impersonation; promote the key via Go-Live';

export default definePlatform({
	slug: 'docusign',
	name: 'Docusign',
	proseNames: ['DocuSign', 'Docusign'],
	// The SDKs keep the older spelling: DocuSign.eSign (C#), com.docusign.esign (Java), docusign-esign (npm).
	spellings: ['DocuSign'],
	hosts: ['docusign.net', 'docusign.com'],
	codes: {
		consent_required: refreshRefused,
		issuer_not_found: wrongEnvironment,
		no_valid_keys_or_signatures: invalidCredentials,
		USER_AUTHENTICATION_FAILED: invalidCredentials,
		AUTHORIZATION_INVALID_TOKEN: tokenExpired,
		// The user is not a member of the account the URL names: another account's id, or a user not added to it.
		USER_DOES_NOT_BELONG_TO_SPECIFIED_ACCOUNT: notPermitted,
		// "The UserID does not have a valid membership in this Account": the user was not added to the (production) account.
		USER_LACKS_MEMBERSHIP: notPermitted,
		PARTNER_AUTHENTICATION_FAILED: badRequest,
		USER_LACKS_PERMISSIONS: notPermitted,
		ACCOUNT_LACKS_PERMISSIONS: notPermitted,
		HOURLY_APIINVOCATION_LIMIT_EXCEEDED: rateLimited,
	},
	messages: {
		'One or both of Username and Password are invalid': invalidCredentials,
		'The access token provided is expired, revoked or malformed': tokenExpired,
		'Integrator Key was not found or is disabled': badRequest,
		// HOURLY_APIINVOCATION_LIMIT_EXCEEDED message (peopledoc/django-docusign#95).
		'number of hourly API invocations': rateLimited,
	},
	environments: {
		sandbox: { hosts: ['account-d.docusign.com', 'demo.docusign.net'] },
		production: { hosts: ['account.docusign.com', 'www.docusign.net', 'na2.docusign.net', 'na3.docusign.net', 'na4.docusign.net', 'eu.docusign.net'] },
	},
});
