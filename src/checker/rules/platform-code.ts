import { defineRule, fromTokenEndpoint, weights } from './define.ts';

/** The platform's own documented error codes and messages. */
export default defineRule({
	id: 'platform-code',
	sections: ['unauthorized', 'forbidden', 'token-expired', 'refresh-failed', 'invalid-scope', 'wrong-environment', 'rate-limited', 'not-auth'],
	reads: ['platform', 'tokenEndpoint'],
	evaluate: ({ platform, tokenEndpoint }) =>
		(platform?.hits ?? []).map((hit) => {
			const [section, action] = fromTokenEndpoint(hit.verdict, tokenEndpoint);
			return {
				section,
				// A code often covers a family of causes (Zoom 124: invalid or expired token) that the message then names, so
				// messages weigh most. A code whose verdict names no action is an umbrella (Graph's InvalidAuthenticationToken:
				// expired, malformed or mis-signed): it says only that the token was refused, so any cause its message names wins.
				weight: hit.kind === 'message' ? weights.platform : hit.verdict[1] ? weights.strong : weights.weak,
				text: `${platform!.platform.name} ${hit.kind === 'code' ? 'error code' : 'message'} "${hit.match}"${section === hit.verdict[0] ? '' : ', from the token endpoint: the refresh token expired'}.`,
				span: hit.span,
				action,
			};
		}),
});
