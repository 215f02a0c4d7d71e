import type { Span } from '../types.ts';
import { field, type SignalContext } from './context.ts';
import { findPhrase } from './scan.ts';

/** An auth error inside a 2xx body: Slack-style `ok: false` RPC, or a GraphQL `errors[].extensions.code`. */
export interface RpcErrorSignal {
	kind: 'rpc' | 'graphql';
	code: string;
	/** The status the error means when it has a standard one (GraphQL codes), else undefined. */
	effectiveStatus?: 401 | 403;
	span?: Span;
}

// GraphQL over HTTP §7.1.2: a response whose data is null carries the reason in errors[].
const GRAPHQL_FAILED = /"data"\s{0,8}:\s{0,8}null/;
// Apollo Server / GraphQL over HTTP: errors[].extensions.code
const GRAPHQL_CODES: Record<string, 401 | 403> = { UNAUTHENTICATED: 401, UNAUTHORIZED: 401, FORBIDDEN: 403 };

export const rpcErrorSignal = (context: SignalContext): RpcErrorSignal | undefined => {
	// Only a GraphQL body has "extensions"; REST APIs (Square) use the same words as plain error codes.
	const graphql = findPhrase(context.scan, 'extensions') && context.fields.find((candidate) => candidate.key === 'code' && candidate.value in GRAPHQL_CODES);
	if (graphql) return { kind: 'graphql', code: graphql.value, effectiveStatus: GRAPHQL_CODES[graphql.value], span: graphql.span };
	// A GraphQL body with errors and no data failed, whatever the status (GitHub answers a missing scope so, with 200).
	if (findPhrase(context.scan, '"errors"') && GRAPHQL_FAILED.test(context.scan.lower[0] ?? '')) return { kind: 'graphql', code: 'errors' };
	const ok = field(context, 'ok');
	const error = field(context, 'error');
	if (ok?.value === 'false' || ok?.value === 'False') return { kind: 'rpc', code: error?.value ?? 'ok: false', span: error?.span ?? ok.span };
	return undefined;
};
