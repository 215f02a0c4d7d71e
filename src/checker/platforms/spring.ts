import { definePlatform } from './define.ts';
import { invalidCredentials, badRequest, tokenExpired } from './verdicts.ts';

// Sources:
// - https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/jwt.html
// - https://docs.spring.io/spring-security/reference/servlet/oauth2/resource-server/index.html (BearerTokenAuthenticationEntryPoint, WWW-Authenticate challenges)
// - https://github.com/spring-projects/spring-security/blob/main/oauth2/oauth2-resource-server/src/main/java/org/springframework/security/oauth2/server/resource/web/access/BearerTokenAccessDeniedHandler.java
// - https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.spring-mvc.error-handling (JSON error body: timestamp, status, error, path)
export const fix = 'Send Authorization: Bearer <token>; check spring.security.oauth2.resourceserver.jwt.issuer-uri / jwk-set-uri and the SCOPE_… authorities your security rules require';

export default definePlatform({
	slug: 'spring',
	name: 'Spring Security',
	spellings: ['springframework'],
	hosts: [],
	// Spring Boot's fallback error page, which renders Spring Security's AccessDeniedException and friends, and its
	// error attributes as JSON for API clients: timestamp, status, error, message and path, in one object; and the
	// embedded Tomcat's log of an exception escaping Spring MVC's DispatcherServlet (Frachtwerk/essencium-backend#366).
	signature: /whitelabel error page|\bfor servlet \[dispatcherservlet\]|\{(?=[^{}]{0,600}"timestamp"\s{0,4}:)(?=[^{}]{0,600}"path"\s{0,4}:\s{0,4}")(?=[^{}]{0,600}"error"\s{0,4}:\s{0,4}")/,
	messages: {
		'Full authentication is required to access this resource': badRequest,
		// The decoder's own wording: "…decode the Jwt: Jwt expired at 2024-…" (a bare "jwt expired" is every JWT library's).
		'the Jwt: Jwt expired at': tokenExpired,
		// The decoder's prefix to whatever it rejected (expiry, signature, malformed): the cause follows it.
		'An error occurred while attempting to decode the Jwt': ['unauthorized'],
		// The OAuth2 client's prefix to a token endpoint's refusal ("[invalid_token_response] An error occurred while attempting
		// to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized"): the status or error that follows is the cause.
		'attempting to retrieve the OAuth 2.0 Access Token Response': ['unauthorized'],
		// Nimbus, the decoder under Spring's: a token signed with a key or algorithm this API does not trust (another
		// issuer, or the wrong jwk-set-uri), which configuration fixes, like ASP.NET's IDX10501 (okta/okta-oidc-android#78).
		'Signed JWT rejected: Another algorithm expected, or no matching key': badRequest,
		// Legacy spring-security-oauth2 resource server (github.com/spring-projects/spring-security/issues/8372).
		'Invalid access token:': invalidCredentials,
		'Access token expired:': tokenExpired,
		// OpaqueTokenIntrospector (github.com/spring-projects/spring-security/issues/7858).
		"isn't active": tokenExpired,
	},
});
