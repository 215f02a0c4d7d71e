import { defineRule, weights } from './define.ts';

/** A 401 to a request that visibly carried no credential, or an empty one (?api_key=, "Bearer undefined"). */
export default defineRule({
	id: 'missing-credentials',
	sections: ['unauthorized'],
	reads: ['credentials', 'status'],
	evaluate: ({ credentials, status }) => {
		if (status?.code !== 401 || credentials.sent !== false) return [];
		const text = credentials.empty
			? `The request sent an empty credential (${credentials.empty.name}).`
			: 'The request shows no Authorization header, API key or cookie.';
		// A credential spelled as an unset variable ("Bearer undefined", Basic "undefined:undefined") is seen in the request
		// itself, which no reading of the response outweighs: whatever the platform calls it, the fix is to send the credential.
		return [{ section: 'unauthorized', weight: credentials.empty?.unset ? weights.decisive : weights.strong, text, span: credentials.empty?.span, action: 'fix-request' }];
	},
});
