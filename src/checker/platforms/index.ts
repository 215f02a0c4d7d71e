import type { Platform } from './types.ts';
import hubspot from './hubspot.ts';
import salesforce from './salesforce.ts';
import google from './google.ts';
import microsoft from './microsoft.ts';
import github from './github.ts';
import gitlab from './gitlab.ts';
import shopify from './shopify.ts';
import slack from './slack.ts';
import stripe from './stripe.ts';
import twilio from './twilio.ts';
import zendesk from './zendesk.ts';
import atlassian from './atlassian.ts';
import quickbooks from './quickbooks.ts';
import xero from './xero.ts';
import zoom from './zoom.ts';
import dropbox from './dropbox.ts';
import okta from './okta.ts';
import auth0 from './auth0.ts';
import aws from './aws.ts';
import mailchimp from './mailchimp.ts';
import notion from './notion.ts';
import asana from './asana.ts';
import linkedin from './linkedin.ts';
import paypal from './paypal.ts';
import square from './square.ts';
import meta from './meta.ts';
import x from './x.ts';
import box from './box.ts';
import docusign from './docusign.ts';
import pipedrive from './pipedrive.ts';
import zoho from './zoho.ts';
import intercom from './intercom.ts';
import airtable from './airtable.ts';
import discord from './discord.ts';
import spotify from './spotify.ts';
import aspnet from './aspnet.ts';
import spring from './spring.ts';
import djangoRestFramework from './django-rest-framework.ts';
import nginx from './nginx.ts';
import apache from './apache.ts';
import iis from './iis.ts';
import keycloak from './keycloak.ts';
import proxy from './proxy.ts';

/** Every platform the checker knows, in the order the guide lists them; generic servers last. */
// platforms/fixes.ts lists the same modules for their `fix` prose, which this list must not pull into the browser bundle.
export const platforms: readonly Platform[] = [
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
	djangoRestFramework,
	nginx,
	apache,
	iis,
	keycloak,
	proxy,
];
