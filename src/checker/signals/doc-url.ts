import type { PlatformSignal } from './platform.ts';
import { field, type SignalContext } from './context.ts';

/** The vendor's page for the error: a link the response carries (Stripe doc_url, Okta errorLink, GitHub documentation_url, Twilio more_info), else the platform's code lookup. */
export const docUrlSignal = (context: SignalContext, platform: PlatformSignal | undefined): string | undefined => {
	const carried = field(context, 'doc_url', 'errorlink', 'documentation_url', 'more_info');
	if (carried && /^https:\/\//.test(carried.value)) return carried.value;
	const code = platform?.hits.find((hit) => hit.kind === 'code')?.match ?? platform?.signature?.text;
	return code && platform?.platform.codeDoc ? platform.platform.codeDoc.replace('{code}', encodeURIComponent(code)) : undefined;
};
