import { definePlatform } from './define.ts';
import { invalidCredentials, notPermitted, rateLimited } from './verdicts.ts';

// Sources:
// - https://support.airtable.com/docs/airtable-api-common-troubleshooting (401 AUTHENTICATION_REQUIRED, 403 INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND, 429)
// - https://airtable.com/developers/web/api/errors
// - https://airtable.com/developers/web/api/scopes
// - https://support.airtable.com/docs/managing-api-call-limits-in-airtable (5 req/s per base, wait 30 s)
export const fix = 'airtable.com/create/tokens → the token’s scopes (data.records:read/write, schema.bases:read) and the bases/workspaces it can access';

export default definePlatform({
	slug: 'airtable',
	name: 'Airtable',
	proseNames: ['Airtable'],
	hosts: ['airtable.com'],
	codes: {
		AUTHENTICATION_REQUIRED: invalidCredentials,
		INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND: notPermitted,
		INVALID_PERMISSIONS: notPermitted,
		NOT_AUTHORIZED: notPermitted, // github.com/Airtable/airtable.js/issues/422
		RATE_LIMIT_REACHED: rateLimited, // github.com/PipedreamHQ/pipedream/issues/10130
	},
	messages: {
		'You should provide valid api key to perform this operation': invalidCredentials,
		'Rate limit exceeded. Please try again later': rateLimited,
	},
});
