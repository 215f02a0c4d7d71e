import { createUniqueId, For, Show } from 'solid-js';
import type { Evidence } from '../../checker/index.ts';

interface EvidenceListProps {
	evidence: Evidence[];
	/** Index of the chosen item, whose span the paste view highlights. */
	selected: number | undefined;
	onSelect: (index: number | undefined) => void;
	/** Hides secrets an evidence sentence may quote. */
	show: (text: string) => string;
}

/** What the engine saw, strongest first; an item with a span is a toggle button that highlights it in the paste. */
export default function EvidenceList(props: EvidenceListProps) {
	const labelId = `evidence-${createUniqueId()}`;
	return (
		<Show when={props.evidence.length}>
			<p class="checker-label" id={labelId}>
				Evidence
			</p>
			<ol class="checker-evidence" aria-labelledby={labelId}>
				<For each={props.evidence}>
					{(item, index) => (
						<li>
							<Show when={item.span} fallback={<span>{props.show(item.text)}</span>}>
								<button type="button" aria-pressed={props.selected === index()} onClick={() => props.onSelect(props.selected === index() ? undefined : index())}>
									{props.show(item.text)}
								</button>
							</Show>
						</li>
					)}
				</For>
			</ol>
		</Show>
	);
}
