import type { Segment } from './exchange.ts';

// A JSON body printed inside a string, its quotes escaped, as exception messages and logs show it:
// resulted in a `400 Bad Request` response:\n{\"error\":\"invalid_grant\",…}. Read to the end of its line.
const ESCAPED_JSON = /\{\\"[^\n]{1,8000}/g;
const MAX_BODIES = 20;

/** Bodies printed with escaped quotes, unescaped, so their fields read like any other JSON's. */
export const escapedJsonSegments = (text: string): Segment[] => {
	if (!text.includes('{\\"')) return [];
	return [...text.matchAll(ESCAPED_JSON)].slice(0, MAX_BODIES).map(([body]) => ({
		text: body.replace(/\\(["\\/])/g, '$1').replaceAll('\\n', '\n'),
		offset: -1,
	}));
};
