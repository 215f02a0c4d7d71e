import type { ParsedPaste } from '../parse/index.ts';
import { challengeSignals, type ChallengeSignal } from './challenges.ts';
import type { SignalContext } from './context.ts';
import { credentialSignal, type CredentialSignal } from './credentials.ts';
import { docUrlSignal } from './doc-url.ts';
import { environmentSignal, type EnvironmentSignal } from './environment.ts';
import { oauthErrorSignal, type OAuthErrorSignal } from './oauth.ts';
import { oauthProblemSignal, type OAuthProblemSignal } from './oauth-problem.ts';
import { platformSignal, type PlatformSignal } from './platform.ts';
import { problemSignal, type ProblemSignal } from './problem.ts';
import { rateLimitSignal, type RateLimitSignal } from './rate-limit.ts';
import { rpcErrorSignal, type RpcErrorSignal } from './rpc.ts';
import { createScan, findPattern, type Hit, type Scan } from './scan.ts';
import { scopeSignal, type ScopeSignal } from './scopes.ts';
import { tokenEndpointSignal, type TokenEndpointSignal } from './side.ts';
import { tokenSignal, type TokenSignal } from './token.ts';
import { vocabulary, withoutExamples, type Strength } from './vocabulary.ts';
import type { Verdict } from '../platforms/types.ts';
import { overlaps, type Span } from '../types.ts';

export interface VocabularyHit extends Hit {
	verdict: Verdict;
	meaning: string;
	strength: Strength;
}

/** Everything the rules read, computed once per paste. */
export interface Signals {
	/** The status; `line` when it came from the response's own status line, so a server answered. */
	status?: { code: number; span?: Span; line?: boolean };
	challenges: ChallengeSignal[];
	oauthError?: OAuthErrorSignal;
	oauthProblem?: OAuthProblemSignal;
	tokenEndpoint?: TokenEndpointSignal;
	problem?: ProblemSignal;
	rateLimit: RateLimitSignal;
	token?: TokenSignal;
	environment: EnvironmentSignal;
	scopes?: ScopeSignal;
	platform?: PlatformSignal;
	vocabulary: VocabularyHit[];
	rpcError?: RpcErrorSignal;
	credentials: CredentialSignal;
	docUrl?: string;
	/** Seconds since the epoch. */
	now: number;
}
export type SignalName = keyof Signals;

/** Computes every signal from the parsed paste. */
export const computeSignals = (original: string, parsed: ParsedPaste, now: Date): Signals => {
	const scan: Scan = createScan(original, parsed.segments);
	const context: SignalContext = { original, parsed, fields: parsed.fields, scan, now: Math.floor(now.getTime() / 1000) };
	const response = parsed.exchange.response;
	const challenges = challengeSignals(context);
	const oauthError = oauthErrorSignal(context, challenges);
	const token = tokenSignal(context);
	const platform = platformSignal(context, token, challenges);
	return {
		status: response.status === undefined ? undefined : { code: response.status, span: response.statusSpan, line: response.httpVersion !== undefined },
		challenges,
		oauthError,
		oauthProblem: oauthProblemSignal(context),
		tokenEndpoint: tokenEndpointSignal(context, oauthError),
		problem: problemSignal(context),
		rateLimit: rateLimitSignal(context),
		token,
		environment: environmentSignal(context, token),
		scopes: scopeSignal(context, challenges, token),
		platform,
		vocabulary: vocabularyHits(scan),
		rpcError: rpcErrorSignal(context),
		credentials: credentialSignal(context),
		docUrl: docUrlSignal(context, platform),
		now: context.now,
	};
};

/** Each phrase of the vocabulary the paste holds, examples aside; where two readings overlap, the one listed first (the more specific) stands. */
const vocabularyHits = (scan: Scan): VocabularyHit[] => {
	const hits: VocabularyHit[] = [];
	const read = { ...scan, lower: scan.lower.map(withoutExamples) };
	for (const { pattern, verdict, meaning, strength = 'moderate' } of vocabulary) {
		const hit = findPattern(read, pattern);
		if (hit && !hits.some((earlier) => overlaps(earlier.span, hit.span))) hits.push({ ...hit, verdict, meaning, strength });
	}
	return hits;
};
