import bearerError from './bearer-error.ts';
import type { Rule } from './define.ts';
import environmentMismatch from './environment-mismatch.ts';
import genericMessage from './generic-message.ts';
import jwtExpiry from './jwt-expiry.ts';
import missingCredentials from './missing-credentials.ts';
import notAuthStatus from './not-auth-status.ts';
import oauthProblem from './oauth-problem.ts';
import platformCode from './platform-code.ts';
import problemDetails from './problem-details.ts';
import rateLimitEvidence from './rate-limit-evidence.ts';
import rateLimitStatus from './rate-limit-status.ts';
import scopeMismatch from './scope-mismatch.ts';
import statusBaseline from './status-baseline.ts';
import tokenEndpointError from './token-endpoint-error.ts';

/** Every rule, in the order their evidence is listed when weights tie. */
export const rules: readonly Rule[] = [
	rateLimitStatus,
	rateLimitEvidence,
	tokenEndpointError,
	bearerError,
	oauthProblem,
	jwtExpiry,
	scopeMismatch,
	missingCredentials,
	platformCode,
	environmentMismatch,
	genericMessage,
	problemDetails,
	statusBaseline,
	notAuthStatus,
];
