import { platforms } from '../platforms/index.ts';
import type { Environment } from '../platforms/types.ts';
import { hostMatches, hostOf } from '../parse/exchange.ts';
import type { SignalContext } from './context.ts';
import type { TokenSignal } from './token.ts';

export interface EnvironmentClue {
	environment: Environment;
	/** Short phrase for the evidence sentence. */
	what: string;
	/** Platform data (a documented host or prefix) is strong; a generic host word is weak. */
	strong: boolean;
}

/** Which environment the request went to, and which one the credential belongs to. */
export interface EnvironmentSignal {
	request?: EnvironmentClue;
	credential?: EnvironmentClue;
}

// Words that mark a non-production host: sandbox.example.com, api-test.example.com, api.dev.example.com, x-d.example.com.
const SANDBOX_HOST = /(?:^|[.-])(?:sandbox|test|testing|staging|stage|dev|demo|uat|qa|d)(?:[.-]|\d|$)/;

const classifyHost = (host: string, what: string): EnvironmentClue | undefined => {
	for (const platform of platforms) {
		for (const environment of ['sandbox', 'production'] as const) {
			if (platform.environments?.[environment]?.hosts?.some((known) => hostMatches(host, known))) return { environment, what: `${what} ${host}`, strong: true };
		}
	}
	return SANDBOX_HOST.test(host) ? { environment: 'sandbox', what: `${what} ${host}`, strong: false } : undefined;
};

/** Finds a documented token prefix (sk_test_, sk_live_ …) at the start of a word anywhere in the paste. */
const classifyPrefix = (context: SignalContext): EnvironmentClue | undefined => {
	for (const platform of platforms) {
		for (const environment of ['sandbox', 'production'] as const) {
			for (const prefix of platform.environments?.[environment]?.tokenPrefixes ?? []) {
				const found = context.scan.segments.some((segment) => {
					const at = segment.text.indexOf(prefix);
					return at >= 0 && !/\w/.test(segment.text[at - 1] ?? '');
				});
				if (found) return { environment, what: `a ${prefix}… credential`, strong: true };
			}
		}
	}
	return undefined;
};

export const environmentSignal = (context: SignalContext, token: TokenSignal | undefined): EnvironmentSignal => {
	const host = context.parsed.exchange.request?.host;
	const issuer = token?.info.claims?.iss ?? token?.info.claims?.aud;
	const issuerHost = issuer ? hostOf(issuer) : undefined;
	return {
		request: host ? (classifyHost(host, 'the request went to') ?? { environment: 'production', what: `the request went to ${host}`, strong: false }) : undefined,
		credential: classifyPrefix(context) ?? (issuerHost ? classifyHost(issuerHost, 'the token was issued for') : undefined),
	};
};
