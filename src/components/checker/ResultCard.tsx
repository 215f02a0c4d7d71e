import { For, Match, Show, Switch } from 'solid-js';
import type { Diagnosis } from '../../checker/index.ts';
import { actionTitles, confidenceLabel, guideAnchors, guideUrl, sectionTitles } from '../../guide.ts';
import ClaimsTable from './ClaimsTable.tsx';
import EvidenceList from './EvidenceList.tsx';

interface ResultCardProps {
	/** Undefined before the first diagnosis and while a large paste is being read. */
	diagnosis: Diagnosis | undefined;
	/** True while the engine reads a large paste in its worker. */
	pending: boolean;
	/** The reader's clock, seconds since the epoch, for the token's expiry. */
	now: number;
	selected: number | undefined;
	onSelect: (index: number | undefined) => void;
	/** Hides secrets in a text unless the reader revealed them. */
	show: (text: string) => string;
}

const HIGHLIGHT_MS = 2000;

/** On the guide page, the section link scrolls there (the browser does) and we briefly highlight its heading. */
const highlightSection = (anchor: string) => {
	const heading = document.getElementById(anchor);
	if (!heading) return;
	heading.classList.add('checker-highlight');
	setTimeout(() => heading.classList.remove('checker-highlight'), HIGHLIGHT_MS);
};

const emptyMessage = 'Paste a response above to see which section of the guide applies and what to do. Nothing you paste leaves your browser.';

/** The diagnosis: section link, why, what to do, platform, status, confidence, alternatives, evidence and token claims. */
export default function ResultCard(props: ResultCardProps) {
	const diagnosis = () => props.diagnosis;
	const readable = () => diagnosis() && !['empty', 'binary'].includes(diagnosis()!.format);
	return (
		<div
			class="checker-result"
			data-diagnosis
			data-section={readable() ? diagnosis()!.section : ''}
			data-action={readable() ? diagnosis()!.action : ''}
			data-platform={diagnosis()?.platform ?? ''}
			data-status={diagnosis()?.status ?? ''}
			data-format={diagnosis()?.format ?? ''}
			data-pending={props.pending ? '' : undefined}
		>
			<Switch fallback={<p class="checker-message">{emptyMessage}</p>}>
				<Match when={props.pending}>
					<p class="checker-message">Reading a large paste…</p>
				</Match>
				<Match when={diagnosis()?.format === 'empty'}>
					<p class="checker-message">{emptyMessage}</p>
				</Match>
				<Match when={diagnosis()?.format === 'binary'}>
					<p class="checker-message">{diagnosis()!.summary}</p>
				</Match>
				<Match when={diagnosis()}>
					{(found) => (
						<>
							<p class="checker-heading">
								<Show when={found().section === 'not-auth'}>
									<span class="checker-message">This doesn’t look like an authentication error. </span>
								</Show>
								<a class="checker-section-link" href={guideUrl(found().section)} onClick={() => highlightSection(guideAnchors[found().section])}>
									{sectionTitles[found().section]}
								</a>
								<span class="checker-badge" data-confidence={confidenceLabel(found().confidence)}>
									{confidenceLabel(found().confidence)}
								</span>
							</p>
							<p>{props.show(found().summary)}</p>
							<dl class="checker-facts">
								<dt>What to do</dt>
								<dd>{actionTitles[found().action]}</dd>
								<Show when={found().platformName}>
									{(name) => (
										<>
											<dt>Platform</dt>
											<dd>
												<span class="checker-badge">{name()}</span>
											</dd>
										</>
									)}
								</Show>
								<Show when={found().status !== null}>
									<dt>Status</dt>
									<dd>{found().status}</dd>
								</Show>
								<Show when={found().alternatives.length}>
									<dt>Also possible</dt>
									<dd>
										<For each={found().alternatives}>
											{(alternative, index) => (
												<>
													{index() ? ', ' : ''}
													<a href={guideUrl(alternative.section)} onClick={() => highlightSection(guideAnchors[alternative.section])}>
														{sectionTitles[alternative.section]}
													</a>
												</>
											)}
										</For>
									</dd>
								</Show>
								<Show when={found().docUrl}>
									{(url) => (
										<>
											<dt>Vendor docs</dt>
											<dd>
												<a href={url()} rel="noreferrer">
													The vendor’s page for this error
												</a>
											</dd>
										</>
									)}
								</Show>
							</dl>
							<EvidenceList evidence={found().evidence} selected={props.selected} onSelect={props.onSelect} show={props.show} />
							<Show when={found().token}>{(token) => <ClaimsTable token={token()} now={props.now} />}</Show>
						</>
					)}
				</Match>
			</Switch>
		</div>
	);
}
