import { sectionIds, type ActionId, type SectionId } from './sections.ts';
import type { Evidence } from './types.ts';

/** The action each section recommends when none of its evidence names a more specific one. */
export const defaultActions: Record<SectionId, ActionId> = {
	unauthorized: 'regenerate-credentials',
	forbidden: 'check-permissions',
	'token-expired': 'refresh-token',
	'refresh-failed': 'reauthorize',
	'invalid-scope': 'add-scope',
	'wrong-environment': 'switch-environment',
	'rate-limited': 'wait-and-retry',
	'not-auth': 'none',
};

/**
 * A specific section is a cause within a general one (an expired token is one way credentials are rejected; a missing
 * scope is one way an action is not permitted), so the general section's evidence supports it too: "401" and
 * "invalid token" are consistent with an expiry that a message then names.
 */
const narrows: Partial<Record<SectionId, SectionId>> = {
	'token-expired': 'unauthorized',
	'refresh-failed': 'unauthorized',
	'invalid-scope': 'forbidden',
};

/** Alternatives are listed when they score at least this fraction of the winner. */
const ALTERNATIVE_SHARE = 0.4;

export interface Verdict {
	section: SectionId;
	action: ActionId;
	confidence: number;
	evidence: Evidence[];
	alternatives: { section: SectionId; score: number }[];
}

/** A rule that says the same thing twice (a platform's code and its message) counts once: its strongest item per section, plus every counter-item. */
const counted = (evidence: Evidence[]): Evidence[] => {
	const best = new Map<string, Evidence>();
	for (const item of evidence) {
		if (item.weight < 0) continue;
		const key = `${item.rule} ${item.section}`;
		if (item.weight > (best.get(key)?.weight ?? 0)) best.set(key, item);
	}
	return [...best.values(), ...evidence.filter((item) => item.weight < 0)];
};

/**
 * Sums evidence weights per section, each rule counting once per section (see `counted`); the highest sum wins (ties: the order of `sectionIds`).
 * confidence = strength × agreement, where strength = s / (s + 3) saturates as the winner's score s grows
 * (one decisive item of weight 6 gives 0.67) and agreement = 0.5 + 0.5 × (s − r) / s halves it when the
 * runner-up r ties. Rounded to two decimals.
 */
export const score = (evidence: Evidence[]): Verdict => {
	const totals = new Map<SectionId, number>(sectionIds.map((section) => [section, 0]));
	const strongest = new Map<SectionId, number>();
	for (const item of counted(evidence)) {
		totals.set(item.section, (totals.get(item.section) ?? 0) + item.weight);
		strongest.set(item.section, Math.max(strongest.get(item.section) ?? 0, item.weight));
	}
	// A specific section inherits only when its strongest item outweighs the general section's: a platform message that
	// names a different cause ("Malformed bearer token") keeps the general answer.
	const ownTotals = new Map(totals);
	for (const [specific, general] of Object.entries(narrows) as [SectionId, SectionId][]) {
		if ((strongest.get(specific) ?? 0) > (strongest.get(general) ?? 0)) totals.set(specific, ownTotals.get(specific)! + Math.max(0, ownTotals.get(general) ?? 0));
	}
	// Ties go to the section with the single strongest item, then to the order of sectionIds.
	const ranked = [...totals].sort((a, b) => b[1] - a[1] || (strongest.get(b[0]) ?? 0) - (strongest.get(a[0]) ?? 0));
	const [section, winner] = ranked[0][1] > 0 ? ranked[0] : (['not-auth', 0] as const);
	const runnerUp = Math.max(0, ...ranked.filter(([candidate]) => candidate !== section).map(([, total]) => total));
	const byWeight = (items: Evidence[]) => items.filter((item) => item.weight > 0).sort((a, b) => b.weight - a.weight);
	const mine = byWeight(evidence.filter((item) => item.section === section));
	// Listed after the section's own evidence, and never the source of its action: the general section's action is the general one.
	const inherited = winner > (ownTotals.get(section) ?? 0) ? byWeight(evidence.filter((item) => item.section === narrows[section])) : [];
	const strength = winner / (winner + 3);
	const agreement = winner > 0 ? 0.5 + (0.5 * (winner - runnerUp)) / winner : 0;
	return {
		section,
		action: mine.find((item) => item.action)?.action ?? defaultActions[section],
		confidence: Math.round(strength * agreement * 100) / 100,
		evidence: [...mine, ...inherited],
		alternatives: ranked
			.filter(([candidate, total]) => candidate !== section && total > 0 && total >= winner * ALTERNATIVE_SHARE)
			.map(([candidate, total]) => ({ section: candidate, score: total })),
	};
};
