import type { ActionId, SectionId } from '../sections.ts';

/** What a platform's error code or message means: the guide section, and the action when it is not the section's usual one. */
export type Verdict = readonly [section: SectionId, action?: ActionId];

/** Where a credential or host belongs: a sandbox/test environment or production. */
export type Environment = 'sandbox' | 'production';

/**
 * Everything the checker knows about one platform, as data.
 * Each platform module cites, in comments beside the entries, the public page each entry was taken from;
 * comments are stripped from the browser bundle, so citations cost nothing there.
 */
export interface Platform {
	/** Lower-case slug, also the page slug under /platforms/. */
	readonly slug: string;
	/** Name as the vendor writes it. */
	readonly name: string;
	/** Other spellings of the name in SDK namespaces and tool names, matched like the name ("DocuSign.eSign"). */
	readonly spellings?: readonly string[];
	/** The name and slug are ordinary words ("proxy" in "proxy_fcgi", "Meta" in "MetaClass"): in an identifier they name no vendor; the spellings still do. */
	readonly nameIsWord?: true;
	/**
	 * Names no ordinary text uses for anything else, as the vendor writes them: in any sentence ("required to connect to
	 * Airtable", "[Intercom] ERROR") they name the vendor, where a name that is also a word (Box, Square) names it only
	 * in an identifier.
	 */
	readonly proseNames?: readonly string[];
	/** API and auth hosts; a host matches itself and its subdomains ("hubapi.com" matches "api.hubapi.com"). */
	readonly hosts: readonly string[];
	/** URL path segments only this platform serves, for self-hosted servers with no host of their own ("/protocol/openid-connect/"). */
	readonly paths?: readonly string[];
	/** Lower-case response header names only this platform sends (e.g. "x-hubspot-correlation-id"). */
	readonly headers?: readonly string[];
	/** Exact error codes as the platform sends them in a code field or as a whole word (case-sensitive). */
	readonly codes?: Readonly<Record<string, Verdict>>;
	/**
	 * A pattern over the lower-cased paste for other services that send the platform's codes and messages as their own
	 * (S3-compatible storage answers with S3's): where it matches and nothing else identifies the platform (a host, a
	 * header, a signature, its name), its codes and messages still explain the error but no longer name it.
	 */
	readonly codesSharedWith?: RegExp;
	/** Message fragments the platform sends, matched case-insensitively anywhere in the paste. */
	readonly messages?: Readonly<Record<string, Verdict>>;
	/** What the platform documents a bare status to mean, read when the paste names none of its codes or messages (Shopify's 403: an access scope missing). */
	readonly statuses?: Readonly<Record<number, Verdict>>;
	/**
	 * Codes whose documented meaning depends on the status they come with (Xero's AuthenticationUnsuccessful: a 401 for the
	 * token, a 403 for a tenant not connected): with that status, its verdict replaces the code's own in `codes`.
	 */
	readonly codesByStatus?: Readonly<Record<string, Readonly<Record<number, Verdict>>>>;
	/**
	 * Documented prefixes of the platform's own keys and tokens (ghp_, xoxb-): one in the paste names the platform, and
	 * the redactor keeps it visible. Not a prefix other vendors copy (sk_live_ is Paystack's and Clerk's too).
	 */
	readonly credentialPrefixes?: readonly string[];
	/** Hosts and token prefixes that tell which environment a request or credential belongs to. */
	readonly environments?: Readonly<Partial<Record<Environment, { readonly hosts?: readonly string[]; readonly tokenPrefixes?: readonly string[] }>>>;
	/**
	 * A pattern over the lower-cased paste that only this platform's own text matches: its error-code namespace
	 * (aadsts70016) or its error pages' footer. It names the platform, and a matched code opens `codeDoc`.
	 */
	readonly signature?: RegExp;
	/** The vendor's own lookup page for a code, with "{code}" in place of the code (e.g. Entra's AADSTS lookup). */
	readonly codeDoc?: string;
}
