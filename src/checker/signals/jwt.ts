import type { JwtClaims } from '../types.ts';
import { isRecord, parseJson } from '../parse/json.ts';

export interface DecodedJwt {
	shape: 'jws' | 'jwe';
	header?: Record<string, unknown>;
	claims?: JwtClaims;
	/** True when exp/iat/nbf were given in milliseconds and were divided by 1000. */
	millisecondTimes: boolean;
}

/** Times after this (in "seconds") are really milliseconds: 1e11 seconds is the year 5138. */
const MILLISECONDS = 1e11;

const decodeSegment = (segment: string): Record<string, unknown> | undefined => {
	try {
		const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
		const bytes = Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (char) => char.charCodeAt(0));
		const json = parseJson(new TextDecoder().decode(bytes));
		return isRecord(json) ? json : undefined;
	} catch {
		return undefined;
	}
};

/**
 * Decodes a compact JWT's header and claims locally (RFC 7519; JWS RFC 7515 §7.1 has 3 parts, JWE RFC 7516 §7.1 has 5).
 * The signature is NOT verified and the token is never sent anywhere: this only reads what the token says about itself.
 * Returns undefined when the text is not a JWT.
 */
export const decodeJwt = (token: string): DecodedJwt | undefined => {
	const parts = token.split('.');
	if (parts.length !== 3 && parts.length !== 5) return undefined;
	const header = decodeSegment(parts[0]);
	if (!header) return undefined;
	if (parts.length === 5) return { shape: 'jwe', header, millisecondTimes: false };
	const payload = decodeSegment(parts[1]);
	if (!payload) return { shape: 'jws', header, millisecondTimes: false };
	let millisecondTimes = false;
	const time = (value: unknown): number | undefined => {
		if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
		if (value <= MILLISECONDS) return value;
		millisecondTimes = true;
		return Math.floor(value / 1000);
	};
	const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined);
	const claims: JwtClaims = {
		iss: text(payload.iss),
		aud: text(payload.aud),
		sub: text(payload.sub),
		scopes: scopesOf(payload),
		iat: time(payload.iat),
		exp: time(payload.exp),
		nbf: time(payload.nbf),
	};
	return { shape: 'jws', header, claims, millisecondTimes };
};

// OAuth 2.0 token exchange RFC 8693 §4.2 "scope" (space-separated), Microsoft "scp" and "roles", some issuers "scopes" arrays.
const scopesOf = (payload: Record<string, unknown>): string[] | undefined => {
	for (const key of ['scope', 'scp', 'scopes', 'roles']) {
		const value = payload[key];
		if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
		if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
	}
	return undefined;
};
