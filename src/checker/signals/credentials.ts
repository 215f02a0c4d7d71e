import type { Span } from '../types.ts';
import type { SignalContext } from './context.ts';

/** Whether the request visibly carried a credential. */
export interface CredentialSignal {
	/** False when the request's headers are shown and none carries a credential; undefined when the paste cannot tell. */
	sent?: boolean;
	/** A credential slot left empty: `?hapikey=`, `Authorization: Bearer undefined`. */
	empty?: { name: string; span?: Span };
}

const CREDENTIAL_NAME = /auth|cookie|key|token|secret|signature|session/i;
const CREDENTIAL_FIELDS = ['client_secret', 'client_assertion', 'password', 'refresh_token', 'access_token', 'api_key', 'apikey', 'assertion'];
// A query parameter named like a credential with nothing after "=": ?hapikey=&…, ?api_key=
const EMPTY_PARAMETER = /[?&]([\w-]{0,40}(?:key|token|auth)[\w-]{0,40})=(?=[&\s#'"]|$)/im;
// RFC 6750 §2.1 with nothing usable after the scheme: "Bearer", "Bearer undefined", "Bearer null"
const EMPTY_AUTHORIZATION = /^\s*(?:bearer|basic|token)?\s*(?:undefined|null|none)?\s*$/i;

export const credentialSignal = (context: SignalContext): CredentialSignal => {
	const request = context.parsed.exchange.request;
	const authorization = request?.headers.find((header) => header.name === 'authorization');
	if (authorization && EMPTY_AUTHORIZATION.test(authorization.value)) return { sent: false, empty: { name: `Authorization: ${authorization.value}`, span: authorization.span } };
	for (const segment of context.scan.segments) {
		const match = EMPTY_PARAMETER.exec(segment.text.slice(0, 65_536));
		if (match) return { sent: false, empty: { name: `${match[1]}=`, span: { start: segment.offset + match.index, end: segment.offset + match.index + match[0].length } } };
	}
	// Only a request shown with its headers, and not a Chromium HAR export that strips them, can prove an absence.
	if (!(request?.headers.length || request?.complete) || context.parsed.notes.length) return {};
	const carried =
		request.headers.some((header) => CREDENTIAL_NAME.test(header.name)) ||
		CREDENTIAL_NAME.test(request.url?.split('?')[1] ?? '') ||
		context.fields.some((field) => CREDENTIAL_FIELDS.includes(field.key));
	return { sent: carried };
};
