import { defineRule, weights } from './define.ts';

/** The scopes the response says were needed against those the token had. */
export default defineRule({
	id: 'scope-mismatch',
	sections: ['invalid-scope'],
	reads: ['scopes'],
	evaluate: ({ scopes }) => {
		if (!scopes) return [];
		const granted = scopes.granted ? `; the token has ${scopes.granted.join(' ') || 'no scopes'}` : '';
		if (scopes.missing.length) {
			const source = scopes.source[0].toUpperCase() + scopes.source.slice(1);
			return [{ section: 'invalid-scope', weight: weights.platform, text: `${source} asks for ${scopes.needed.join(' ')}${granted}.`, span: scopes.span, action: 'add-scope' }];
		}
		return [{ section: 'invalid-scope', weight: -weights.moderate, text: `The token already has a scope ${scopes.source} accepts (${scopes.needed.join(' ')}).`, span: scopes.span }];
	},
});
