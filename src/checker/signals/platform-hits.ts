import { escapeRegExp, hostMatches } from '../parse/exchange.ts';
import type { Field } from '../parse/fields.ts';
import { platforms } from '../platforms/index.ts';
import type { Platform, Verdict } from '../platforms/types.ts';
import type { Span } from '../types.ts';
import { lazy } from '../lazy.ts';
import type { SignalContext } from './context.ts';
import { OAUTH_CODES } from './oauth.ts';
import { findPhrase, findWord, innerWords } from './scan.ts';
import { meaningIn } from './vocabulary.ts';

// Words that add nothing to a phrase's identity: "The access token expired" is the generic "token expired".
const FILLER = new Set(['the', 'a', 'an', 'access', 'is', 'has', 'been', 'was', 'your', 'this']);

// A vocabulary match longer than this has absorbed the platform's own words ("token used in the request is expired").
const GENERIC_WORDS = 4;

// Judged when a message is first found, then remembered: the answer is the data's, not the paste's.
const genericMessages = new Map<string, boolean>();
const isGeneric = (message: string): boolean => {
	let generic = genericMessages.get(message);
	if (generic === undefined) genericMessages.set(message, (generic = explainedByVocabulary(message)));
	return generic;
};

/** A message is generic when a short phrase of the shared vocabulary explains all of it but filler words. */
const explainedByVocabulary = (message: string): boolean => {
	const lower = message.toLowerCase();
	const match = meaningIn(lower)?.match;
	if (!match || (match[0].match(/\w+/g) ?? []).length > GENERIC_WORDS) return false;
	const rest = lower.slice(0, match.index) + lower.slice(match.index + match[0].length);
	return (rest.match(/\w+/g) ?? []).every((word) => FILLER.has(word));
};

/** A platform code or message found in the paste, with what the platform's documentation says it means. */
export interface PlatformHit {
	kind: 'code' | 'message';
	match: string;
	/** Wording or a standard code any API might send ("The access token expired", invalid_grant): it explains the error but does not name the platform. */
	generic?: boolean;
	verdict: Verdict;
	span?: Span;
}

// A code is matched as a bare word only when it cannot be an ordinary word or number (invalid_grant, AADSTS50173,
// EXPIRED_AUTHENTICATION, SignatureDoesNotMatch); "124" or "unauthorized" must be the value of a field.
export const DISTINCTIVE = /_|[A-Za-z]\d|\d[A-Za-z]|[a-z][A-Z]/;

// Per platform, computed on first use: codes that may match as bare words, and messages lower-cased.
const prepared = lazy(() => new Map(platforms.map((platform) => [platform.slug, prepare(platform)])));

const prepare = (platform: Platform) => ({
	codes: Object.entries(platform.codes ?? {}).map(([code, verdict]) => ({ code, verdict, distinctive: DISTINCTIVE.test(code), words: code.toLowerCase().match(/\w+/g) ?? [] })),
	messages: Object.entries(platform.messages ?? {}).map(([message, verdict]) => {
		const lower = message.toLowerCase();
		return { message, lower, verdict, words: innerWords(lower), parts: lower.match(/\w+/g) ?? [] };
	}),
});

/** The platform's codes and messages found in the paste. */
export const platformHits = (
	context: SignalContext,
	platform: Platform,
	fieldsByValue: Map<string, Field>,
	problemTypes: readonly { host: string; type: string; field: Field }[],
): PlatformHit[] => {
	const hits: PlatformHit[] = [];
	const { codes, messages } = prepared().get(platform.slug)!;
	// The word sets rule out most codes and messages before any search of the text: a phrase's inner words are whole
	// words of the paste, and its first and last at least part of one.
	const { lowerWords, wordText } = context.scan;
	const status = context.parsed.exchange.response.status;
	for (const { code, verdict: ownVerdict, distinctive, words: codeWords } of codes) {
		const verdict = (status && platform.codesByStatus?.[code]?.[status]) || ownVerdict;
		const found = distinctive && codeWords.every((word) => lowerWords.has(word)) ? findWord(context.scan, code) : undefined;
		const problem = problemTypes.find(({ host, type }) => type === code && platform.hosts.some((own) => hostMatches(host, own)));
		const hit = fieldsByValue.get(code) ?? problem?.field ?? (found && !isKey(context.original, found.span) ? found : undefined);
		// A standard OAuth code (invalid_client) tells what the platform means by it, not which platform sent it.
		if (hit) hits.push({ kind: 'code', match: code, verdict, span: hit.span, generic: OAUTH_CODES.includes(code) });
	}
	for (const { message, lower, verdict, words: messageWords, parts } of messages) {
		const possible = messageWords.every((word) => lowerWords.has(word)) && parts.every((part) => wordText.includes(part));
		const hit = possible ? findPhrase(context.scan, lower, true) : undefined;
		// Only a message found is judged generic: judging all of them up front ran every vocabulary pattern over every
		// platform's messages, most of a first diagnosis's time.
		if (hit) hits.push({ kind: 'message', match: message, verdict, span: hit.span, generic: isGeneric(message) });
	}
	return hits;
};

// A word quoted and followed by a colon is a JSON or dict key ("rate_limit": "100/min"), not an error code.
const isKey = (original: string, span: Span | undefined): boolean =>
	Boolean(span && /["']/.test(original[span.start - 1] ?? '') && /^["']\s{0,4}:/.test(original.slice(span.end, span.end + 6)));

/**
 * The platform named by an SDK class or a tool: "AirtableError", "Discord\\Exceptions", "PayPal\\Core", "tap-pipedrive",
 * "hubspot-api-nodejs", "Search-Spotify". Case-sensitive vendor spelling followed by an identifier character, the name
 * after a hyphen, or the slug in a package name. A pattern per platform, tried only when its name or slug occurs at all.
 */
// The slug names a package or tool only with the words such names are made of (slack_sdk, hubspot-api-nodejs,
// tap-pipedrive, omniauth-linkedin): a project's own identifier (module.shopify_service) names no vendor's code.
const PACKAGE_SUFFIX = '(?:sdk|api|client|node(?:js)?|js|python|py|php|ruby|rb|go|java|dotnet|net|cli|oauth2?)';
const PACKAGE_PREFIX = '(?:tap|target|node|python|py|go|ruby|php|omniauth|passport|django|laravel|socialite)';

const namePatterns = lazy(() => platforms.map(namePattern));

// Where package managers install a package under its own name: node_modules/slack/, site-packages/stripe/ (Debian's
// dist-packages/ too), gems/signet-0.4.5/, Composer's vendor/joomla/github/ (vendor/<vendor>/<package>); and Elixir's
// Logger, which names the package's OTP application: application=nostrum.
const PACKAGE_DIR = '(?:(?:node_modules|(?:site|dist)-packages|gems|vendor[\\\\/][\\w.-]{1,64})[\\\\/]@?|application=)';

const namePattern = (platform: Platform) => {
	// A name that is an ordinary word (Meta in MetaClass, proxy in proxy_fcgi) names no vendor: only its spellings do.
	const ownName = platform.nameIsWord ? [] : [platform.name.split(/[\s(/]/)[0]];
	const names = [...ownName, ...(platform.spellings ?? [])].filter((name) => name.length >= 3);
	const slug = platform.nameIsWord ? '' : escapeRegExp(platform.slug);
	const packages = [...new Set([slug, ...names.map((name) => name.toLowerCase())])].filter((name) => /^[a-z][a-z0-9_-]{2,}$/.test(name));
	const patterns = [
		...names.map((name) => {
			// A namespace (DocuSign.eSign) and a wrapper's label for the service whose answer it shows ("Airtable error response
			// [403]: …" in n8n, "Twitter error:"); not Microsoft's: its namespaces are the .NET runtime itself (Microsoft.PowerShell,
			// Microsoft.AspNetCore) and a "Microsoft error" may be any of its products, not its APIs.
			const ownWords = name === 'Microsoft' ? '' : '|\\.[A-Za-z]| [Ee]rror\\b';
			// A vendor's API, SDK or OAuth app or configuration: "The Zoom OAuth configuration is missing these required scopes"
			return `\\b${escapeRegExp(name)}(?=[A-Z\\\\:_]${ownWords}| (?:API|SDK|OAuth)\\b)|\\w-${escapeRegExp(name)}(?![\\w-])`;
		}),
		slug.length >= 4 ? `(?<![\\w-])${slug}[-_]${PACKAGE_SUFFIX}(?![a-z])|${PACKAGE_PREFIX}[-_]${slug}(?![\\w-])` : '',
		// The vendor's package where it is installed, or its npm scope: @slack/web-api, @hubspot/api-client
		packages.length ? `${PACKAGE_DIR}(?:${packages.map(escapeRegExp).join('|')})(?!\\w)` : '',
		// A prose name as a word of its own, not part of an identifier or a header name (Spotify-App-Version).
		platform.proseNames ? `(?<![\\w.-])(?:${platform.proseNames.map(escapeRegExp).join('|')})(?![\\w-])` : '',
		slug.length >= 3 ? `(?<![\\w-])@${slug}\\/` : '',
	].filter(Boolean);
	const needles = [...new Set([...names, ...(platform.proseNames ?? [])].map((name) => name.toLowerCase()).concat(slug ? [platform.slug] : []))];
	return {
		slug: platform.slug,
		// Each alternative holds the name or the slug: a paste that mentions neither cannot match.
		wordNeedles: needles.filter((needle) => /^\w+$/.test(needle)),
		otherNeedles: needles.filter((needle) => !/^\w+$/.test(needle)).map((needle) => ({ needle, parts: needle.match(/\w+/g) ?? [] })),
		pattern: patterns.length ? new RegExp(patterns.join('|')) : undefined,
	};
};

/** Slugs of the platforms an SDK class or tool name in the paste names. */
export const namedPlatforms = (context: SignalContext): Set<string> => {
	const named = new Set<string>();
	const { segments, lower, wordText } = context.scan;
	for (const { slug, wordNeedles, otherNeedles, pattern } of namePatterns()) {
		const mentioned =
			wordNeedles.some((needle) => wordText.includes(needle)) ||
			otherNeedles.some(({ needle, parts }) => parts.every((part) => wordText.includes(part)) && lower.some((text) => text.includes(needle)));
		if (pattern && mentioned && segments.some((segment) => pattern.test(segment.text.slice(0, 65_536)))) named.add(slug);
	}
	return named;
};
