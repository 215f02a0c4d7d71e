import { defineRule, weights, type Finding } from './define.ts';

const isoDate = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** A JWT's exp before the response (or now) means it expired; an unexpired JWT on a 401 speaks against expiry. */
export default defineRule({
	id: 'jwt-expiry',
	sections: ['token-expired', 'unauthorized'],
	reads: ['token', 'status', 'now'],
	evaluate: ({ token, status, now }) => {
		const claims = token?.info.claims;
		if (!token || !claims || (status && status.code < 400)) return [];
		const findings: Finding[] = [];
		const span = token.info.span;
		if (token.info.expiredAt !== undefined) {
			findings.push({ section: 'token-expired', weight: weights.platform, text: `The JWT's exp is ${isoDate(token.info.expiredAt)}: it had expired.`, span, action: 'refresh-token' });
		} else if (claims.exp !== undefined && status?.code === 401) {
			findings.push({ section: 'token-expired', weight: -weights.firm, text: `The JWT's exp is ${isoDate(claims.exp)}: it had not expired, so expiry is not the cause.`, span });
		}
		const reference = token.info.responseDate ?? now;
		if (claims.nbf !== undefined && claims.nbf > reference) {
			findings.push({ section: 'unauthorized', weight: weights.firm, text: `The JWT's nbf is ${isoDate(claims.nbf)}: not valid yet (clock skew?).`, span, action: 'fix-request' });
		}
		return findings;
	},
});
