const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned test JWT with these claims (the signature part is a placeholder). */
export const makeJwt = (claims: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }) =>
	`${base64url(header)}.${base64url(claims)}.c2lnbmF0dXJl`;
