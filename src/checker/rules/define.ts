import type { Verdict } from '../platforms/types.ts';
import type { SectionId } from '../sections.ts';
import type { SignalName, Signals } from '../signals/index.ts';
import type { TokenEndpointSignal } from '../signals/side.ts';
import type { Evidence } from '../types.ts';

/** Evidence as a rule returns it; `defineRule` stamps the rule id. */
export type Finding = Omit<Evidence, 'rule'>;

export interface Rule {
	id: string;
	/** The sections this rule can give evidence for. */
	sections: readonly SectionId[];
	/** The signals it reads: the rule must not depend on anything else. */
	reads: readonly SignalName[];
	evaluate: (signals: Signals) => Evidence[];
}

interface RuleSpec extends Omit<Rule, 'evaluate'> {
	evaluate: (signals: Signals) => Finding[];
}

/** Declares a rule with its metadata beside its logic; what the rule looks for is its doc comment. */
export const defineRule = (spec: RuleSpec): Rule => ({
	...spec,
	evaluate: (signals) => spec.evaluate(signals).map((finding) => ({ rule: spec.id, ...finding })),
});

/** Shared weights so rules agree on what "strong" means; a section's score is the sum of its evidence. */
export const weights = { weak: 1, moderate: 2, firm: 3, strong: 4, platform: 5, decisive: 6 } as const;

/**
 * A verdict as read where the response came from: at the token endpoint, the token that expired is the grant being
 * exchanged (a refresh token, a code), not an access token, so it is a refused refresh that a new consent fixes.
 */
export const fromTokenEndpoint = (verdict: Verdict, tokenEndpoint: TokenEndpointSignal | undefined): Verdict =>
	tokenEndpoint && verdict[0] === 'token-expired' ? ['refresh-failed', 'reauthorize'] : verdict;

/** Quotes a value from the paste in an evidence sentence, shortened. */
export const quote = (value: string): string => `"${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
