/**
 * The engine, in a chunk of its own that the island loads once it has hydrated: hydration stays one short task and
 * the engine's evaluation another, so neither blocks the page for long. Every caller shares the one load.
 */
export type Engine = typeof import('../../checker/index.ts');

let loading: Promise<Engine> | undefined;

export const loadEngine = (): Promise<Engine> => (loading ??= import('../../checker/index.ts'));
