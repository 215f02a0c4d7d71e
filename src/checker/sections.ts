/**
 * The guide sections a diagnosis can name, and the actions it can recommend.
 * Every other list in the project (titles, anchors, example menus) derives from these.
 */

export const sectionIds = [
	'unauthorized',
	'forbidden',
	'token-expired',
	'refresh-failed',
	'invalid-scope',
	'wrong-environment',
	'rate-limited',
	'not-auth',
] as const;
export type SectionId = (typeof sectionIds)[number];
export const isSectionId = (value: unknown): value is SectionId =>
	(sectionIds as readonly unknown[]).includes(value);

export const actionIds = [
	'refresh-token',
	'reauthorize',
	'regenerate-credentials',
	'fix-request',
	'add-scope',
	'check-permissions',
	'switch-environment',
	'wait-and-retry',
	'none',
] as const;
export type ActionId = (typeof actionIds)[number];
export const isActionId = (value: unknown): value is ActionId =>
	(actionIds as readonly unknown[]).includes(value);
