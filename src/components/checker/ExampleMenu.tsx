import { For } from 'solid-js';
import { sectionTitles } from '../../guide.ts';
import type { ExampleEntry } from './types.ts';

interface ExampleMenuProps {
	examples: ExampleEntry[];
	/** Loads the example with this id into the checker. */
	onPick: (id: string) => void;
}

/** "Try an example": real responses from the engine's fixtures, grouped by the guide section they belong to. */
export default function ExampleMenu(props: ExampleMenuProps) {
	let details!: HTMLDetailsElement;
	// The examples come in the guide's section order (examples.ts): group them in the order they come.
	const groups = () => [...new Set(props.examples.map((example) => example.section))].map((section) => ({ section, examples: props.examples.filter((example) => example.section === section) }));
	return (
		<details class="checker-examples" ref={details}>
			<summary>Try an example</summary>
			<ul>
				<For each={groups()}>
					{(group) => (
						<li>
							<span class="checker-label">{sectionTitles[group.section]}</span>
							<ul>
								<For each={group.examples}>
									{(example) => (
										<li>
											<button
												type="button"
												data-example={example.id}
												data-example-section={example.section}
												onClick={() => {
													details.open = false;
													// The chosen button is hidden now: keep keyboard focus on the menu.
													details.querySelector('summary')?.focus();
													props.onPick(example.id);
												}}
											>
												{example.label}
											</button>
										</li>
									)}
								</For>
							</ul>
						</li>
					)}
				</For>
			</ul>
		</details>
	);
}
