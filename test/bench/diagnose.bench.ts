import { describe, test } from 'vitest';
import { diagnose, redact } from '../../src/checker/index.ts';
import { devFixture } from '../unit/load-fixtures.ts';

// A typical paste: a real curl -v fixture, padded with its own header lines to about 2 KB.
const base = devFixture('github-bad-credentials-curl-v.txt').paste;
const typical = base.length >= 2048 ? base.slice(0, 2048) : base.replace('\n<\n', `\n${'< X-Padding: 0123456789abcdef0123456789abcdef\n'.repeat(Math.ceil((2048 - base.length) / 46))}<\n`);

// A 1 MB HAR: one real entry (from a dev fixture) repeated, the failing one last.
const entry = JSON.parse(devFixture('microsoft-graph-expired-jwt.har').paste).log.entries.at(-1);
const ok = { ...entry, response: { ...entry.response, status: 200, statusText: 'OK' } };
const entries: unknown[] = [];
while (JSON.stringify(entries).length < 1_000_000) entries.push(ok);
entries.push(entry);
const har = JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries } });

// Adversarial text: everything the scanners look for, repeated, with long lines and nesting.
const adversarialUnit = '"a":"Bearer eyJ.eyJ.== ?key=&token= \\"\'{[(<a>"=HTTP/1.1 401 x-ratelimit-remaining: 0 invalid_grant expired token ';
const adversarial = (bytes: number) => `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer ${adversarialUnit.repeat(Math.ceil(bytes / adversarialUnit.length))}`.slice(0, bytes);
const oneMb = adversarial(1_000_000);
const tenMb = adversarial(10_000_000);

const median = (run: () => void, times: number): number => {
	const samples: number[] = [];
	for (let index = 0; index < times; index++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
};

// Reads the redacted text once, as the page does when it shows it: redact may hand back a rope that is copied on first read.
const diagnoseAndRead = (text: string): number => diagnose(text).redacted.charCodeAt(0);

// Vitest 5: `bench` is a test-context fixture of the benchmark project (`vitest bench`), not a top-level export.
describe('diagnose', () => {
	test('typical 2 KB paste (target: median < 0.5 ms)', async ({ bench }) => {
		const result = await bench('diagnose 2 KB', () => void diagnoseAndRead(typical)).run({ time: 1000 });
		console.log(`typical ${typical.length} B: median ${result.latency.p50?.toFixed(3)} ms`);
	});

	test('1 MB HAR (target: < 50 ms, within 3x JSON.parse)', async ({ bench }) => {
		const comparison = await bench.compare(
			bench('diagnose 1 MB HAR', () => void diagnoseAndRead(har)),
			bench('redact 1 MB HAR', () => void redact(har).text.charCodeAt(0)),
			bench('JSON.parse 1 MB HAR', () => void JSON.parse(har)),
			{ iterations: 20, time: 0 },
		);
		const [diagnosed, redacted, parsed] = (['diagnose 1 MB HAR', 'redact 1 MB HAR', 'JSON.parse 1 MB HAR'] as const).map((name) => comparison.get(name)?.latency.p50 ?? 0);
		console.log(`HAR ${har.length} B (${entries.length} entries): diagnose median ${diagnosed.toFixed(1)} ms (redact ${redacted.toFixed(1)} ms), JSON.parse ${parsed.toFixed(1)} ms, ratio ${(diagnosed / parsed).toFixed(2)}x`);
	});

	test('10 MB adversarial input (target: < 1 s) and linearity (10x input: well under 20x time)', async ({ bench }) => {
		const result = await bench('diagnose 10 MB adversarial', () => void diagnoseAndRead(tenMb)).run({ iterations: 3, time: 0 });
		// Printed, not asserted: timing assertions are flaky.
		const small = median(() => diagnoseAndRead(oneMb), 5);
		const large = median(() => diagnoseAndRead(tenMb), 3);
		console.log(`10 MB adversarial: median ${result.latency.p50?.toFixed(0)} ms; linearity: 1 MB ${small.toFixed(1)} ms, 10 MB ${large.toFixed(1)} ms, ratio ${(large / small).toFixed(1)}x (limit 20x)`);
	});

	// Redaction's worst cases: long runs of what it looks for. A JWT's header run is read once, not from every "eyJ" in
	// it; a field's value once, not from every name inside it. A scan that re-read them would take seconds per megabyte.
	test('redaction of long runs of what it looks for (linearity: 10x input, well under 20x time)', () => {
		for (const unit of ['eyJa-', 'token=', 'token="', 'Bearer aaaaaaa/', 'sk_live_', '"name":"token","value":"', '\ncookie: ']) {
			const run = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
			const [small, large] = [run(100_000), run(1_000_000)];
			const [smallTime, largeTime] = [median(() => redact(small), 5), median(() => redact(large), 3)];
			console.log(`redact ${JSON.stringify(unit)} × 1 MB: ${largeTime.toFixed(1)} ms; 100 KB ${smallTime.toFixed(1)} ms, ratio ${(largeTime / smallTime).toFixed(1)}x (limit 20x)`);
		}
	});
});
