import { definePlatform } from './define.ts';

// Sources:
// - https://developer.spotify.com/documentation/web-api/concepts/api-calls (error object: status, message; 401/403/429)
// - https://developer.spotify.com/documentation/web-api/tutorials/refreshing-tokens
// - https://developer.spotify.com/documentation/web-api/concepts/scopes
// - https://developer.spotify.com/documentation/web-api/concepts/quota-modes (development mode user allow-list)
export const fix = 'developer.spotify.com/dashboard → your app → Settings (client ID/secret, redirect URIs) and User Management (development-mode allow-list); request the needed scopes at /authorize';

export default definePlatform({
	slug: 'spotify',
	name: 'Spotify',
	hosts: ['spotify.com'],
	messages: {
		// 429 body {'error': {'status': 429, 'message': 'API rate limit exceeded'}} (kokarare1212/librespot-python#328).
		'API rate limit exceeded': ['rate-limited', 'wait-and-retry'],
		'The access token expired': ['token-expired', 'refresh-token'],
		// Newer wording for an expired/invalid token (github.com/jwilsson/spotify-web-api-php/issues/288).
		'Missing/invalid/expired access token': ['token-expired', 'refresh-token'],
		'Invalid access token': ['unauthorized', 'regenerate-credentials'],
		'No token provided': ['unauthorized', 'fix-request'],
		'Insufficient client scope': ['invalid-scope', 'add-scope'],
		'User not registered in the Developer Dashboard': ['forbidden', 'check-permissions'],
		'User not approved for app': ['forbidden', 'check-permissions'], // github.com/spotipy-dev/spotipy/issues/688
		'Invalid refresh token': ['refresh-failed', 'reauthorize'],
		'Refresh token revoked': ['refresh-failed', 'reauthorize'], // github.com/barmiro/SYSH/issues/8
	},
});
