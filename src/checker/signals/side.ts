import type { Span } from '../types.ts';
import { field, responseHeader, type SignalContext } from './context.ts';
import { AUTHORIZATION_SERVER_CODES, type OAuthErrorSignal } from './oauth.ts';

/** Evidence that the authorization server answered (its token endpoint, RFC 6749 §5.2, or its redirect), not the resource server (RFC 6750). */
export interface TokenEndpointSignal {
	reason: string;
	span?: Span;
}

// Token endpoint paths: /token, /oauth2/token, /oauth/v1/token, /oauth2/v2.0/token, /connect/token,
// /protocol/openid-connect/token, /login/oauth/access_token, Asana's /-/oauth_token, Slack's oauth.v2.access.
const TOKEN_PATH = /\/(?:access_|oauth_)?token\/?$|\/oauth(?:\.v2)?\.access$/i;
// Parameters only a token request carries.
const TOKEN_PARAMETER = /\b(?:grant_type|refresh_token|code_verifier)\b/;
// Hosts that serve nothing but tokens.
const TOKEN_HOSTS = ['oauth2.googleapis.com', 'login.microsoftonline.com', 'identity.xero.com', 'oauth.platform.intuit.com'];

export const tokenEndpointSignal = (context: SignalContext, oauthError: OAuthErrorSignal | undefined): TokenEndpointSignal | undefined => {
	const request = context.parsed.exchange.request;
	if (request?.path && TOKEN_PATH.test(request.path)) return { reason: `the request went to ${request.path}` };
	if (request?.host && TOKEN_HOSTS.includes(request.host)) return { reason: `the request went to ${request.host}` };
	const grant = field(context, 'grant_type');
	if (grant) return { reason: `the request carried grant_type=${grant.value}`, span: grant.span };
	if (oauthError && AUTHORIZATION_SERVER_CODES.includes(oauthError.code)) return { reason: `only an authorization server sends ${oauthError.code}`, span: oauthError.span };
	// A description naming a token request's own parameters (RFC 6749 §4.1.3, §6): "No "refresh_token" parameter found".
	if (oauthError && TOKEN_PARAMETER.test(oauthError.description ?? '')) return { reason: 'the error names a token request parameter', span: oauthError.span };
	// RFC 6749 §4.1.2.1: the authorization endpoint reports its errors in the redirect back to the client.
	const [location] = responseHeader(context, 'location');
	if (oauthError && location && /[?&#]error=/.test(location.value)) return { reason: 'the authorization server redirected back with it (RFC 6749 §4.1.2.1)', span: location.span };
	return undefined;
};
