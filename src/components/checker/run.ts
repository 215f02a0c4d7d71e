/** Runs the engine: in the page for ordinary pastes (one frame), in a Web Worker for large ones. */
import type { Diagnosis } from '../../checker/index.ts';
import { loadEngine } from './engine.ts';
import type { DiagnoseRequest, DiagnoseResponse } from './worker.ts';

/** Above this many characters the engine takes tens of milliseconds or more: run it in the worker. */
export const LARGE_PASTE = 200_000;

let worker: Worker | undefined;
let lastId = 0;
const pending = new Map<number, (diagnosis: Diagnosis | undefined) => void>();

const startWorker = (): Worker => {
	// Vite bundles the worker as a module of its own; CSP `worker-src 'self'` allows it.
	const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	started.onmessage = (event: MessageEvent<DiagnoseResponse>) => {
		const { id, diagnosis } = event.data;
		pending.get(id)?.(id === lastId ? diagnosis : undefined);
		pending.delete(id);
	};
	return started;
};

/** Diagnoses `text`; resolves undefined when a newer call superseded this one before it finished. */
export async function runDiagnosis(text: string): Promise<Diagnosis | undefined> {
	const id = ++lastId;
	if (text.length <= LARGE_PASTE || typeof Worker === 'undefined') {
		// Once loaded, the engine answers in the same task: awaiting a settled promise costs a microtask, not a frame.
		const { diagnose } = await loadEngine();
		return id === lastId ? diagnose(text) : undefined;
	}
	worker ??= startWorker();
	const request: DiagnoseRequest = { id, text, now: Date.now() };
	worker.postMessage(request);
	return new Promise((resolve) => pending.set(id, resolve));
}
