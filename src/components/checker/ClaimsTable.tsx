import { For, Show } from 'solid-js';
import type { TokenInfo } from '../../checker/index.ts';
import { expiryAtResponse, expiryPhrase, relativeTime, utc } from './format.ts';

interface ClaimsTableProps {
	token: TokenInfo;
	/** The reader's clock, seconds since the epoch. */
	now: number;
}

const text = (value: string | undefined) => value ?? '—';

/** A JWT's claims, decoded locally (never verified): who issued it, for whom, what it may do, and when it expires. */
export default function ClaimsTable(props: ClaimsTableProps) {
	const claims = () => props.token.claims ?? {};
	const expiry = () => {
		const { exp } = claims();
		if (exp === undefined) return '—';
		const atResponse = expiryAtResponse(exp, props.token.responseDate, props.now);
		return `${utc(exp)} — ${expiryPhrase(exp, props.now)}${atResponse ? `; ${atResponse}` : ''}`;
	};
	const rows = (): [string, string][] => [
		['Issuer', text(claims().iss)],
		['Audience', text(claims().aud)],
		['Subject', text(claims().sub)],
		['Scopes', claims().scopes?.join(' ') || '—'],
		['Issued', claims().iat === undefined ? '—' : `${utc(claims().iat!)} — ${relativeTime(claims().iat! - props.now)}`],
		['Expires', expiry()],
	];
	return (
		<Show when={props.token.claims}>
			<table class="checker-claims">
				<caption>Token claims (decoded here, signature not verified)</caption>
				<tbody>
					<For each={rows()}>
						{([name, value]) => (
							<tr>
								<th scope="row">{name}</th>
								<td>{value}</td>
							</tr>
						)}
					</For>
				</tbody>
			</table>
		</Show>
	);
}
