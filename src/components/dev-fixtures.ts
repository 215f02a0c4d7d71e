/**
 * Build time only: the engine's development fixtures (test/fixtures/dev), which the checker's example menu and the
 * platform pages show as real responses. Bundled by Vite, so the site and its tests read the same files the same way.
 */
import { splitFixture, type FixtureParts } from '../../test/fixtures/split.ts';

export interface DevFixture extends FixtureParts {
	/** File name, e.g. "github-bad-credentials-curl-v.txt". */
	name: string;
	/** File name without its extension. */
	id: string;
}

const files = import.meta.glob<string>('/test/fixtures/dev/*', { query: '?raw', import: 'default', eager: true });

/** Every development fixture, sorted by file name. */
export const devFixtures: readonly DevFixture[] = Object.entries(files)
	.flatMap(([path, raw]) => {
		const parts = splitFixture(raw);
		const name = path.split('/').pop()!;
		return parts ? [{ name, id: name.replace(/\.[^.]+$/, ''), ...parts }] : [];
	})
	.sort((a, b) => a.name.localeCompare(b.name));
