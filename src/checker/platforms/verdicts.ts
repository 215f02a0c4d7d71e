import type { Verdict } from './types.ts';

// The verdicts most platform codes and messages share, named for what they mean, so the data reads as meaning
// and the browser bundle carries each pair once.
export const invalidCredentials = ['unauthorized', 'regenerate-credentials'] as const satisfies Verdict;
export const badRequest = ['unauthorized', 'fix-request'] as const satisfies Verdict;
export const consentRevoked = ['unauthorized', 'reauthorize'] as const satisfies Verdict;
export const notPermitted = ['forbidden', 'check-permissions'] as const satisfies Verdict;
export const tokenExpired = ['token-expired', 'refresh-token'] as const satisfies Verdict;
export const refreshRefused = ['refresh-failed', 'reauthorize'] as const satisfies Verdict;
// The authorization server refuses the token request as made: a grant the app is not set up for (RFC 6749 §5.2
// unauthorized_client), a malformed request, the client's own authentication: the app or its request changes, not
// the user's consent.
export const tokenRequestRefused = ['refresh-failed', 'fix-request'] as const satisfies Verdict;
export const missingScope = ['invalid-scope', 'add-scope'] as const satisfies Verdict;
export const wrongEnvironment = ['wrong-environment', 'switch-environment'] as const satisfies Verdict;
export const rateLimited = ['rate-limited', 'wait-and-retry'] as const satisfies Verdict;
export const notAuth = ['not-auth', 'none'] as const satisfies Verdict;
