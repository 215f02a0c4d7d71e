import type { Span, TokenInfo } from '../types.ts';
import { requestHeader, responseHeader, type SignalContext } from './context.ts';
import { decodeJwt } from './jwt.ts';

export interface TokenSignal {
	info: TokenInfo;
	/** The raw token text (for prefixes); the paste is the only place it lives. */
	raw: string;
	notes: string[];
}

// RFC 7515 §7.1 compact JWS (3 parts) / RFC 7516 §7.1 JWE (5 parts); JOSE headers are JSON objects, so base64url "eyJ".
const JWT = /eyJ[\w-]{2,8000}(?:\.[\w-]{0,16000}){2}(?:\.[\w-]{0,16000}\.[\w-]{0,16000})?/;
// RFC 6750 §2.1: credentials = "Bearer" 1*SP b64token
const BEARER = /^\s*(?:bearer|token)\s+(\S{1,16000})/i;

/**
 * The token the request carried: a JWT in the Authorization header, else one anywhere in the paste (an access_token
 * in a body, a log line), else the opaque bearer token of the Authorization header. Decoded locally, never verified.
 */
export const tokenSignal = (context: SignalContext): TokenSignal | undefined => {
	const authorization = requestHeader(context, 'authorization');
	const bearer = authorization && BEARER.exec(authorization.value);
	const candidates = [bearer?.[1], ...context.scan.segments.map((segment) => JWT.exec(segment.text)?.[0])];
	for (const candidate of candidates) {
		const decoded = candidate ? decodeJwt(candidate) : undefined;
		if (!candidate || !decoded) continue;
		return withTimes(context, candidate, { shape: decoded.shape, span: locate(context, candidate), header: decoded.header, claims: decoded.claims }, decoded.millisecondTimes);
	}
	if (!bearer) return undefined;
	return { info: { shape: 'opaque', span: locate(context, bearer[1]) }, raw: bearer[1], notes: [] };
};

const locate = (context: SignalContext, token: string): Span => {
	const at = context.original.indexOf(token);
	return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + token.length };
};

const withTimes = (context: SignalContext, raw: string, info: TokenInfo, millisecondTimes: boolean): TokenSignal => {
	const notes: string[] = [];
	if (millisecondTimes) notes.push("The token's exp/iat look like milliseconds; they were read as seconds (RFC 7519 NumericDate is in seconds).");
	const dateHeader = responseHeader(context, 'date')[0]?.value;
	const date = dateHeader ? Date.parse(dateHeader) : NaN;
	if (Number.isFinite(date)) info.responseDate = Math.floor(date / 1000);
	const exp = info.claims?.exp;
	if (exp !== undefined) {
		const expiredNow = exp <= context.now;
		const expiredAtServer = info.responseDate !== undefined ? exp <= info.responseDate : undefined;
		// The server's clock at the time of the response decides; without a Date header, ours does.
		if (expiredAtServer ?? expiredNow) info.expiredAt = exp;
		if (expiredAtServer !== undefined && expiredAtServer !== expiredNow) {
			notes.push(
				expiredAtServer
					? "The token had expired by the server's Date header but not by your clock: check for clock skew."
					: "The token had not expired by the server's Date header, only by your clock now: it expired after this response.",
			);
		}
	}
	return { info, raw, notes };
};
