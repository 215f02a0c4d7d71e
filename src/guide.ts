import { siteUrl, guidePath } from './site.ts';
import type { ActionId, SectionId } from './checker/sections.ts';

/** Section titles, in the guide's words. */
export const sectionTitles: Record<SectionId, string> = {
	unauthorized: '401 Unauthorized',
	forbidden: '403 Forbidden',
	'token-expired': 'Token Expired',
	'refresh-failed': 'When refresh fails',
	'invalid-scope': 'Invalid Scope',
	'wrong-environment': 'Multiple Environments',
	'rate-limited': 'Rate Limiting vs Auth Errors',
	'not-auth': 'Not an authentication error',
};

/** What to do, in the guide's words ("When to Regenerate vs Fix the Request"). */
export const actionTitles: Record<ActionId, string> = {
	'refresh-token': 'Refresh the access token',
	reauthorize: 'Re-authorize the app (someone with admin access)',
	'regenerate-credentials': 'Regenerate the credentials',
	'fix-request': 'Fix the request',
	'add-scope': 'Add the missing scope — no need to regenerate the token',
	'check-permissions': 'Check the permissions for this resource, plan and app',
	'switch-environment': 'Use credentials that match the environment',
	'wait-and-retry': 'Wait and retry with backoff',
	none: 'Nothing to fix on the auth side',
};

/** The anchor of each section on the guide page: the section id itself, except not-auth. */
export const guideAnchors: Record<SectionId, string> = {
	unauthorized: 'unauthorized',
	forbidden: 'forbidden',
	'token-expired': 'token-expired',
	'refresh-failed': 'refresh-failed',
	'invalid-scope': 'invalid-scope',
	'wrong-environment': 'wrong-environment',
	'rate-limited': 'rate-limited',
	'not-auth': 'what-this-guide-covers',
};

/** Path and anchor of a section on the guide page; pass `absolute` for a link outside the site (the CLI). */
export const guideUrl = (section: SectionId, absolute = false): string =>
	`${absolute ? siteUrl : ''}${guidePath}#${guideAnchors[section]}`;

/** How sure the diagnosis is, in one word: clear (≥ 0.7), likely (≥ 0.4), uncertain. */
export const confidenceLabel = (confidence: number): 'clear' | 'likely' | 'uncertain' =>
	confidence >= 0.7 ? 'clear' : confidence >= 0.4 ? 'likely' : 'uncertain';
