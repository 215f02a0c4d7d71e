import { definePlatform } from './define.ts';

// Sources:
// - https://www.twilio.com/docs/usage/twilios-response (error body: code, message, more_info, status)
// - https://www.twilio.com/docs/errors/20003 (Authenticate), /20005, /20008, /20404, /20429, /21606, /21608
// - https://www.twilio.com/docs/iam/test-credentials (test credentials only reach some resources)
export const fix = 'Twilio Console → Account → API keys & tokens (Account SID/Auth Token, API keys, live vs test credentials)';

export default definePlatform({
	slug: 'twilio',
	name: 'Twilio',
	hosts: ['twilio.com'],
	headers: ['twilio-request-id', 'twilio-request-duration'],
	codes: {
		// github.com/twilio/twilio-video-app-react/issues/841
		'20003': ['unauthorized', 'regenerate-credentials'],
		'20005': ['forbidden', 'check-permissions'],
		// github.com/twilio/twilio-php/issues/662
		'20008': ['wrong-environment', 'switch-environment'],
		'20429': ['rate-limited', 'wait-and-retry'],
		'20404': ['not-auth', 'none'],
		'21606': ['not-auth', 'none'],
		'21608': ['forbidden', 'check-permissions'],
	},
	messages: {
		'Resource not accessible with Test Account Credentials': ['wrong-environment', 'switch-environment'],
		'Unable to create record: Authenticate': ['unauthorized', 'regenerate-credentials'],
		'20003: Authenticate': ['unauthorized', 'regenerate-credentials'],
	},
	codeDoc: 'https://www.twilio.com/docs/errors/{code}',
});
