/**
 * Where in each platform's settings to check tokens, scopes, connected apps and environments: prose for the
 * platform pages and the CLI. Each platform module exports its line as `fix`, beside its data; the checker's
 * browser bundle imports only the data (platforms/index.ts), so the prose costs it nothing.
 */
import { fix as hubspot } from './hubspot.ts';
import { fix as salesforce } from './salesforce.ts';
import { fix as google } from './google.ts';
import { fix as microsoft } from './microsoft.ts';
import { fix as github } from './github.ts';
import { fix as gitlab } from './gitlab.ts';
import { fix as shopify } from './shopify.ts';
import { fix as slack } from './slack.ts';
import { fix as stripe } from './stripe.ts';
import { fix as twilio } from './twilio.ts';
import { fix as zendesk } from './zendesk.ts';
import { fix as atlassian } from './atlassian.ts';
import { fix as quickbooks } from './quickbooks.ts';
import { fix as xero } from './xero.ts';
import { fix as zoom } from './zoom.ts';
import { fix as dropbox } from './dropbox.ts';
import { fix as okta } from './okta.ts';
import { fix as auth0 } from './auth0.ts';
import { fix as aws } from './aws.ts';
import { fix as mailchimp } from './mailchimp.ts';
import { fix as notion } from './notion.ts';
import { fix as asana } from './asana.ts';
import { fix as linkedin } from './linkedin.ts';
import { fix as paypal } from './paypal.ts';
import { fix as square } from './square.ts';
import { fix as meta } from './meta.ts';
import { fix as x } from './x.ts';
import { fix as box } from './box.ts';
import { fix as docusign } from './docusign.ts';
import { fix as pipedrive } from './pipedrive.ts';
import { fix as zoho } from './zoho.ts';
import { fix as intercom } from './intercom.ts';
import { fix as airtable } from './airtable.ts';
import { fix as discord } from './discord.ts';
import { fix as spotify } from './spotify.ts';
import { fix as aspnet } from './aspnet.ts';
import { fix as spring } from './spring.ts';
import { fix as djangoRestFramework } from './django-rest-framework.ts';
import { fix as nginx } from './nginx.ts';
import { fix as apache } from './apache.ts';
import { fix as iis } from './iis.ts';
import { fix as keycloak } from './keycloak.ts';
import { fix as proxy } from './proxy.ts';

/** Platform slug → where to fix it. */
export const platformFixes: Readonly<Record<string, string>> = {
	hubspot,
	salesforce,
	google,
	microsoft,
	github,
	gitlab,
	shopify,
	slack,
	stripe,
	twilio,
	zendesk,
	atlassian,
	quickbooks,
	xero,
	zoom,
	dropbox,
	okta,
	auth0,
	aws,
	mailchimp,
	notion,
	asana,
	linkedin,
	paypal,
	square,
	meta,
	x,
	box,
	docusign,
	pipedrive,
	zoho,
	intercom,
	airtable,
	discord,
	spotify,
	aspnet,
	spring,
	'django-rest-framework': djangoRestFramework,
	nginx,
	apache,
	iis,
	keycloak,
	proxy,
};
