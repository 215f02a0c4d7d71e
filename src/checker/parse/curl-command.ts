import { completeRequest, type RequestPart } from './exchange.ts';

// A curl command as people paste it above its output: `$ curl -i -X POST "https://…" -H 'Accept: …' \` (continued lines),
// after a shell's prompt (`user@host:~/dir$ `, `# `, `PS C:\> `, `% `) or none.
const CURL_COMMAND = /(?:^|\n)(?:[^\n]{0,120}?[$#>%][ \t]{1,4}|[ \t]{0,8})curl[ \t]((?:[^\n\\]|\\\n|\\.){1,20000})/;
// Shell words: single-quoted, double-quoted (with escapes) or bare.
const WORD = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
// Options that send a credential without a header of ours: user:password, a bearer token, a cookie, ~/.netrc.
const CREDENTIAL_OPTIONS = new Map([
	['-u', 'authorization'],
	['--user', 'authorization'],
	['--oauth2-bearer', 'authorization'],
	['-b', 'cookie'],
	['--cookie', 'cookie'],
	['-n', 'authorization'],
	['--netrc', 'authorization'],
]);
const TAKES_NO_VALUE = new Set(['-n', '--netrc']);
// Options that send form fields: a client secret or password among them is a credential sent in the body (RFC 6749 §2.3.1).
const FORM_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-urlencode', '-F', '--form']);
const FORM_CREDENTIAL = /(?:^|&)(client_secret|client_assertion|password)=/;
// curl takes a URL without its scheme and assumes http://; only a host with a port, localhost or an IPv4 address is
// read so, since an option's value (-o out.json) can look like a bare host name too.
const SCHEMELESS_URL = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|[\w-]+(?:\.[\w-]+)*:\d{2,5})(?::\d{2,5})?(?:\/\S*)?$/;

/** The request a pasted curl command makes: its method, URL and every header it sets, credentials included. */
export const curlRequest = (text: string): RequestPart | undefined => {
	const command = CURL_COMMAND.exec(text.slice(0, 65_536))?.[1];
	if (!command) return undefined;
	const words = [...command.replaceAll('\\\n', ' ').matchAll(WORD)].map(([, single, double, bare]) => single ?? double ?? bare!);
	// A curl command lists every header it adds: none missing from it was sent.
	const request: RequestPart = { headers: [], complete: true };
	for (let index = 0; index < words.length; index++) {
		const [word, next = ''] = [words[index]!, words[index + 1]];
		if (word === '-H' || word === '--header') {
			const colon = next.indexOf(':');
			if (colon > 0) request.headers.push({ name: next.slice(0, colon).trim().toLowerCase(), value: next.slice(colon + 1).trim() });
		} else if (CREDENTIAL_OPTIONS.has(word)) {
			request.headers.push({ name: CREDENTIAL_OPTIONS.get(word)!, value: `(curl ${word})` });
			if (TAKES_NO_VALUE.has(word)) continue;
		} else if (FORM_OPTIONS.has(word)) {
			const field = FORM_CREDENTIAL.exec(next)?.[1];
			if (field) (request.formCredentials ??= []).push(field);
		} else if (word === '-X' || word === '--request') {
			request.method = next;
		} else {
			if (/^https?:\/\//.test(word)) request.url = word;
			else if (!request.url && SCHEMELESS_URL.test(word)) request.url = `http://${word}`;
			continue;
		}
		index++;
	}
	return request.url ? completeRequest(request) : undefined;
};
