import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, notPermitted, tokenExpired, rateLimited, notAuth } from './verdicts.ts';

// Sources:
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html (SignatureDoesNotMatch, Signature expired / clock skew)
// - https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html (ExpiredToken, InvalidClientTokenId, RequestExpired, ThrottlingException, MissingAuthenticationToken)
// - https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (S3 XML <Error><Code>, InvalidAccessKeyId, RequestTimeTooSkewed, SlowDown)
// - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html (UnrecognizedClientException, __type)
// - https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html (UnauthorizedOperation)
// - https://github.com/boto/botocore/blob/develop/botocore/exceptions.py (ClientError's message)
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html (arn:partition:service:…)
// - https://docs.aws.amazon.com/AmazonECR/latest/userguide/common-errors-docker.html (expired authorization token)
// - https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html (NotAuthorizedException)
// - https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html ("is not authorized to perform ... because no identity-based policy allows")
export const fix = 'IAM console → Users / Roles → Security credentials (access keys) and permission policies; renew temporary credentials (aws sso login, sts assume-role); keep the system clock synced';

export default definePlatform({
	slug: 'aws',
	name: 'AWS',
	hosts: ['amazonaws.com', 'api.aws'],
	// The Ruby SDK's namespace (Aws::S3::Client), the Python SDK's core and the Java SDK v2's packages; the name's own
	// spelling covers AWSSDK and AWS.Tools.
	spellings: ['Aws', 'botocore', 'software.amazon.awssdk'],
	// x-amzn-* on the JSON protocols' responses (Cognito, Lambda, API Gateway).
	headers: ['x-amz-request-id', 'x-amz-id-2', 'x-amzn-requestid', 'x-amzn-errortype'],
	// botocore's ClientError, which boto3 and the AWS CLI print: "An error occurred (AccessDenied) when calling the
	// GetObject operation: …" (botocore/exceptions.py); the Java SDKs' "(Service: AmazonS3; Status Code: 403; …" and
	// "(Service: Sts, Status Code: 403, Request ID: …)"; and any ARN, "arn:aws:…", "arn:aws-us-gov:…" (reference-arns).
	signature: /\ban error occurred \([\w.]{1,80}\) when calling the \w{1,80} operation\b|\(service: [\w ]{1,60}[;,] status code: \d{3}[;,]|\barn:aws(?:-[a-z]{2,10}){0,2}:[a-z0-9-]{2,40}:/,
	codes: {
		ExpiredToken: tokenExpired,
		ExpiredTokenException: tokenExpired,
		InvalidClientTokenId: invalidCredentials,
		UnrecognizedClientException: invalidCredentials,
		InvalidAccessKeyId: invalidCredentials,
		SignatureDoesNotMatch: invalidCredentials,
		InvalidSignatureException: invalidCredentials,
		MissingAuthenticationToken: badRequest,
		// API Gateway answers this for an unknown resource path or method (aws/chalice#12): fix the URL.
		MissingAuthenticationTokenException: notAuth,
		RequestExpired: badRequest,
		RequestTimeTooSkewed: badRequest,
		// S3: the request was signed for another region ("the region 'us-east-1' is wrong; expecting 'us-west-2'")
		AuthorizationHeaderMalformed: badRequest,
		AccessDenied: notPermitted,
		AccessDeniedException: notPermitted,
		// EC2's AccessDenied: "You are not authorized to perform this operation." (EC2 API, error codes).
		UnauthorizedOperation: notPermitted,
		// Cognito's refusal of a password, a refresh token or a revoked access token: its message names which.
		NotAuthorizedException: ['unauthorized'],
		ThrottlingException: rateLimited,
		Throttling: rateLimited,
		TooManyRequestsException: rateLimited,
		SlowDown: rateLimited,
		NoSuchKey: notAuth,
	},
	messages: {
		'The security token included in the request is expired': tokenExpired,
		'The provided token has expired': tokenExpired,
		'The security token included in the request is invalid': invalidCredentials,
		'Access Key Id you provided does not exist': invalidCredentials,
		// Clock skew: the SigV4 timestamp is outside the 5-minute window (reference_sigv-troubleshooting).
		'Signature expired:': badRequest,
		// ECR's registry login (docker login with get-login-password) lasts 12 hours.
		'authorization token has expired. Reauthenticate': tokenExpired,
		'because no identity-based policy allows': notPermitted,
	},
});
