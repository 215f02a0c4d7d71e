import type { SectionId } from '../../checker/index.ts';

/** One example paste in the checker's "Try an example" menu: a real response from the engine's fixtures, redacted. */
export interface CheckerExample {
	/** The fixture's file name without its extension; stable, used in `data-example`. */
	id: string;
	section: SectionId;
	/** Short menu label: platform name and what the paste is. */
	label: string;
	/** The paste, already redacted. */
	text: string;
}

/** What the server-rendered menu needs: everything but the text, which travels in the JSON data block. */
export type ExampleEntry = Omit<CheckerExample, 'text'>;

/** Id of the `<script type="application/json">` block that carries the examples' texts. */
export const examplesBlockId = 'checker-examples';
