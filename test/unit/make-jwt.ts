/** base64url of a value's JSON, as a JWT's header and claims parts are encoded (RFC 7515 §2). */
export const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned test JWT with these claims; the signature part is a placeholder unless one is given. */
export const makeJwt = (claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }, signature = 'c2lnbmF0dXJl') =>
	`${base64url(header)}.${base64url(claims)}.${signature}`;
