/** One challenge of a WWW-Authenticate or Proxy-Authenticate field. */
export interface Challenge {
	/** Lower-cased (RFC 9110 §11.1: auth-scheme is case-insensitive). */
	scheme: string;
	/** Parameter names lower-cased; the first occurrence of a name wins. */
	params: Record<string, string>;
	token68?: string;
}

// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// RFC 9110 §11.2: token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*/;

/**
 * Parses a WWW-Authenticate / Proxy-Authenticate value into its challenges (RFC 9110 §11.6.1, RFC 6750 §3):
 * `challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`, `auth-param = token BWS "=" BWS ( token / quoted-string )`.
 * A token followed by "=" is a parameter of the current challenge; any other token starts a new challenge.
 * Tolerant: malformed input yields what could be read, never an exception. Linear in the input.
 */
export const parseChallenges = (value: string): Challenge[] => {
	const challenges: Challenge[] = [];
	let current: Challenge | undefined;
	let index = 0;
	const skip = (pattern: RegExp): void => {
		while (index < value.length && pattern.test(value[index])) index++;
	};
	while (index < value.length) {
		skip(/[\s,]/);
		const start = index;
		skip(TCHAR);
		if (index === start) {
			index++; // a character no grammar allows here: skip it
			continue;
		}
		const token = value.slice(start, index);
		skip(/[ \t]/);
		if (value[index] === '=' && current) {
			index++;
			skip(/[ \t]/);
			const name = token.toLowerCase();
			const parsed = value[index] === '"' ? readQuoted(value, index) : readToken(value, index);
			index = parsed.end;
			if (!(name in current.params)) current.params[name] = parsed.value;
			continue;
		}
		current = { scheme: token.toLowerCase(), params: {} };
		challenges.push(current);
		const token68 = TOKEN68.exec(value.slice(index, index + 8192));
		if (token68 && isToken68End(value, index + token68[0].length)) {
			current.token68 = token68[0];
			index += token68[0].length;
		}
	}
	return challenges;
};

/** True when only whitespace stands between `index` and a comma or the end: what token68 needs after it. */
const isToken68End = (value: string, index: number): boolean => {
	let at = index;
	while (at < value.length && (value[at] === ' ' || value[at] === '\t')) at++;
	return at === value.length || value[at] === ',';
};

// RFC 9110 §5.6.4: quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE, quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )
const readQuoted = (value: string, open: number): { value: string; end: number } => {
	let text = '';
	let index = open + 1;
	while (index < value.length && value[index] !== '"') {
		if (value[index] === '\\' && index + 1 < value.length) index++;
		text += value[index++];
	}
	return { value: text, end: index + 1 };
};

const readToken = (value: string, start: number): { value: string; end: number } => {
	let index = start;
	while (index < value.length && value[index] !== ',' && !/\s/.test(value[index])) index++;
	return { value: value.slice(start, index), end: index };
};
