import { createEffect, createMemo, Show } from 'solid-js';
import type { Span } from '../../checker/index.ts';

interface PasteViewProps {
	/** The paste as shown: redacted unless the reader revealed secrets. Same length as the original, so spans fit. */
	text: string;
	/** The evidence span to highlight, when one is chosen. */
	mark?: Span;
}

// A few screens of text around the highlight; a 5 MB paste rendered whole would stall layout for seconds.
const WINDOW = 20_000;

/**
 * The paste, read-only, with the chosen evidence span in a <mark>. Built from text nodes only: pasted HTML and
 * script stay text and never run.
 */
export default function PasteView(props: PasteViewProps) {
	let mark: HTMLElement | undefined;
	const parts = createMemo(() => {
		const { text, mark: span } = props;
		const start = Math.max(0, Math.min(span ? span.start - WINDOW / 2 : 0, text.length - WINDOW));
		const end = Math.min(text.length, start + WINDOW);
		const markStart = span ? Math.min(Math.max(span.start, start), end) : end;
		const markEnd = span ? Math.min(Math.max(span.end, markStart), end) : end;
		return {
			before: start,
			head: text.slice(start, markStart),
			marked: text.slice(markStart, markEnd),
			tail: text.slice(markEnd, end),
			after: text.length - end,
		};
	});
	createEffect(() => {
		if (parts().marked) mark?.scrollIntoView({ block: 'nearest', inline: 'start' });
	});
	return (
		<pre class="checker-view" tabindex="0" role="region" aria-label="Your paste as the checker read it">
			<Show when={parts().before}>{(count) => <span class="checker-omitted">{`… ${count().toLocaleString('en')} characters before …\n`}</span>}</Show>
			{parts().head}
			<Show when={parts().marked}>
				<mark ref={mark}>{parts().marked}</mark>
			</Show>
			{parts().tail}
			<Show when={parts().after}>{(count) => <span class="checker-omitted">{`\n… ${count().toLocaleString('en')} characters after …`}</span>}</Show>
		</pre>
	);
}
