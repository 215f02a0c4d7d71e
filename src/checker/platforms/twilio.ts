import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, wrongEnvironment, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://www.twilio.com/docs/usage/twilios-response (error body: code, message, more_info, status)
// - https://www.twilio.com/docs/errors/20003 (Authenticate), /20005, /20008, /20404, /20429, /21606, /21608
// - https://www.twilio.com/docs/iam/test-credentials (test credentials only reach some resources)
export const fix = 'Twilio Console → Account → API keys & tokens (Account SID/Auth Token, API keys, live vs test credentials)';

export default definePlatform({
	slug: 'twilio',
	name: 'Twilio',
	proseNames: ['Twilio'],
	hosts: ['twilio.com'],
	headers: ['twilio-request-id', 'twilio-request-duration'],
	codes: {
		// github.com/twilio/twilio-video-app-react/issues/841
		'20003': invalidCredentials,
		// 20003's `message` is the bare word, which the SDKs throw as it is: `Error: Authenticate` (twilio-node#559).
		// Matched only as a whole field value, never inside "authenticated".
		Authenticate: invalidCredentials,
		'20005': notPermitted,
		// github.com/twilio/twilio-php/issues/662
		'20008': wrongEnvironment,
		'20429': rateLimited,
		'20404': notAuth,
		'21606': notAuth,
		'21608': notPermitted,
	},
	messages: {
		// Error 21215: the account's geographic permissions do not allow calling that number
		'Account not authorized to call': notPermitted,
		'Resource not accessible with Test Account Credentials': wrongEnvironment,
		'Unable to create record: Authenticate': invalidCredentials,
		'20003: Authenticate': invalidCredentials,
		// twilio-ruby raises 20003's bare message as `Authenticate (Twilio::REST::RequestError)` (twilio-ruby#29).
		'Authenticate (Twilio::REST::RequestError)': invalidCredentials,
		// 20003 with no credentials at all (Huachao/vscode-restclient#26): send them, nothing to regenerate.
		'Authentication Error - No credentials provided': badRequest,
	},
	codeDoc: 'https://www.twilio.com/docs/errors/{code}',
});
