import { definePlatform } from './define.ts';

// Sources:
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html (SignatureDoesNotMatch, Signature expired / clock skew)
// - https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (ExpiredToken, InvalidClientTokenId, RequestExpired, ThrottlingException, MissingAuthenticationToken)
// - https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (S3 XML <Error><Code>, InvalidAccessKeyId, RequestTimeTooSkewed, SlowDown)
// - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html (UnrecognizedClientException, __type)
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html ("is not authorized to perform ... because no identity-based policy allows")
export const fix = 'IAM console → Users / Roles → Security credentials (access keys) and permission policies; renew temporary credentials (aws sso login, sts assume-role); keep the system clock synced';

export default definePlatform({
	slug: 'aws',
	name: 'AWS',
	hosts: ['amazonaws.com', 'api.aws'],
	headers: ['x-amz-request-id', 'x-amz-id-2'],
	codes: {
		ExpiredToken: ['token-expired', 'refresh-token'],
		ExpiredTokenException: ['token-expired', 'refresh-token'],
		InvalidClientTokenId: ['unauthorized', 'regenerate-credentials'],
		UnrecognizedClientException: ['unauthorized', 'regenerate-credentials'],
		InvalidAccessKeyId: ['unauthorized', 'regenerate-credentials'],
		SignatureDoesNotMatch: ['unauthorized', 'regenerate-credentials'],
		InvalidSignatureException: ['unauthorized', 'regenerate-credentials'],
		MissingAuthenticationToken: ['unauthorized', 'fix-request'],
		// API Gateway answers this for an unknown resource path or method (aws/chalice#12): fix the URL.
		MissingAuthenticationTokenException: ['not-auth', 'none'],
		RequestExpired: ['unauthorized', 'fix-request'],
		RequestTimeTooSkewed: ['unauthorized', 'fix-request'],
		AccessDenied: ['forbidden', 'check-permissions'],
		AccessDeniedException: ['forbidden', 'check-permissions'],
		ThrottlingException: ['rate-limited', 'wait-and-retry'],
		Throttling: ['rate-limited', 'wait-and-retry'],
		TooManyRequestsException: ['rate-limited', 'wait-and-retry'],
		SlowDown: ['rate-limited', 'wait-and-retry'],
		NoSuchKey: ['not-auth', 'none'],
	},
	messages: {
		'The security token included in the request is expired': ['token-expired', 'refresh-token'],
		'The provided token has expired': ['token-expired', 'refresh-token'],
		'The security token included in the request is invalid': ['unauthorized', 'regenerate-credentials'],
		'The AWS Access Key Id you provided does not exist in our records': ['unauthorized', 'regenerate-credentials'],
		// Clock skew: the SigV4 timestamp is outside the 5-minute window (reference_sigv-troubleshooting).
		'Signature expired:': ['unauthorized', 'fix-request'],
		'because no identity-based policy allows': ['forbidden', 'check-permissions'],
	},
});
