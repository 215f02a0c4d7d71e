import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Debian's Chromium: the only browser the tests use (test tools' own browser downloads fail here). */
export const chromiumPath = '/usr/bin/chromium';

/** Flags that keep Chromium off the network: with no internet it otherwise stalls on background connections. */
export const offlineChromiumFlags = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];

/** Installs Chromium from apt when running as root; otherwise stops with the one command to run. */
export function ensureChromium(): void {
	if (existsSync(chromiumPath)) return;
	if (process.getuid?.() !== 0) {
		console.error(`Chromium is missing: run \`sudo apt-get update && sudo apt-get install -y chromium\`, then \`npm test\` again.`);
		process.exit(1);
	}
	console.log('Installing Chromium from Debian (apt-get install -y chromium)…');
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
		const { status } = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (status !== 0) {
			console.error(`\`apt-get ${args.join(' ')}\` failed: run \`apt-get update && apt-get install -y chromium\` as root, then \`npm test\` again.`);
			process.exit(1);
		}
	}
}
