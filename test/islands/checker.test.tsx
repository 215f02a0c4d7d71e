import { renderToString } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import { diagnose, redact, sectionIds } from '../../src/checker/index.ts';
import Checker from '../../src/components/checker/Checker.tsx';
import { checkerExamples } from '../../src/components/checker/examples.ts';
import { expiryAtResponse, expiryPhrase, markdownReport } from '../../src/components/checker/format.ts';

describe('the checker island on the server', () => {
	it('renders without a browser: the labelled paste area, the example menu and the empty result', () => {
		const html = renderToString(() => <Checker examples={[{ id: 'github-bad-credentials', section: 'unauthorized', label: 'GitHub: bad credentials' }]} />);
		expect(html).toContain('data-checker');
		expect(html).toMatch(/<label[^>]*>Paste the HTTP response<\/label>/);
		expect(html).toContain('data-example="github-bad-credentials"');
		expect(html).toMatch(/data-diagnosis[^>]*data-section=""/);
		expect(html).toContain('aria-live="polite"');
	});
});

describe('the examples', () => {
	const examples = checkerExamples();

	it.each(sectionIds)('%s has an example the engine diagnoses as that section', (section) => {
		const example = examples.find((candidate) => candidate.section === section);
		expect(example, `no example for ${section}: add a short fixture to test/fixtures/dev`).toBeDefined();
		expect(diagnose(example!.text).section).toBe(section);
	});

	it('are redacted and unique', () => {
		expect(new Set(examples.map((example) => example.id)).size).toBe(examples.length);
		for (const example of examples) expect(example.text).not.toMatch(/Bearer [A-Za-z0-9_-]{20,}/);
	});
});

describe('report and expiry wording', () => {
	it('fences the paste so backticks in it cannot end the code block, and redacts the whole report', () => {
		const report = markdownReport(diagnose('HTTP/1.1 401 Unauthorized\nAuthorization: Bearer abcdefghijklmnop1234567890\n\n```oops````'), redact);
		expect(report).toContain('\n`````\n');
		expect(report).not.toContain('abcdefghijklmnop1234567890');
	});

	it('says how long ago a token expired, and what the response’s clock said when it differs', () => {
		expect(expiryPhrase(1_000, 1_000 + 3 * 3600)).toBe('expired 3 hours ago');
		expect(expiryPhrase(1_000 + 120, 1_000)).toBe('expires in 2 minutes');
		expect(expiryAtResponse(1_000, 1_000 + 120, 1_000 + 90_000)).toBe('by the response’s Date header it had expired 2 minutes earlier');
		expect(expiryAtResponse(1_000, 1_030, 1_040)).toBeUndefined();
	});
});
