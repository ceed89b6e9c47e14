/**
 * Checks of an article file's bytes before it is read as text: a size limit, no NUL bytes, valid
 * UTF-8. Each problem names the file and, where it can, the line.
 */
import type { ContentProblem } from './problems.ts';

/** The largest article file Dateline reads: 1 MiB (a long article is under 100 KiB). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as UTF-8 text, or says why it cannot be an article. A leading BOM is dropped. */
export function decodeArticleFile(file: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: ContentProblem[] } {
	if (bytes.length > MAX_ARTICLE_BYTES) {
		return { ok: false, problems: [{ file, message: `the file is ${bytes.length.toLocaleString('en')} bytes; articles may be at most ${MAX_ARTICLE_BYTES.toLocaleString('en')} bytes (1 MiB)` }] };
	}
	const nul = bytes.indexOf(0);
	if (nul !== -1) return { ok: false, problems: [{ file, line: lineAt(bytes, nul), message: 'the file contains a NUL byte: it is not a text file' }] };
	try {
		return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		return { ok: false, problems: [{ file, line: lineAt(bytes, firstInvalidUtf8(bytes)), message: 'the file is not valid UTF-8: save it as UTF-8' }] };
	}
}

function lineAt(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
	return line;
}

/** Offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const byte = bytes[i] ?? 0;
		const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		try {
			decoder.decode(bytes.subarray(i, i + length));
		} catch {
			return i;
		}
		i += length;
	}
	return bytes.length;
}
