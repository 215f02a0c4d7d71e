/**
 * Site-wide settings in one place: the public URL, and the calls to action the guide shows.
 * Set SITE_URL at build time to deploy elsewhere; links and the CLI's guide links follow it.
 */
export const siteUrl = 'https://api-auth-errors.dev';

export const siteTitle = 'API Auth Errors';

/** Path of the guide page; section anchors are the checker's section ids. */
export const guidePath = '/guides/troubleshooting/api-authentication-errors/';

/** The calls to action, as the guide words them; `href` is where the company's own pages live. */
export const callsToAction = {
	service: {
		text: 'Rather have us handle this? We set this up for clients every day.',
		label: 'See the Service',
		href: `${siteUrl}/services/auth-maintenance/`,
	},
	conversation: {
		text: "Ready to get your systems connected? No pitch. Just a conversation about what's possible.",
		label: 'Start a conversation',
		href: `${siteUrl}/contact/`,
	},
	integration: {
		text: 'Need help with the full integration? This guide covers the setup. If you want us to handle the integration end to end, we can do that.',
		label: 'See Integration Services',
		href: `${siteUrl}/services/integrations/`,
	},
} as const;

export type CallToActionId = keyof typeof callsToAction;
