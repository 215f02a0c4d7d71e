import { escapeRegExp, hostMatches, hostOf, isWebPageLink, spanIn } from '../parse/exchange.ts';
import type { Field } from '../parse/fields.ts';
import { platforms } from '../platforms/index.ts';
import type { Platform } from '../platforms/types.ts';
import type { Span } from '../types.ts';
import type { SignalContext } from './context.ts';
import { findPattern, type Hit } from './scan.ts';
import { lazy } from '../lazy.ts';
import { DISTINCTIVE, namedPlatforms, platformHits, type PlatformHit } from './platform-hits.ts';
import type { Challenge } from './challenge.ts';
import type { TokenSignal } from './token.ts';

export type { PlatformHit };

export interface PlatformSignal {
	platform: Platform;
	hits: PlatformHit[];
	/** The platform's signature in the paste (an AADSTS code), when it has one. */
	signature?: Hit;
	/**
	 * False when only codes that another service named in the paste sends too point at the platform (S3's, from
	 * S3-compatible storage): its documentation explains them, but it is not who answered.
	 */
	named: boolean;
}

// Points for each kind of platform evidence: a host, a platform-only path or header identify it; a code shared by several
// platforms counts for each of them in proportion.
const HOST_POINTS = 4;
// A host the paste only mentions (a link, a project's page, an SDK's domain) says a little less than one it called.
const MENTIONED_HOST_POINTS = 3;
const HEADER_POINTS = 3;
const CODE_POINTS = 2;
// A code with letters and digits (AADSTS700082, E0000011, IDX10214) is a platform's own namespace: as good as its host.
const NAMESPACED_CODE_POINTS = 4;
const NAMESPACED = /[A-Za-z]\d|\d[A-Za-z]/;
const CALLED_CODE = /\b(?:code|error)[ #:=]{1,3}(\d{1,6})\b/gi;
// A message is a longer, more distinctive string than a code; a vendor name in an SDK class counts like a code.
const MESSAGE_POINTS = 3;
// A platform's code namespace or error-page footer: as good as its host.
const SIGNATURE_POINTS = 4;
const NAME_POINTS = 2;
// One unshared code, message or name is enough; a phrase several platforms send (points split between them) is not.
const MIN_SCORE = 2;

// How many platforms send each code and (lower-cased) message.
const sharedBy = lazy(() => {
	const counts = new Map<string, number>();
	for (const platform of platforms) {
		for (const key of [...Object.keys(platform.codes ?? {}), ...Object.keys(platform.messages ?? {}).map((message) => message.toLowerCase())]) {
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	return counts;
});

// RFC 3986 §3.2.2 reg-name after "http(s)://", with the rest of the URL up to its path
const URL_HOST = /\bhttps?:\/\/([a-z0-9.-]{1,253})[^\s'"`<>\\)\]}]{0,300}/gi;
const MAX_URLS = 20;
// Java/Kotlin package names: com.auth0.android, com.twilio.exception. Not com.github.<user> or io.gitlab.<user>: Maven's
// namespace for a project hosted there (central.sonatype.org, coordinates), which names the project's home, not the API.
const PACKAGE = /\b(com|io|net|org)\.(?!(?:github|gitlab|bitbucket)\.)([a-z0-9]{2,40})\.[a-z]/g;
// A host printed as a field: Python's HTTPSConnectionPool(host='login.microsoftonline.com'), Node's hostname: 'api.x.com'
const HOST_FIELD = /\bhost(?:name)?['"]?[ \t]{0,2}[:=][ \t]{0,2}['"]([a-z0-9.-]{1,253}\.[a-z]{2,63})['"]/gi;

// A logged request's own URL: popsicle's {"url": "https://oauth.platform.intuit.com/…"}, axios' config.url
const URL_KEYS = ['url', 'uri', 'endpoint', 'baseurl', 'base_url'];

/**
 * Hosts the paste talks to: the ones it sent a request to (the request's, a logged request's url or host field, the
 * token's issuer and audience), and the ones it only mentions (any URL it prints, an SDK's reversed domain).
 */
const hostsOf = (context: SignalContext, token: TokenSignal | undefined): { requested: string[]; mentioned: string[] } => {
	const requested = new Set<string>();
	const mentioned = new Set<string>();
	const add = (hosts: Set<string>, host: string | undefined) => host && hosts.size < MAX_URLS && hosts.add(host.toLowerCase());
	add(requested, context.parsed.exchange.request?.host);
	for (const field of context.fields) if (URL_KEYS.includes(field.key) && /^https?:\/\//i.test(field.value)) add(requested, hostOf(field.value));
	for (const claim of [token?.info.claims?.iss, token?.info.claims?.aud]) add(requested, claim && hostOf(claim));
	const head = context.scan.segments[0]?.text.slice(0, 65_536) ?? '';
	for (const match of head.matchAll(HOST_FIELD)) add(requested, match[1]);
	for (const segment of context.scan.segments) {
		for (const match of segment.text.slice(0, 65_536).matchAll(URL_HOST)) if (!isWebPageLink(match[0])) add(mentioned, match[1]);
	}
	// SDK class names are reversed domains: com.auth0.android… → auth0.com
	for (const match of head.matchAll(PACKAGE)) add(mentioned, `${match[2]}.${match[1]}`);
	return { requested: [...requested], mentioned: [...mentioned] };
};

// Each platform's own key prefixes, at the start of a token: ghp_… but not myghp_. One pattern for all platforms, so
// the paste is read once.
const prefixOwners = lazy(() => new Map(platforms.flatMap((platform) => (platform.credentialPrefixes ?? []).map((prefix) => [prefix, platform.slug]))));
const PREFIXED = lazy(() => new RegExp(`(?<![\\w-])(?:${[...prefixOwners().keys()].map(escapeRegExp).join('|')})(?=[\\w-])`, 'g'));

/** Slugs of the platforms whose key prefix a token in the paste starts with. */
const prefixedPlatforms = (context: SignalContext): Set<string> => {
	const slugs = new Set<string>();
	for (const segment of context.scan.segments) for (const [prefix] of segment.text.slice(0, 65_536).matchAll(PREFIXED())) slugs.add(prefixOwners().get(prefix)!);
	return slugs;
};

const contains = (outer: Span | undefined, inner: Span | undefined): boolean =>
	Boolean(outer && inner && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start);

/** The platform that answered, when the paste shows any evidence of one: hosts, platform-only headers, codes, messages. */
export const platformSignal = (context: SignalContext, token: TokenSignal | undefined, challenges: readonly Challenge[]): PlatformSignal | undefined => {
	// A challenge's realm names the protection space, which a server often names after itself: realm="spotify".
	const realms = new Set(challenges.map((challenge) => challenge.params.realm?.toLowerCase()));
	const hosts = hostsOf(context, token);
	// A logged response often prints its headers as fields (intuit_tid: '…'): in either spelling.
	const headerNames = new Set(context.parsed.exchange.response.headers.map((header) => header.name));
	for (const { key } of context.fields) headerNames.add(key).add(key.replaceAll('_', '-'));
	const prefixed = prefixedPlatforms(context);
	const fieldsByValue = new Map<string, Field>();
	for (const field of context.fields) if (!fieldsByValue.has(field.value)) fieldsByValue.set(field.value, field);
	// A number the paste calls a code is as good as a code field: "Error code 20003 from Twilio", "error 190".
	for (const segment of context.scan.segments) {
		for (const match of segment.text.slice(0, 65_536).matchAll(CALLED_CODE)) {
			const start = match.index + match[0].length - match[1].length;
			if (!fieldsByValue.has(match[1])) fieldsByValue.set(match[1], { key: 'code', value: match[1], span: spanIn(context.original, segment, start, start + match[1].length) });
		}
	}
	// RFC 9457 §3.1.1: a problem's "type" URI names its problem type, in the namespace of its host's platform (X's
	// https://api.twitter.com/2/problems/usage-capped).
	const problemTypes = context.fields.flatMap((field) => {
		const uri = field.key === 'type' ? /^https:\/\/([^/]+)\/\S*?([\w-]+)$/.exec(field.value) : null;
		return uri ? [{ host: uri[1], type: uri[2], field }] : [];
	});
	const candidates = platforms.map((platform) => ({ platform, hits: platformHits(context, platform, fieldsByValue, problemTypes) }));
	const allHits = candidates.flatMap((candidate) => candidate.hits);
	const named = namedPlatforms(context);
	let best: (PlatformSignal & { score: number }) | undefined;
	for (const { platform, hits } of candidates) {
		const ours = (candidate: string) => platform.hosts.some((platformHost) => hostMatches(candidate, platformHost));
		const host = hosts.requested.find(ours) ?? hosts.mentioned.find(ours);
		const signature = platform.signature && findPattern(context.scan, platform.signature);
		let score = host ? (hosts.requested.includes(host) ? HOST_POINTS : MENTIONED_HOST_POINTS) : 0;
		if (platform.paths?.some((segment) => context.scan.lower.some((text) => text.includes(segment)))) score += HOST_POINTS;
		if (named.has(platform.slug) || realms.has(platform.slug)) score += NAME_POINTS;
		if (signature) score += SIGNATURE_POINTS;
		if (prefixed.has(platform.slug)) score += SIGNATURE_POINTS;
		if (platform.headers?.some((name) => headerNames.has(name))) score += HEADER_POINTS;
		const identified = score >= MIN_SCORE;
		// The longest matching phrase names the platform: "Invalid refresh token" inside "Unknown or invalid refresh token" does not count.
		const specific = hits.filter((hit) => !allHits.some((other) => contains(other.span, hit.span)));
		for (const hit of specific) {
			// A code that is an ordinary word (FORBIDDEN, unauthorized) is what many APIs and GraphQL servers say: half weight.
			const points = hit.generic
				? 0
				: hit.kind === 'message'
					? MESSAGE_POINTS
					: NAMESPACED.test(hit.match)
						? NAMESPACED_CODE_POINTS
						: DISTINCTIVE.test(hit.match)
							? CODE_POINTS
							: CODE_POINTS / 2;
			score += points / (sharedBy().get(hit.kind === 'code' ? hit.match : hit.match.toLowerCase()) ?? 1);
		}
		if (score >= MIN_SCORE && score > (best?.score ?? 0)) {
			const named = identified || !platform.codesSharedWith || !findPattern(context.scan, platform.codesSharedWith);
			best = { platform, hits: specific, signature: signature || undefined, named, score };
		}
	}
	return best && { platform: best.platform, hits: best.hits, signature: best.signature, named: best.named };
};
