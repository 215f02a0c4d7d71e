import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from './load-fixtures.ts';

const cli = join(import.meta.dirname, '../../src/cli/auth-check.ts');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
const expired = join(fixturesDir, 'dev/dropbox-expired-access-token-curl-v.txt');
const scope = join(fixturesDir, 'dev/dropbox-missing-scope-guzzle.txt');

describe('auth-check CLI', () => {
	it('prints a human report with the section, action and guide link', () => {
		const result = run([scope]);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Invalid Scope');
		expect(result.stdout).toContain('Add the missing scope');
		expect(result.stdout).toMatch(/https:\/\/\S+#invalid-scope/);
	});

	it('prints one JSON line per file, in order, with --json', () => {
		const result = run(['--json', expired, scope]);
		expect(result.status).toBe(0);
		const lines = result.stdout.trim().split('\n');
		expect(lines).toHaveLength(2);
		expect(lines.map((line) => JSON.parse(line).section)).toEqual(['token-expired', 'invalid-scope']);
	});

	it('reads stdin when no file is given', () => {
		const result = run(['--json'], 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n');
		expect(result.status).toBe(0);
		expect(JSON.parse(result.stdout).section).toBe('rate-limited');
	});

	it('says which file it could not read, on one line, and exits 2 after the others', () => {
		const result = run(['--json', '/nonexistent/paste.txt', scope]);
		expect(result.status).toBe(2);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('/nonexistent/paste.txt');
		expect(JSON.parse(result.stdout).section).toBe('invalid-scope');
	});

	it('prints usage with --help', () => {
		const result = run(['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Usage: auth-check');
	});
});
