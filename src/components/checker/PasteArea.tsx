import { createUniqueId } from 'solid-js';

interface PasteAreaProps {
	/** Called with the whole text whenever it changes: typing, pasting, or a dropped file. */
	onText: (text: string) => void;
	/** Receives the textarea, so the island can read a paste made before it hydrated and load examples into it. */
	ref: (element: HTMLTextAreaElement) => void;
}

/** Reads a dropped file locally (never uploaded); .har, .txt and .json are what readers have, any text will do. */
const readDrop = async (event: DragEvent, onText: (text: string) => void, area: HTMLTextAreaElement) => {
	const file = event.dataTransfer?.files[0];
	if (!file) return;
	event.preventDefault();
	const text = await file.text();
	area.value = text;
	onText(text);
};

/** The paste box: a labelled monospace textarea with a one-line hint; diagnoses as the reader types, pastes or drops. */
export default function PasteArea(props: PasteAreaProps) {
	const id = createUniqueId();
	let area!: HTMLTextAreaElement;
	return (
		<div class="checker-paste-area">
			<label for={`paste-${id}`}>Paste the HTTP response</label>
			<p class="checker-hint" id={`hint-${id}`}>
				Status line, headers and body, <code>curl -i</code> or <code>-v</code> output, a log line or an SDK error — or drop a .har, .txt or .json file. It never leaves your browser.
			</p>
			<textarea
				id={`paste-${id}`}
				ref={(element) => {
					area = element;
					props.ref(element);
				}}
				aria-describedby={`hint-${id}`}
				rows={10}
				spellcheck={false}
				autocomplete="off"
				autocapitalize="off"
				wrap="off"
				onInput={(event) => props.onText(event.currentTarget.value)}
				onDragOver={(event) => event.dataTransfer?.types.includes('Files') && event.preventDefault()}
				onDrop={(event) => void readDrop(event, props.onText, area)}
			/>
		</div>
	);
}
