/**
 * The engine, in a chunk of its own that the island's module starts loading when the browser is idle (Checker.tsx):
 * its evaluation is a task of its own, apart from hydration, so neither blocks the page for long. Every caller shares
 * the one load.
 */
export type Engine = typeof import('../../checker/index.ts');

let loading: Promise<Engine> | undefined;

export const loadEngine = (): Promise<Engine> => (loading ??= import('../../checker/index.ts'));
