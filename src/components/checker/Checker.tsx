import { batch, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { isServer } from 'solid-js/web';
import type { Diagnosis } from '../../checker/index.ts';
import { decodeShareFragment, encodeShareFragment } from '../../share.ts';
import { loadEngine, type Engine } from './engine.ts';
import { followedExampleLink } from './example-link.ts';
import ExampleMenu from './ExampleMenu.tsx';
import { markdownReport, warmFormats } from './format.ts';
import PasteArea from './PasteArea.tsx';
import PasteView from './PasteView.tsx';
import ResultCard from './ResultCard.tsx';
import { LARGE_PASTE, runDiagnosis } from './run.ts';
import { examplesBlockId, type CheckerExample, type ExampleEntry } from './types.ts';

interface CheckerProps {
	/** The example menu's entries; their texts travel in the page's JSON data block, not in props or the bundle. */
	examples: ExampleEntry[];
}

// This module loads when the browser is idle, well before the island hydrates (hydrate.ts): the engine loads with it,
// in a task of its own, so that a reader's first paste waits for nothing.
if (!isServer) void loadEngine();

// Browsers accept far longer URLs, but a link this long is no longer something people paste into a chat.
const MAX_SHARE_LINK = 64_000;

/** Reads the examples' texts from the page's `<script type="application/json">` block. */
const readExamples = (): CheckerExample[] => {
	try {
		return JSON.parse(document.getElementById(examplesBlockId)?.textContent ?? '[]') as CheckerExample[];
	} catch {
		return [];
	}
};

/**
 * The checker: paste a failed API response, see which section of the guide applies and what to do.
 * Everything runs here, in the reader's browser; nothing is sent or stored.
 */
export default function Checker(props: CheckerProps) {
	let area!: HTMLTextAreaElement;
	let root!: HTMLElement;
	const [text, setText] = createSignal('');
	const [diagnosis, setDiagnosis] = createSignal<Diagnosis>();
	const [pending, setPending] = createSignal(false);
	const [revealed, setRevealed] = createSignal(false);
	const [selected, setSelected] = createSignal<number>();
	const [notice, setNotice] = createSignal('');
	const [shareLink, setShareLink] = createSignal('');
	const [now, setNow] = createSignal(0);
	// Set with the first diagnosis, which needs the engine loaded: everything that shows one can use it.
	let engine: Engine | undefined;
	let examples: CheckerExample[] = [];
	const loadExample = (match: (example: CheckerExample) => boolean) => {
		const example = examples.find(match);
		if (example) load(example.text);
	};

	const check = async (value: string) => {
		setText(value);
		setSelected(undefined);
		setShareLink('');
		setNotice('');
		// Only large pastes wait for the worker; ordinary ones render in this same task.
		setPending(value.length > LARGE_PASTE);
		const result = await runDiagnosis(value);
		// Undefined: a newer paste superseded this one; its own result will follow.
		if (!result) return;
		engine ??= await loadEngine();
		batch(() => {
			setNow(Math.floor(Date.now() / 1000));
			setDiagnosis(result);
			setPending(false);
		});
	};

	const load = (value: string) => {
		area.value = value;
		void check(value);
	};

	// Nothing shows before the first diagnosis, so the engine is there; if it were not, show nothing rather than a secret.
	const show = (value: string) => (revealed() ? value : (engine?.redact(value).text ?? ''));
	const hasPaste = () => Boolean(diagnosis() && !['empty', 'binary'].includes(diagnosis()!.format));
	const shown = () => (revealed() ? text() : (diagnosis()?.redacted ?? ''));
	const mark = () => {
		const index = selected();
		return index === undefined ? undefined : diagnosis()?.evidence[index]?.span;
	};

	const copy = async (value: string, done: string) => {
		try {
			await navigator.clipboard.writeText(value);
			setNotice(done);
		} catch {
			setNotice('The browser did not allow copying; select the text and copy it yourself.');
		}
	};

	const share = async () => {
		const found = diagnosis();
		if (!found) return;
		const fragment = await encodeShareFragment(found.redacted);
		const link = `${location.origin}${location.pathname}#${fragment}`;
		if (link.length > MAX_SHARE_LINK) {
			setNotice('This paste is too large for a link; use “Copy report” instead.');
			return;
		}
		// The address bar is left alone: Chromium fetches the favicon again on any URL change, and sharing must not
		// cause a single request. The link is shown and copied instead.
		setShareLink(link);
		await copy(link, 'Link copied. It holds the redacted paste, in the part of the address browsers never send.');
	};

	onMount(() => {
		examples = readExamples();
		// "Try this in the checker" links elsewhere on the page: load their section's example here instead of navigating.
		const onClick = (event: MouseEvent) => {
			const link = followedExampleLink(event);
			if (!link) return;
			event.preventDefault();
			loadExample((example) => example.section === link.dataset.checkerExample);
			root.scrollIntoView({ block: 'start' });
			area.focus({ preventScroll: true });
		};
		document.addEventListener('click', onClick);
		onCleanup(() => document.removeEventListener('click', onClick));

		// A share link opened while the page is already open changes only the fragment.
		const onHashChange = () => void decodeShareFragment(location.hash).then((shared) => shared !== undefined && load(shared));
		window.addEventListener('hashchange', onHashChange);
		onCleanup(() => window.removeEventListener('hashchange', onHashChange));

		// A paste made before the island hydrated is already in the textarea.
		if (area.value) return void check(area.value);
		void decodeShareFragment(location.hash).then((shared) => shared !== undefined && load(shared));
		// The engine's first run compiles its regular expressions (tens of ms): do that when the reader focuses the paste
		// area, in the moment before they paste, rather than at load where it would hold up the page. A client's message
		// (no status line) runs the patterns that read a status from text, which a response never reaches: warm both,
		// which halves the first real paste's time (measured in Node: 10-15 ms to 5-8 ms). The card's date formatters load
		// their locale data then too (warmFormats): a first paste with a JWT showed in 50-63 ms, now 15-24 ms (Chromium).
		const engineLoaded = loadEngine();
		const warmUp = () =>
			void engineLoaded.then(({ diagnose }) => {
				['HTTP/1.1 401 Unauthorized', 'error: invalid_token'].forEach((text) => diagnose(text));
				warmFormats();
			});
		if (document.activeElement === area) warmUp();
		else area.addEventListener('focus', warmUp, { once: true });
	});

	return (
		<section class="checker not-content" data-checker ref={root} aria-label="Auth error checker">
			<div class="checker-input">
				<PasteArea ref={(element) => (area = element)} onText={(value) => void check(value)} />
				<ExampleMenu examples={props.examples} onPick={(id) => loadExample((example) => example.id === id)} />
			</div>
			<div class="checker-output" aria-live="polite">
				<ResultCard diagnosis={diagnosis()} pending={pending()} now={now()} selected={selected()} onSelect={setSelected} show={show} />
			</div>
			<Show when={hasPaste()}>
				<div class="checker-toolbar">
					<button type="button" aria-pressed={revealed()} onClick={() => setRevealed(!revealed())}>
						Reveal secrets
					</button>
					<button type="button" onClick={() => void copy(markdownReport(diagnosis()!, engine!.redact), 'Report copied, with secrets redacted.')}>
						Copy report
					</button>
					<button type="button" onClick={() => void share()}>
						Share
					</button>
				</div>
				<p class="checker-notice" role="status">
					{notice()}
					<Show when={shareLink()}>
						{(link) => (
							<>
								{' '}
								<a href={link()} class="checker-share-link">
									Shared link
								</a>
							</>
						)}
					</Show>
				</p>
				<PasteView text={shown()} mark={mark()} />
			</Show>
		</section>
	);
}
