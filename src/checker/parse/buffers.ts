import type { Segment } from './exchange.ts';

// Node's util.inspect prints a Buffer as its bytes in hex, the first 50 by default: <Buffer 7b 22 65 … 123 more bytes>
const BUFFER = /<Buffer((?: [0-9a-f]{2}){1,10000})(?: \.\.\. \d{1,12} more bytes?)?>/g;
const MAX_BUFFERS = 20;

/** Bodies a log printed as Node Buffers, decoded as UTF-8: the body holds the evidence, the hex hides it from every signal. */
export const bufferSegments = (text: string): Segment[] => {
	if (!text.includes('<Buffer ')) return [];
	const decoder = new TextDecoder();
	return [...text.matchAll(BUFFER)].slice(0, MAX_BUFFERS).map(([, hex]) => ({
		text: decoder.decode(Uint8Array.from(hex!.trim().split(' '), (byte) => parseInt(byte, 16))),
		offset: -1,
	}));
};
