/** Diagnoses large pastes off the main thread, so typing and scrolling never wait for the engine. */
import { diagnose, type Diagnosis } from '../../checker/index.ts';

export interface DiagnoseRequest {
	id: number;
	text: string;
	/** The reader's clock, milliseconds since the epoch. */
	now: number;
}

export interface DiagnoseResponse {
	id: number;
	diagnosis: Diagnosis;
}

self.onmessage = (event: MessageEvent<DiagnoseRequest>) => {
	const { id, text, now } = event.data;
	self.postMessage({ id, diagnosis: diagnose(text, { now: new Date(now) }) } satisfies DiagnoseResponse);
};
