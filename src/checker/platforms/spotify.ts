import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, tokenExpired, refreshRefused, missingScope } from './verdicts.ts';

// Sources:
// - https://developer.spotify.com/documentation/web-api/concepts/api-calls (error object: status, message; 401/403/429)
// - https://developer.spotify.com/documentation/web-api/tutorials/refreshing-tokens
// - https://developer.spotify.com/documentation/web-api/concepts/scopes
// - https://developer.spotify.com/documentation/web-api/concepts/quota-modes (development mode user allow-list)
export const fix = 'developer.spotify.com/dashboard → your app → Settings (client ID/secret, redirect URIs) and User Management (development-mode allow-list); request the needed scopes at /authorize';

export default definePlatform({
	slug: 'spotify',
	name: 'Spotify',
	proseNames: ['Spotify'],
	hosts: ['spotify.com'],
	messages: {
		'The access token expired': tokenExpired,
		// Newer wording for an expired/invalid token (github.com/jwilsson/spotify-web-api-php/issues/288).
		'Missing/invalid/expired access token': tokenExpired,
		'Invalid access token': invalidCredentials,
		'No token provided': badRequest,
		'Insufficient client scope': missingScope,
		'User not registered in the Developer Dashboard': notPermitted,
		'User not approved for app': notPermitted, // github.com/spotipy-dev/spotipy/issues/688
		// Development Mode apps whose owner has no Premium subscription (2026 rules; spotisub issue): the plan, not the token.
		'Your application is blocked from accessing the Web API': notPermitted,
		'Invalid refresh token': refreshRefused,
		'Refresh token revoked': refreshRefused, // github.com/barmiro/SYSH/issues/8
	},
});
