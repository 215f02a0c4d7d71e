#!/usr/bin/env node
// auth-check: diagnose pasted API auth failures from files or stdin. Runs as TypeScript source on Node 24.
import { readFileSync } from 'node:fs';
import { diagnose } from '../checker/index.ts';
import { formatReport } from './report.ts';

const HELP = `Usage: auth-check [--json] [FILE…]

Diagnoses an API authentication failure: a raw HTTP response, curl -i / -v output, a HAR file,
copied DevTools headers, a JSON error body, an SDK error message or a log line.
Reads each FILE, or stdin when there is none (or FILE is "-").

  --json   print each diagnosis as one JSON line, in the order of the files
  --help   show this help

Exit status: 0 when every input was read, 2 when a file could not be read.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
	console.log(HELP);
	process.exit(0);
}
const json = args.includes('--json');
const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--json');
if (unknown) {
	console.error(`auth-check: unknown option ${unknown} (expected --json or --help)`);
	process.exit(2);
}
const files = args.filter((arg) => arg !== '--json');
const inputs = files.length ? files : ['-'];

let exitCode = 0;
const reports: string[] = [];
for (const file of inputs) {
	let text: string;
	try {
		text = readFileSync(file === '-' ? 0 : file, 'utf8');
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		console.error(`auth-check: cannot read ${file} (${reason})`);
		exitCode = 2;
		continue;
	}
	const diagnosis = diagnose(text);
	reports.push(json ? JSON.stringify(diagnosis) : formatReport(diagnosis, inputs.length > 1 ? file : undefined));
}
if (reports.length) console.log(reports.join(json ? '\n' : '\n\n'));
process.exitCode = exitCode;
