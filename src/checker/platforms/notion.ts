import { definePlatform } from './define.ts';

// Sources:
// - https://developers.notion.com/reference/status-codes (object: "error", status, code, message, request_id)
// - https://developers.notion.com/reference/request-limits (429 rate_limited, Retry-After)
// - https://developers.notion.com/docs/authorization (integration tokens, sharing pages with an integration, OAuth)
// - https://developers.notion.com/reference/capabilities (integration capabilities)
export const fix = 'notion.so/profile/integrations → your integration → Capabilities and token; on the page: ••• → Connections → add the integration';

export default definePlatform({
	slug: 'notion',
	name: 'Notion',
	hosts: ['api.notion.com'],
	headers: ['x-notion-request-id'],
	codes: {
		unauthorized: ['unauthorized', 'regenerate-credentials'],
		restricted_resource: ['forbidden', 'check-permissions'],
		rate_limited: ['rate-limited', 'wait-and-retry'],
		validation_error: ['not-auth', 'none'],
		missing_version: ['not-auth', 'none'],
	},
	messages: {
		'API token is invalid': ['unauthorized', 'regenerate-credentials'],
		// 404 object_not_found for pages not shared with the integration (status-codes page; makenotion/notion-sdk-js#194).
		'Make sure the relevant pages and databases are shared with your integration': ['forbidden', 'check-permissions'],
		'Insufficient permissions for this endpoint': ['forbidden', 'check-permissions'],
		'You have been rate limited': ['rate-limited', 'wait-and-retry'],
	},
});
