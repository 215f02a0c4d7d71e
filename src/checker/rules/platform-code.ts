import { defineRule, fromTokenEndpoint, weights } from './define.ts';

/** The platform's own documented error codes and messages, and what it documents a bare status to mean. */
export default defineRule({
	id: 'platform-code',
	sections: ['unauthorized', 'forbidden', 'token-expired', 'refresh-failed', 'invalid-scope', 'wrong-environment', 'rate-limited', 'not-auth'],
	reads: ['platform', 'tokenEndpoint', 'status'],
	evaluate: ({ platform, tokenEndpoint, status }) => {
		if (!platform) return [];
		const { name, statuses } = platform.platform;
		const bare = !platform.hits.length && status && statuses?.[status.code];
		if (bare) {
			const [section, action] = bare;
			return [{ section, weight: weights.moderate, text: `${name} documents a bare ${status.code} as this.`, span: status.span, action }];
		}
		// Another service named in the paste may send the platform's codes as its own: say whose documentation reads them.
		const said = (kind: string, match: string) => (platform.named ? `${name} ${kind} "${match}"` : `The ${kind} "${match}", as ${name} documents it`);
		return platform.hits.map((hit) => {
			const [section, action] = fromTokenEndpoint(hit.verdict, tokenEndpoint);
			return {
				section,
				// A code often covers a family of causes (Zoom 124: invalid or expired token) that the message then names, so
				// messages weigh most. A verdict that names no action is an umbrella (Graph's InvalidAuthenticationToken: expired,
				// malformed or mis-signed; Spring's "error occurred while attempting to decode the Jwt: …"): it says only that the
				// token was refused, so any cause the rest of the message names wins.
				weight: !hit.verdict[1] ? weights.weak : hit.kind === 'message' ? weights.platform : weights.strong,
				text: `${said(hit.kind === 'code' ? 'error code' : 'message', hit.match)}${section === hit.verdict[0] ? '' : ', from the token endpoint: the refresh token expired'}.`,
				span: hit.span,
				action,
			};
		});
	},
});
