import { definePlatform } from './define.ts';
import { invalidCredentials, refreshRefused, tokenExpired, tokenRequestRefused } from './verdicts.ts';

// Sources:
// - https://www.keycloak.org/docs/latest/server_admin/#_timeouts (SSO Session Idle/Max, refresh tokens)
// - https://www.keycloak.org/docs/latest/securing_apps/#_token-exchange
// - https://github.com/keycloak/keycloak/blob/main/core/src/main/java/org/keycloak/TokenVerifier.java ("Token is not active")
// - Token endpoint: /realms/<realm>/protocol/openid-connect/token (https://www.keycloak.org/securing-apps/oidc-layers)
export const fix = 'Keycloak admin console → realm → Realm settings → Sessions/Tokens (SSO Session Idle/Max, Revoke Refresh Token), Clients → Credentials and Client scopes';

export default definePlatform({
	slug: 'keycloak',
	name: 'Keycloak',
	proseNames: ['Keycloak'],
	// Self-hosted, so no host of its own; its Java packages (org.keycloak.events) read as keycloak.org.
	hosts: ['keycloak.org'],
	// Every realm's endpoints live under /realms/<realm>/protocol/openid-connect/ (token, auth, userinfo, logout).
	// The OIDC endpoints and the Admin REST API's base (Keycloak Admin REST API docs).
	paths: ['/protocol/openid-connect/', '/admin/realms/'],
	messages: {
		// invalid_grant error_description values from the token endpoint.
		// Any token past its lifespan: the access token at the admin or resource API (PipedreamHQ/pipedream#12134), the
		// refresh token at the token endpoint (keycloak#37961), where the rules read it as a refused refresh.
		'Token is not active': tokenExpired,
		'Session not active': refreshRefused, // github.com/s3pweb/keycloak-admin-client-cjs/issues/15
		'Code not valid': refreshRefused, // github.com/keycloak/keycloak/issues/13357
		// unauthorized_client for a client_credentials grant to a client whose service account is off (louislam/uptime-kuma#4202).
		'Client not enabled to retrieve service account': tokenRequestRefused,
		'Invalid user credentials': invalidCredentials,
		// The Java adapter's challenge for a token signed by a key the realm does not publish: another realm's or server's token.
		"Didn't find publicKey for specified kid": invalidCredentials,
		// Sent with unauthorized_client when the client's own authentication fails (Stirling-Tools/Stirling-PDF#6567).
		'Invalid client or Invalid client credentials': invalidCredentials, // github.com/wpic/sample-keycloak-getting-token/issues/1
	},
});
