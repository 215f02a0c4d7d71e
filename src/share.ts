/**
 * The share-link format: `#r=` + base64url(deflate-raw(UTF-8 text)). It lives in the fragment, which
 * browsers never send to a server. Uses the platform's own CompressionStream, present in browsers and in
 * Node, so build-time links (platform pages) and the checker island agree byte for byte.
 */

const fragmentKey = 'r';

async function pipeThrough(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) => {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0));

/** The fragment (without `#`) that carries `text`; pass only redacted text. */
export async function encodeShareFragment(text: string): Promise<string> {
	const compressed = await pipeThrough(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
	return `${fragmentKey}=${toBase64Url(compressed)}`;
}

/** A fragment's parameters, with or without its `#`. */
const fragmentParameters = (fragment: string) => new URLSearchParams(fragment.replace(/^#/, ''));

/** Whether a fragment (with or without `#`) carries a shared paste; cheap enough to ask before loading anything. */
export const carriesSharedPaste = (fragment: string): boolean => fragmentParameters(fragment).has(fragmentKey);

/** The text a fragment (with or without `#`) carries, or undefined when it carries none or is damaged. */
export async function decodeShareFragment(fragment: string): Promise<string | undefined> {
	const value = fragmentParameters(fragment).get(fragmentKey);
	if (!value) return undefined;
	try {
		return new TextDecoder().decode(await pipeThrough(fromBase64Url(value), new DecompressionStream('deflate-raw')));
	} catch {
		return undefined;
	}
}

/** A link to the checker page with `text` (already redacted) in the fragment: it opens pasted, with no JavaScript of the linking page. */
export const checkerPageLink = async (text: string): Promise<string> => `/checker/#${await encodeShareFragment(text)}`;
