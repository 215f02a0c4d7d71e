import type { Span } from '../types.ts';
import { field, responseHeader, type SignalContext } from './context.ts';

/** An RFC 9457 problem details object. */
export interface ProblemSignal {
	title?: string;
	detail?: string;
	type?: string;
	/** The problem's own `status` member. */
	status?: number;
	span?: Span;
}

/** The body is problem details when its media type says so, or when it has the members `type`/`title` and `status`. */
export const problemSignal = (context: SignalContext): ProblemSignal | undefined => {
	const mediaType = responseHeader(context, 'content-type')[0]?.value ?? '';
	const title = field(context, 'title');
	const type = field(context, 'type');
	const status = field(context, 'status');
	const isProblem = mediaType.includes('problem+json') || (title !== undefined && type !== undefined && status !== undefined);
	if (!isProblem) return undefined;
	const code = Number(status?.value);
	return { title: title?.value, detail: field(context, 'detail')?.value, type: type?.value, status: Number.isInteger(code) ? code : undefined, span: title?.span ?? type?.span };
};
