import { definePlatform } from './define.ts';
import { invalidCredentials, notPermitted, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://developers.notion.com/reference/status-codes (object: "error", status, code, message, request_id)
// - https://developers.notion.com/reference/request-limits (429 rate_limited, Retry-After)
// - https://developers.notion.com/docs/authorization (integration tokens, sharing pages with an integration, OAuth)
// - https://developers.notion.com/reference/capabilities (integration capabilities)
export const fix = 'notion.so/profile/integrations → your integration → Capabilities and token; on the page: ••• → Connections → add the integration';

export default definePlatform({
	slug: 'notion',
	name: 'Notion',
	// The SDK's npm scope: @notionhq/client.
	spellings: ['notionhq'],
	// and www.notion.so/api/v3, the web app's own API that unofficial clients (notion-py) call with its token_v2 cookie
	hosts: ['api.notion.com', 'www.notion.so'],
	headers: ['x-notion-request-id'],
	// Every error body is {"object": "error", "status": …, "code": …, "message": …} (developers.notion.com, status codes), in
	// that order: Mistral's {"object": "error", "message": …} starts the same way.
	signature: /"object"\s{0,4}:\s{0,4}"error"\s{0,4},\s{0,4}"status"\s{0,4}:/,
	codes: {
		unauthorized: invalidCredentials,
		restricted_resource: notPermitted,
		rate_limited: rateLimited,
		validation_error: notAuth,
		missing_version: notAuth,
	},
	messages: {
		'API token is invalid': invalidCredentials,
		// 404 object_not_found for pages not shared with the integration (status-codes page; makenotion/notion-sdk-js#194).
		'databases are shared with your integration': notPermitted,
		'Insufficient permissions for this endpoint': notPermitted,
		// Sent with code "unauthorized" (401), but no new token helps: the account may not use the API (makenotion/notion-mcp-server#68).
		'account is restricted from accessing the public API': notPermitted,
		'You have been rate limited': rateLimited,
	},
});
