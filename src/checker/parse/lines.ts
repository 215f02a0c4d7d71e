/** A line of a segment, without its line break; offsets are within the segment. */
export interface Line {
	text: string;
	start: number;
}

/** Splits into lines with their offsets, stopping after `maxLines` (a linear scan, no regex). */
export const splitLines = (text: string, maxLines = 20_000): Line[] => {
	const lines: Line[] = [];
	let start = 0;
	while (start <= text.length && lines.length < maxLines) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
		lines.push({ text: text.slice(start, lineEnd), start });
		start = end + 1;
	}
	return lines;
};
