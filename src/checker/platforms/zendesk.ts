import { definePlatform } from './define.ts';
import { invalidCredentials, notPermitted, rateLimited } from './verdicts.ts';

// Sources:
// - https://developer.zendesk.com/api-reference/introduction/security-and-auth/ (API token, OAuth, Basic auth)
// - https://developer.zendesk.com/api-reference/introduction/rate-limits/ (429 with Retry-After)
// - https://support.zendesk.com/hc/en-us/articles/4408831452954-How-can-I-authenticate-API-requests
export const fix = 'Admin Center → Apps and integrations → APIs → Zendesk API (token access enabled, API tokens, OAuth clients); the agent role must allow API access';

export default definePlatform({
	slug: 'zendesk',
	name: 'Zendesk',
	proseNames: ['Zendesk'],
	hosts: ['zendesk.com'],
	// The Incremental Export API, behind whatever host a log masks (developer.zendesk.com, incremental exports).
	paths: ['/api/v2/incremental/'],
	// Seen on a real 401 (github.com/Speedygeek/ZendeskApi_v2/issues/505).
	headers: ['x-zendesk-origin-server', 'x-zendesk-zorg'],
	messages: {
		// github.com/happyfoxinc/helpstack-android/issues/38
		"Couldn't authenticate you": invalidCredentials,
		// 429 from Zendesk's edge, before the API: "Rate limited by Zendesk edge protection" (airbytehq/airbyte#14253).
		'Zendesk edge protection': rateLimited,
		// 403 when the user's role has no API access (github.com/facetoe/zenpy/issues/336)
		'account owner of this help desk': notPermitted,
		// 429 reason phrase (github.com/zendesk/zendesk_api_client_php/issues/422)
		'Number of allowed requests per': rateLimited,
	},
});
