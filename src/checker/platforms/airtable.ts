import { definePlatform } from './define.ts';

// Sources:
// - https://support.airtable.com/docs/airtable-api-common-troubleshooting (401 AUTHENTICATION_REQUIRED, 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND, 429)
// - https://airtable.com/developers/web/api/errors
// - https://airtable.com/developers/web/api/scopes
// - https://support.airtable.com/docs/managing-api-call-limits-in-airtable (5 req/s per base, wait 30 s)
export const fix = 'airtable.com/create/tokens → the token’s scopes (data.records:read/write, schema.bases:read) and the bases/workspaces it can access';

export default definePlatform({
	slug: 'airtable',
	name: 'Airtable',
	hosts: ['airtable.com'],
	codes: {
		AUTHENTICATION_REQUIRED: ['unauthorized', 'regenerate-credentials'],
		INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND: ['forbidden', 'check-permissions'],
		INVALID_PERMISSIONS: ['forbidden', 'check-permissions'],
		NOT_AUTHORIZED: ['forbidden', 'check-permissions'], // github.com/Airtable/airtable.js/issues/422
		RATE_LIMIT_REACHED: ['rate-limited', 'wait-and-retry'], // github.com/PipedreamHQ/pipedream/issues/10130
	},
	messages: {
		'You should provide valid api key to perform this operation': ['unauthorized', 'regenerate-credentials'],
		'Rate limit exceeded. Please try again later': ['rate-limited', 'wait-and-retry'],
	},
});
