import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, wrongEnvironment, rateLimited } from './verdicts.ts';

// Sources:
// - https://mailchimp.com/developer/marketing/docs/errors/ (problem+json: type / title / status / detail / instance; error glossary)
// - https://mailchimp.com/developer/marketing/docs/fundamentals/ (datacenter suffix of the API key, <dc>.api.mailchimp.com)
// - https://mailchimp.com/developer/marketing/guides/access-user-data-oauth-2/ (OAuth 2 via login.mailchimp.com)
export const fix = 'Account → Extras → API keys (key suffix such as -us6 must match the <dc>.api.mailchimp.com host); Account → Extras → Registered apps for OAuth';

export default definePlatform({
	slug: 'mailchimp',
	name: 'Mailchimp',
	proseNames: ['Mailchimp', 'MailChimp'],
	// Every mailchimp.com host is Mailchimp's: the API, login, and kb.mailchimp.com in a problem's `type`.
	hosts: ['mailchimp.com'],
	codes: {
		// Mailchimp Transactional (Mandrill) errors: {"status":"error","code":-1,"name":"Invalid_Key"} (mailchimp-client-lib-codegen#146).
		Invalid_Key: invalidCredentials,
		// Glossary type names (errors page).
		APIKeyMissing: badRequest,
		APIKeyInvalid: invalidCredentials,
		UserDisabled: notPermitted,
		// The key belongs to another data centre than the host called (…-us17 against us6.api…): a region is an environment.
		WrongDatacenter: wrongEnvironment,
		TooManyRequests: rateLimited,
	},
	messages: {
		// The 401 detail when no key arrived, even under the title "API Key Invalid" (amro/gibbon#305).
		'Your request did not include an API key': badRequest,
		// problem+json "title" values.
		'API Key Invalid': invalidCredentials,
		'API Key Missing': badRequest,
		'User Disabled': notPermitted,
		'Wrong Datacenter': wrongEnvironment,
		// Its detail, for a key whose -usNN suffix names another data center than the host (mailchimp/APIv3-examples#23).
		'linked to a different datacenter': wrongEnvironment,
		// 403 User Disabled detail (hitobito/hitobito#3712).
		'This account has been deactivated': notPermitted,
		"attempted to access the wrong datacenter": invalidCredentials,
	},
});
