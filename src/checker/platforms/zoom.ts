import { definePlatform } from './define.ts';
import { invalidCredentials, tokenExpired, refreshRefused, missingScope, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://developers.zoom.us/docs/api/rest/error-definitions/ (code/message body; 124 invalid/expired access token)
// - https://developers.zoom.us/docs/integrations/oauth/#refreshing-an-access-token (1-hour access tokens)
// - https://developers.zoom.us/docs/api/rest/rate-limits/ (429, X-RateLimit-Category, X-RateLimit-Type)
// - https://developers.zoom.us/docs/internal-apps/s2s-oauth/ (server-to-server OAuth, scopes)
export const fix = 'marketplace.zoom.us → Develop → your app (App credentials, Scopes; server-to-server apps must be activated)';

export default definePlatform({
	slug: 'zoom',
	name: 'Zoom',
	hosts: ['zoom.us'],
	// x-zm-trackingid seen on a real 401 (github.com/Jericho/ZoomNet/issues/193)
	headers: ['x-zm-trackingid', 'x-ratelimit-category', 'x-ratelimit-type'],
	// The OAuth endpoints answer {"reason": "…", "error": "invalid_grant"} (developers.zoom.us, OAuth errors)
	signature: /\{\s{0,4}"reason"\s{0,4}:\s{0,4}"[^"\n]{1,200}"\s{0,4},\s{0,4}"error"\s{0,4}:/,
	codes: {
		// {"code":124,"message":"Invalid access token."} (github.com/MacsiDigital/laravel-zoom/issues/22)
		'124': invalidCredentials,
		// github.com/JubaerHossain/zoom-laravel/issues/15
		'4711': missingScope,
	},
	messages: {
		// API v1's rate limit, sent with 403 (zoom/api-v1#19).
		'api requests are already reached': rateLimited,
		// code 124 variant (github.com/tl-its-umich-edu/remote-office-hours-queue/issues/512)
		'Access token is expired': tokenExpired,
		'Invalid access token, does not contain scopes': missingScope,
		// "reason" on a refused refresh at zoom.us/oauth/token (github.com/raycast/extensions/issues/10896)
		'Invalid Token!': refreshRefused,
		'Invalid client_id or client_secret': invalidCredentials,
		// Error 3001, a meeting ID the account does not have (community.make.com, "Zoom Get a Meeting 3001 error").
		'Meeting does not exist': notAuth,
	},
});
