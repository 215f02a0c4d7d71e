import { defineRule, weights, type Finding } from './define.ts';

/** The status alone: 401 (or a GraphQL UNAUTHENTICATED) is credentials, 403 (or FORBIDDEN) is permission, 407 is the proxy. */
export default defineRule({
	id: 'status-baseline',
	sections: ['unauthorized', 'forbidden'],
	reads: ['status', 'rpcError'],
	evaluate: ({ status, rpcError }) => {
		const findings: Finding[] = [];
		const code = status?.code;
		// The status alone is the fallback, and a GraphQL code is the same statement in the body: any specific evidence outweighs it.
		if (code === 401) findings.push({ section: 'unauthorized', weight: weights.weak, text: 'The status is 401 Unauthorized: the credentials were not accepted.', span: status?.span });
		if (code === 403) findings.push({ section: 'forbidden', weight: weights.weak, text: 'The status is 403 Forbidden: the credentials were accepted, the action was not.', span: status?.span, action: 'check-permissions' });
		if (code === 407) findings.push({ section: 'unauthorized', weight: weights.strong, text: 'The status is 407 Proxy Authentication Required: the proxy between you and the API wants credentials.', span: status?.span, action: 'fix-request' });
		if (rpcError?.effectiveStatus === 401) findings.push({ section: 'unauthorized', weight: weights.weak, text: `The GraphQL error code is ${rpcError.code}, an auth failure despite the 200.`, span: rpcError.span });
		if (rpcError?.effectiveStatus === 403) findings.push({ section: 'forbidden', weight: weights.weak, text: `The GraphQL error code is ${rpcError.code}, a permission failure despite the 200.`, span: rpcError.span, action: 'check-permissions' });
		return findings;
	},
});
