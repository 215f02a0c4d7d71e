import { defineRule, quote, weights, type Finding } from './define.ts';

/** RFC 6750 §3.1 error codes in a Bearer challenge; a challenge without an error means no usable credential arrived. */
export default defineRule({
	id: 'bearer-challenge',
	sections: ['unauthorized', 'token-expired', 'invalid-scope'],
	reads: ['challenges', 'status', 'tokenEndpoint', 'platform', 'vocabulary'],
	evaluate: ({ challenges, status, tokenEndpoint, platform, vocabulary }) => {
		const findings: Finding[] = [];
		// Many APIs send a bare challenge on every 401: it only means "no credential" when nothing more specific was said.
		const saidMore = Boolean(tokenEndpoint || platform?.hits.length || vocabulary.some((hit) => hit.verdict[0] !== 'wrong-environment'));
		for (const challenge of challenges) {
			if (challenge.proxy) continue;
			const { error, error_description: description = '' } = challenge.params;
			const said = `WWW-Authenticate says ${challenge.scheme === 'bearer' ? 'Bearer ' : ''}error="${error}"${description ? ` (${quote(description)})` : ''}`;
			const base = { span: challenge.span };
			if (error === 'invalid_token') {
				findings.push(
					/expired/i.test(description)
						? { ...base, section: 'token-expired', weight: weights.platform, text: `${said}: the token expired.`, action: 'refresh-token' }
						: { ...base, section: 'unauthorized', weight: weights.strong, text: `${said}: the token was rejected.`, action: 'regenerate-credentials' },
				);
			} else if (error === 'insufficient_scope') {
				const scope = challenge.params.scope ? ` (scope="${challenge.params.scope}")` : '';
				findings.push({ ...base, section: 'invalid-scope', weight: weights.platform, text: `WWW-Authenticate says error="insufficient_scope"${scope}.`, action: 'add-scope' });
			} else if (error === 'invalid_request' && !tokenEndpoint) {
				findings.push({ ...base, section: 'unauthorized', weight: weights.strong, text: `${said}: the request is malformed.`, action: 'fix-request' });
			} else if (!error && status?.code === 401 && !saidMore) {
				const realm = challenge.params.realm ? ` realm="${challenge.params.realm}"` : '';
				// RFC 6750 §3.1: a Bearer challenge without an error code means the request carried no usable token; Negotiate/NTLM
				// ask for Windows authentication the client did not send. A Basic challenge comes with any failure, sent or not.
				const missing = challenge.scheme !== 'basic' && challenge.scheme !== 'digest';
				findings.push({
					...base,
					section: 'unauthorized',
					weight: weights.moderate,
					text: `WWW-Authenticate: ${challenge.scheme}${realm} with no error${missing ? ': no usable credential arrived' : ''}.`,
					action: missing ? 'fix-request' : undefined,
				});
			}
		}
		return findings.slice(0, 1);
	},
});
