import { platforms, type Diagnosis } from '../checker/index.ts';
import { actionTitles, confidenceLabel, guideUrl, sectionTitles } from '../guide.ts';
import { platformFixes } from '../checker/platforms/fixes.ts';

const MAX_EVIDENCE = 5;

/** The human report for one diagnosis: what it is, why, what to do, where to read more. */
export const formatReport = (diagnosis: Diagnosis, label?: string): string => {
	const platform = platforms.find((candidate) => candidate.slug === diagnosis.platform);
	const lines = [
		...(label ? [`== ${label}`] : []),
		`${sectionTitles[diagnosis.section]} (${confidenceLabel(diagnosis.confidence)}, ${Math.round(diagnosis.confidence * 100)}%)`,
		`Why: ${diagnosis.summary}`,
		`Do: ${actionTitles[diagnosis.action]}`,
		...(platform ? [`Platform: ${platform.name}: ${platformFixes[platform.slug]}`] : []),
		`Guide: ${guideUrl(diagnosis.section, true)}`,
		...(diagnosis.docUrl ? [`Vendor docs: ${diagnosis.docUrl}`] : []),
		...(diagnosis.evidence.length ? ['Evidence:', ...diagnosis.evidence.slice(0, MAX_EVIDENCE).map((item) => `  - ${item.text}`)] : []),
		...(diagnosis.alternatives.length ? [`Also possible: ${diagnosis.alternatives.map((alternative) => sectionTitles[alternative.section]).join(', ')}`] : []),
		...diagnosis.notes.map((note) => `Note: ${note}`),
	];
	return lines.join('\n');
};
