/**
 * Forums, chat apps and word processors turn a pasted body's quotes into typographic ones ({“error”: “invalid_grant”}).
 * Reading them as the straight quotes they were lets every field, code and header be read as the server sent it. One
 * character for one, so every span still points into the paste as it was.
 */
const SINGLE = /[‘’‚‛]/g;
const DOUBLE = /[“”„‟]/g;
const TYPOGRAPHIC = /[‘’‚‛“”„‟]/;

export const withPlainQuotes = (text: string): string => (TYPOGRAPHIC.test(text) ? text.replace(SINGLE, "'").replace(DOUBLE, '"') : text);
