import { spanIn } from '../parse/exchange.ts';
import type { Span } from '../types.ts';
import type { SignalContext } from './context.ts';

/** Whether the request visibly carried a credential. */
export interface CredentialSignal {
	/** False when the request's headers are shown and none carries a credential; undefined when the paste cannot tell. */
	sent?: boolean;
	/** A credential slot left empty: `?hapikey=`, `Authorization: Bearer undefined`; `unset` when it spells an unset variable. */
	empty?: { name: string; span?: Span; unset?: boolean };
	/** The scheme of the Authorization header the paste shows being sent (RFC 9110 §11.6.2), lower-cased: "basic", "bearer". */
	scheme?: string;
	/** An Authorization header that is a bare JWT, with no scheme before it. */
	schemeless?: { span?: Span };
	/** The key a server echoes back as received, when it is visibly no key: a URL, a sentence, a placeholder. */
	echoed?: { text: string; span?: Span };
}

// RFC 9110 §11.4 credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
const SCHEME = /^\s*([A-Za-z][\w.-]{0,40})[ \t]+\S/;

const CREDENTIAL_NAME = /auth|cookie|key|token|secret|signature|session/i;
const CREDENTIAL_FIELDS = ['client_secret', 'client_assertion', 'password', 'refresh_token', 'access_token', 'api_key', 'apikey', 'assertion'];
// A query parameter named like a credential with nothing after "=": ?hapikey=&…, ?api_key=
const EMPTY_PARAMETER = /[?&]([\w-]{0,40}(?:key|token|auth)[\w-]{0,40})=(?=[&\s#'"]|$)/im;
// A variable that was never set, as JavaScript, Java and Python print it
const UNSET_WORD = '(?:undefined|null|none)';
// RFC 6750 §2.1 with nothing usable after the scheme: "Bearer", "Bearer undefined", "Bearer null"; or a program's object
// printed in place of the token's text (JavaScript's "[object Object]", Python's "<pyairtable.Api>"), or a template
// variable nothing filled in (Postman's "{{access_token}}", a shell's or JavaScript's "${TOKEN}"). The group holds what
// stands in the token's place, which says that it is unset.
const EMPTY_AUTHORIZATION = new RegExp(
	`^\\s*(?:bearer|basic|token)?\\s*(${UNSET_WORD}|\\[object \\w+\\]|<[a-z_]\\w*(?:\\.\\w+)+(?: object at 0x[\\da-f]+)?>|\\$\\{\\w{1,60}\\}|\\{\\{\\s*\\w{1,60}\\s*\\}\\})?\\s*$`,
	'i',
);

// RFC 7617 §2 Basic credentials: base64 of "user-id:password"
const BASIC = /^\s*basic\s+([A-Za-z0-9+/]{2,400}={0,2})\s*$/i;
// Basic credentials whose parts were never set: "undefined:undefined", "null:null", ":"
const UNSET_PAIR = new RegExp(`^${UNSET_WORD}?:${UNSET_WORD}?$`, 'i');

// OpenAI's "Incorrect API key provided: …" and Stripe's "Invalid API Key provided: …" echo the key they received, masked.
const ECHOED_KEY = /\bapi key provided: ([^\n]{1,300})/i;
// What arrived is visibly no key: a URL, a sentence ("You are …"), a placeholder or an unset variable ("xxx", "nil",
// "your_api_key", "<API_KEY>", "${OPENAI_API_KEY}").
const NO_KEY = /^(?:https?:\/\/|[a-z]{1,20} [a-z]{1,20} |(?:undefined|null|none|nil|x{3,}|your[_-]?(?:api[_-]?)?key|<[^>\n]{1,60}>|\$\{?\w{1,60}\}?)(?:[.,'"\s]|$))/i;

/** How an Authorization value carries no usable credential: nothing after the scheme, or an unset variable (Basic of an unset pair too). */
const emptyAuthorization = (value: string): { unset: boolean } | undefined => {
	const empty = EMPTY_AUTHORIZATION.exec(value);
	if (empty) return { unset: empty[1] !== undefined };
	const basic = BASIC.exec(value);
	try {
		return basic && UNSET_PAIR.test(atob(basic[1])) ? { unset: true } : undefined;
	} catch {
		return undefined;
	}
};

export const credentialSignal = (context: SignalContext): CredentialSignal => {
	for (const segment of context.scan.segments) {
		const match = ECHOED_KEY.exec(segment.text.slice(0, 65_536));
		const echoed = match?.[1];
		if (echoed && NO_KEY.test(echoed)) {
			const start = match.index + match[0].length - echoed.length;
			const text = echoed.split(/\.? (?:You|This|Please|If)\b/)[0];
			return { sent: false, echoed: { text, span: spanIn(context.original, segment, start, start + text.length) } };
		}
	}
	const request = context.parsed.exchange.request;
	// The request's header, or a logged request object's field (Node's util.inspect of the options).
	const header = request?.headers.find((candidate) => candidate.name === 'authorization');
	const field = header ? undefined : context.fields.find((candidate) => candidate.key === 'authorization');
	const authorization = header ?? field;
	// A header logged as text, read as a field, keeps only its first word ("Authorization: Basic ZmFr…" reads "Basic"): the
	// rest of its line is its credential.
	const end = field?.span?.end;
	const rest = end === undefined ? '' : (/^[ \t]+[^\n]{1,400}/.exec(context.original.slice(end, end + 401))?.[0] ?? '');
	const value = authorization && authorization.value + rest;
	const empty = value !== undefined && emptyAuthorization(value);
	if (empty) return { sent: false, empty: { name: `Authorization: ${value}`, span: authorization?.span, unset: empty.unset } };
	const scheme = value && SCHEME.exec(value)?.[1].toLowerCase();
	if (scheme) return { sent: true, scheme };
	// RFC 6750 §2.1 sends a bearer token as "Bearer <token>": a bare JWT there is a credential no server reads as one.
	if (value && /^\s*eyJ[\w-]*\.[\w-]*\.[\w-]*\s*$/.test(value)) return { sent: true, schemeless: { span: authorization?.span } };
	for (const segment of context.scan.segments) {
		const match = EMPTY_PARAMETER.exec(segment.text.slice(0, 65_536));
		if (match) return { sent: false, empty: { name: `${match[1]}=`, span: spanIn(context.original, segment, match.index, match.index + match[0].length) } };
	}
	// A client built with an empty secret: Intercom::Client.new(app_id: '', api_key: ''), {"password": ""}
	const blank = context.fields.find((field) => CREDENTIAL_FIELDS.includes(field.key) && field.value === '');
	if (blank) return { sent: false, empty: { name: `${blank.key}: ''`, span: blank.span } };
	// Only a request shown with its headers, and not a Chromium HAR export that strips them, can prove an absence.
	if (!(request?.headers.length || request?.complete) || context.parsed.notes.length) return {};
	const carried =
		Boolean(request.formCredentials?.length) ||
		request.headers.some((header) => CREDENTIAL_NAME.test(header.name)) ||
		CREDENTIAL_NAME.test(request.url?.split('?')[1] ?? '') ||
		context.fields.some((field) => CREDENTIAL_FIELDS.includes(field.key));
	return { sent: carried };
};
