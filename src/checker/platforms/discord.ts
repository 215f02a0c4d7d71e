import { definePlatform } from './define.ts';
import { invalidCredentials, consentRevoked, notPermitted, missingScope, rateLimited } from './verdicts.ts';

// Sources:
// - https://discord.com/developers/docs/topics/opcodes-and-status-codes (gateway close codes 4004, 4014; JSON error codes 40001, 50001, 50013, 50014, 50025, 50026)
// - https://docs.discord.com/developers/topics/rate-limits (429 body: message, retry_after, global; X-RateLimit-* headers)
// - https://support-dev.discord.com/hc/en-us/articles/6223003921559-My-Bot-is-Being-Rate-Limited (X-RateLimit-Scope)
// - https://discord.com/developers/docs/reference#authentication (Authorization: Bot <token>)
export const fix = 'Developer Portal → Applications → your app → Bot (reset token; send it as "Bot <token>") and OAuth2 (scopes); the bot role’s permissions in the server/channel';

export default definePlatform({
	slug: 'discord',
	name: 'Discord',
	// JDA, the Java Discord API library (net.dv8tion.jda: JDAImpl, JDABuilder) and Nostrum, Elixir's
	// (application=nostrum in its log lines, Nostrum.Api); disnake, a Python one (github.com/DisnakeDev/disnake)
	spellings: ['JDA', 'Nostrum', 'disnake'],
	hosts: ['discord.com', 'discordapp.com'],
	headers: ['x-ratelimit-bucket', 'x-ratelimit-scope', 'x-ratelimit-global'],
	codes: {
		// Gateway close codes: 4004 the bot token refused, 4014 privileged intents the app is not allowed.
		'4004': invalidCredentials,
		'4014': notPermitted,
		'40001': invalidCredentials,
		'50001': notPermitted,
		'50013': notPermitted,
		'50014': invalidCredentials,
		'50025': consentRevoked,
		'50026': missingScope,
		'40062': rateLimited,
	},
	messages: {
		// The 401 body's message in its quotes, {"message": "401: Unauthorized", "code": 0}: bare, it is only the status and
		// its reason, which clients print for any API (ZendeskResponseException: HTTP/401: Unauthorized).
		'"401: Unauthorized"': invalidCredentials,
		// discord.py's LoginFailure for a token Discord refused (itskekoff/discord-server-copy#3).
		'Improper token has been passed': invalidCredentials,
		'Missing Access': notPermitted,
		// 4014's reason, "Disallowed intent(s)", and the libraries' "Disallowed intents specified" (eris, discord.js).
		'Disallowed intent': notPermitted,
		'Missing Permissions': notPermitted,
		// 50026's documented message
		'Missing required OAuth2 scope': missingScope,
		// Not "You are being rate limited", the 429 body's message: Cloudflare's error 1015 page says it for any site.
		// discord.js's REST manager, before it prints the bucket's Global/Route/Limit/Sublimit (discord/discord-api-docs#2132)
		'Hit a 429 while executing a request': rateLimited,
	},
});
