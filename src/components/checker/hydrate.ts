/**
 * `client:on-use`: the checker island's code loads when the browser is idle, and the island hydrates when the reader
 * first uses it: focuses, clicks, pastes, drops or types into it, follows a "Try this in the checker" link, or opens
 * a share link (`#r=…`). Hydrating is the costly step (rendering the island takes a phone tens of milliseconds), so
 * a reader who only reads never pays for it, while a reader who pastes at once waits for neither the network nor
 * the engine: both are already loaded. A paste made before hydration is kept: the island reads it when it mounts.
 */
import type { ClientDirective } from 'astro';
import { carriesSharedPaste } from '../../share.ts';
import { followedExampleLink } from './example-link.ts';

const triggers = ['focusin', 'pointerdown', 'paste', 'drop', 'dragenter', 'keydown'] as const;

const directive: ClientDirective = (load, _options, element) => {
	let loading: ReturnType<typeof load> | undefined;
	const loadCode = () => (loading ??= load());

	let hydrating: Promise<void> | undefined;
	const hydrate = () =>
		(hydrating ??= (async () => {
			for (const type of triggers) element.removeEventListener(type, onUse, true);
			document.removeEventListener('click', onExampleLink, true);
			window.removeEventListener('hashchange', onHashChange);
			await (await loadCode())();
		})());

	const onUse = () => void hydrate();
	// The island loads the example once it has hydrated: hold the click until then and hand it over. Should its code
	// fail to load, the link does what it does without JavaScript and opens /checker/ with the example.
	const onExampleLink = (event: MouseEvent) => {
		const link = followedExampleLink(event);
		if (!link) return;
		event.preventDefault();
		hydrate().then(
			() => link.click(),
			() => location.assign(link.href),
		);
	};
	const onHashChange = () => carriesSharedPaste(location.hash) && onUse();

	if (carriesSharedPaste(location.hash)) return onUse();
	for (const type of triggers) element.addEventListener(type, onUse, { capture: true, passive: true });
	document.addEventListener('click', onExampleLink, true);
	window.addEventListener('hashchange', onHashChange);
	if ('requestIdleCallback' in window) window.requestIdleCallback(() => void loadCode(), { timeout: 2000 });
	else setTimeout(loadCode, 200);
};

export default directive;

declare module 'astro' {
	interface AstroClientDirectives {
		'client:on-use'?: boolean;
	}
}
