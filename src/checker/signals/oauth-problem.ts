import type { Span } from '../types.ts';
import type { SignalContext } from './context.ts';
import { findPattern } from './scan.ts';

/** An OAuth 1.0a problem report: the `oauth_problem` parameter of the Problem Reporting extension. */
export interface OAuthProblemSignal {
	problem: string;
	span?: Span;
}

// In a form body or a challenge (oauth_problem=token_rejected, oauth_problem="token_expired"), a JSON or dict key, PHP's
// var_dump (["oauth_problem"]=> string(14) "token_rejected") and the Ruby oauth gem's OAuth::Problem (consumer_key_unknown).
const PROBLEM = /\boauth(?:_|::)problem\b["'\]]{0,2}\s{0,4}(?:=>?|:|\()\s{0,4}(?:string\(\d{1,4}\)\s{0,4})?["']?([a-z_]{4,40})\b/;

/** The problem an OAuth 1.0a service provider reported, when the paste holds one. */
export const oauthProblemSignal = (context: SignalContext): OAuthProblemSignal | undefined => {
	const hit = findPattern(context.scan, PROBLEM);
	const problem = hit && PROBLEM.exec(hit.text.toLowerCase())?.[1];
	return problem ? { problem, span: hit.span } : undefined;
};
