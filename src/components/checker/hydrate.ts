/**
 * `client:idle-or-input`: hydrate when the browser is idle (at most `timeout` ms after load, default 2 s), or
 * at once when the reader reaches for the island (focus, pointer, paste, drop, key), whichever comes first.
 * Astro's directives cannot be combined (`client:idle` plus "on interaction"), hence this one. A paste made in
 * the server-rendered textarea before hydration is kept: the island reads it when it mounts.
 */
import type { ClientDirective } from 'astro';

const triggers = ['focusin', 'pointerdown', 'paste', 'drop', 'dragenter', 'keydown'] as const;

const directive: ClientDirective = (load, options, element) => {
	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		for (const type of triggers) element.removeEventListener(type, start, true);
		const hydrate = await load();
		await hydrate();
	};
	for (const type of triggers) element.addEventListener(type, start, { capture: true, passive: true });
	const timeout = (typeof options.value === 'object' && (options.value as { timeout?: number } | null)?.timeout) || 2000;
	if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout });
	else setTimeout(start, 200);
};

export default directive;

declare module 'astro' {
	interface AstroClientDirectives {
		'client:idle-or-input'?: boolean | { timeout?: number };
	}
}
