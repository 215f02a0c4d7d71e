import { defineRule, weights } from './define.ts';

/** A sandbox credential against a production host, or the reverse (token prefixes, documented hosts, issuer hosts). */
export default defineRule({
	id: 'environment-mismatch',
	sections: ['wrong-environment'],
	reads: ['environment'],
	evaluate: ({ environment: { request, credential } }) => {
		if (!request || !credential || request.environment === credential.environment) return [];
		const strength = Number(request.strong) + Number(credential.strong);
		return [
			{
				section: 'wrong-environment',
				weight: [weights.weak, weights.strong, weights.decisive][strength],
				text: `${credential.what} (${credential.environment}), but ${request.what} (${request.environment}).`,
				action: 'switch-environment',
			},
		];
	},
});
