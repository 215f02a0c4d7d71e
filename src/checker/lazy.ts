/**
 * A value computed on first use and kept: the tables the engine derives from its platform data are built when a paste
 * first needs them, not while the page that loads the engine is still starting up.
 */
export const lazy = <T>(build: () => T): (() => T) => {
	let value: T | undefined;
	return () => (value ??= build());
};
