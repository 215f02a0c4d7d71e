/** JSON.parse that returns undefined instead of throwing (also on 100k-deep nesting, where V8 may run out of stack). */
export const parseJson = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a nested property path without throwing: `at(har, 'log', 'entries')`. */
export const at = (value: unknown, ...path: (string | number)[]): unknown => {
	let current = value;
	for (const key of path) {
		if (typeof current !== 'object' || current === null) return undefined;
		current = (current as Record<string | number, unknown>)[key];
	}
	return current;
};

export const stringAt = (value: unknown, ...path: (string | number)[]): string | undefined => {
	const found = at(value, ...path);
	return typeof found === 'string' ? found : undefined;
};
