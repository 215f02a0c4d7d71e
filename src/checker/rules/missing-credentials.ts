import { defineRule, quote, weights } from './define.ts';

/**
 * A 401 to a request that visibly carried no credential, or an empty one (?api_key=, "Bearer undefined"), or a JWT with no
 * scheme before it; or a key the server echoes that is visibly none.
 */
export default defineRule({
	id: 'missing-credentials',
	sections: ['unauthorized'],
	reads: ['credentials', 'status'],
	evaluate: ({ credentials, status }) => {
		// The server's own echo of what it received is no key: whatever it calls the key, the request sends the wrong value.
		const { echoed } = credentials;
		if (echoed && (!status || status.code === 401)) {
			return [{ section: 'unauthorized', weight: weights.decisive, text: `The server echoes the key it received, and it is no key: ${quote(echoed.text)}.`, span: echoed.span, action: 'fix-request' }];
		}
		if (status?.code !== 401) return [];
		if (credentials.schemeless) {
			const text = 'The request sends a JWT as the whole Authorization header, with no scheme: RFC 6750 §2.1 sends "Bearer <token>".';
			return [{ section: 'unauthorized', weight: weights.strong, text, span: credentials.schemeless.span, action: 'fix-request' }];
		}
		if (credentials.sent !== false) return [];
		const text = credentials.empty
			? `The request sent an empty credential (${credentials.empty.name}).`
			: 'The request shows no Authorization header, API key or cookie.';
		// A credential spelled as an unset variable ("Bearer undefined", Basic "undefined:undefined") is seen in the request
		// itself, which no reading of the response outweighs: whatever the platform calls it, the fix is to send the credential.
		return [{ section: 'unauthorized', weight: credentials.empty?.unset ? weights.decisive : weights.strong, text, span: credentials.empty?.span, action: 'fix-request' }];
	},
});
