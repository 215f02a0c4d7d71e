import { describe, expect, it } from 'vitest';
import { platformFixes } from '../../src/checker/platforms/fixes.ts';
import { actionIds, isActionId, isSectionId, platforms, rules, sectionIds } from '../../src/checker/index.ts';
import { actionTitles, guideAnchors, sectionTitles } from '../../src/guide.ts';

describe('sections, actions, platforms and rules agree', () => {
	it('every section has a title and a guide anchor; every action has a title', () => {
		for (const section of sectionIds) {
			expect(sectionTitles[section], section).toBeTruthy();
			expect(guideAnchors[section], section).toMatch(/^[a-z][a-z-]*$/);
		}
		for (const action of actionIds) expect(actionTitles[action], action).toBeTruthy();
	});

	it('every section except not-auth is anchored at its own id', () => {
		for (const section of sectionIds.filter((id) => id !== 'not-auth')) expect(guideAnchors[section]).toBe(section);
	});

	it('every section can be reached by some rule', () => {
		const reachable = new Set(rules.flatMap((rule) => rule.sections));
		for (const section of sectionIds) expect(reachable.has(section), section).toBe(true);
	});

	it('rule ids are unique', () => {
		expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
	});

	it('platform slugs are unique and lower-case; hosts and header names are lower-case', () => {
		expect(new Set(platforms.map((platform) => platform.slug)).size).toBe(platforms.length);
		for (const platform of platforms) {
			expect(platform.slug).toMatch(/^[a-z0-9-]+$/);
			for (const host of platform.hosts) expect(host, platform.slug).toBe(host.toLowerCase());
			for (const header of platform.headers ?? []) expect(header, platform.slug).toBe(header.toLowerCase());
			for (const environment of Object.values(platform.environments ?? {})) {
				for (const host of environment?.hosts ?? []) expect(host, platform.slug).toBe(host.toLowerCase());
			}
		}
	});

	it('every platform, and only those, has a where-to-fix line (platforms/fixes.ts lists them apart, for the bundle)', () => {
		expect(Object.keys(platformFixes).sort()).toEqual(platforms.map((platform) => platform.slug).sort());
		for (const [slug, fix] of Object.entries(platformFixes)) expect(fix.trim(), slug).not.toBe('');
	});

	it("every platform verdict names a valid section and action", () => {
		for (const platform of platforms) {
			const byStatus = Object.entries(platform.codesByStatus ?? {}).flatMap(([code, statuses]) => Object.entries(statuses).map(([status, verdict]) => [`${code} ${status}`, verdict] as const));
			const entries = [...Object.entries(platform.codes ?? {}), ...Object.entries(platform.messages ?? {}), ...Object.entries(platform.statuses ?? {}), ...byStatus];
			for (const [key, [section, action]] of entries) {
				expect(isSectionId(section), `${platform.slug} ${key}`).toBe(true);
				if (action !== undefined) expect(isActionId(action), `${platform.slug} ${key}`).toBe(true);
			}
		}
	});

	it("a code's meaning under a status refines a code the platform lists", () => {
		for (const platform of platforms) for (const code of Object.keys(platform.codesByStatus ?? {})) expect(Object.keys(platform.codes ?? {}), platform.slug).toContain(code);
	});
});
