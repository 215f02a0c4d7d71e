import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, tokenExpired } from './verdicts.ts';

// Sources:
// - https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication
// - https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.authentication.jwtbearer.jwtbeareroptions.includeerrordetails
//   (WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at '…'" / "The signature is invalid" / "The audience '…' is invalid")
// - https://github.com/AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet/wiki/PII (IDX… messages)
export const fix = 'Compare the token’s aud/iss/exp claims with the API’s JwtBearer options (Authority, Audience, ValidIssuer); get a fresh token from the identity provider';

export default definePlatform({
	slug: 'aspnet',
	name: 'ASP.NET Core JwtBearer',
	// Microsoft.IdentityModel's message codes (IDX10223 …), the handler's own name, and Kestrel, the server that only
	// ASP.NET Core runs on, in the Server header; and its own log: a Microsoft.AspNetCore.* category, and the
	// authentication handler's "AuthenticationScheme: Bearer was challenged." that precedes each 401 (and "was
	// forbidden", 403).
	signature: /\bidx1\d{4}\b|\bjwtbearerhandler\b|\bserver:[ \t]{0,4}kestrel\b|\bmicrosoft\.aspnetcore\.|\bauthenticationscheme: [\w.-]{1,60} was (?:challenged|forbidden)\b/,
	hosts: [],
	codes: {
		// Microsoft.IdentityModel.Tokens exception message ids.
		IDX10223: tokenExpired, // Lifetime validation failed. The token is expired.
		IDX10500: badRequest, // Signature validation failed. No security keys were provided: the API's signing keys are not configured
		IDX10225: badRequest, // Lifetime validation failed. The token is missing an Expiration Time (the issuer's configuration).
		IDX10222: badRequest, // The token is not yet valid (clock skew).
		IDX10214: badRequest, // Audience validation failed.
		IDX10205: badRequest, // Issuer validation failed.
		IDX10501: badRequest, // Signature validation failed. Unable to match keys (token from another issuer/tenant).
		IDX10503: invalidCredentials, // Signature validation failed.
		IDX14100: badRequest, // JWT is not well formed: what was sent is no JWT.
		IDX14102: badRequest, // Unable to decode the header … as Base64Url encoded string: the same.
	},
	messages: {
		'The token expired at': tokenExpired,
		'The signature is invalid': invalidCredentials,
		'The signature key was not found': badRequest,
		"The audience '": badRequest,
		"The issuer '": badRequest,
	},
});
