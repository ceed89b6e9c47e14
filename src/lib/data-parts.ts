/**
 * The data files made of a part per article (`/data/*.json` but the actors, `quotes.csv`,
 * `timeline.ics`), assembled from the parts of the last build where an article has not changed.
 *
 * After an edit, every data file is made again, and at thousands of articles encoding them is most
 * of what a rebuild does besides the search index (150 MB of JSON at 5,000 articles). Each file a
 * build makes is kept with where each article's part lies in it, by the article's version (its id,
 * its record's key and hash: `articleVersion`); the next build copies those bytes for every article
 * in the same version and encodes only the others. The kept copy also names what else the parts
 * depend on (the format's version, the site's address, the code that made them): any change there,
 * and every part is made afresh.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleShare, Locate, PartedFile } from './data-exports.ts';

/** Raise when what an article gives a data file changes in code the kept parts' digest does not cover (addresses, ids). */
export const DATA_PARTS_VERSION = 1;

/** A file as a build made it: its bytes and where each article's part lies in them. */
export interface KeptFile {
	/** What the parts depend on besides their article (see {@link partsContext}). */
	context: string;
	bytes: Uint8Array;
	/** Each article version's part: its first byte and the byte after its last. */
	parts: Map<string, readonly [number, number]>;
}

/** Where the files are kept between builds. */
export interface PartStore {
	read(name: string): KeptFile | undefined;
	write(name: string, file: KeptFile): void;
}

/** An article of the file to make: its version and its share of the corpus. */
export interface VersionedShare {
	version: string;
	share: ArticleShare;
}

/** What {@link assembleParted} made: the file's bytes, and how many articles' parts came from the last build. */
export interface Assembled {
	bytes: Uint8Array<ArrayBuffer>;
	kept: number;
}

/**
 * Makes the parted file `name`: its head, each article's part (copied from the kept file when the
 * article is in the same version and the context is the same, else made now), its tail; and keeps
 * the result for the next build.
 */
export function assembleParted(name: string, file: PartedFile, articles: readonly VersionedShare[], locate: Locate, { store, context }: { store: PartStore; context: string }): Assembled {
	const encoder = new TextEncoder();
	const last = store.read(name);
	const reusable = last?.context === context ? last : undefined;
	const pieces: Uint8Array[] = [];
	const parts = new Map<string, readonly [number, number]>();
	let size = 0;
	let kept = 0;
	let nonEmpty = 0;
	const put = (piece: Uint8Array) => {
		pieces.push(piece);
		size += piece.length;
	};
	const separator = encoder.encode(file.separator);
	put(encoder.encode(file.head));
	for (const { version, share } of articles) {
		const range = reusable?.parts.get(version);
		const part = range ? reusable!.bytes.subarray(range[0], range[1]) : encoder.encode(file.part(share, locate));
		if (range) kept += 1;
		if (part.length > 0 && nonEmpty > 0) put(separator);
		parts.set(version, [size, size + part.length]);
		if (part.length > 0) {
			put(part);
			nonEmpty += 1;
		}
	}
	put(encoder.encode(file.tail));
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const piece of pieces) {
		bytes.set(piece, offset);
		offset += piece.length;
	}
	store.write(name, { context, bytes, parts });
	return { bytes, kept };
}

/**
 * What every part of a build's data files depends on besides its article: {@link DATA_PARTS_VERSION},
 * where the site's paths point (`locate('/')`: the site's address and base path) and a digest of the
 * compiled module that holds the formats, so that changed formatting code makes every part again.
 */
export function partsContext(locate: Locate, formatsModule: string): string {
	return `${DATA_PARTS_VERSION} ${locate('/')} ${moduleDigest(formatsModule)}`;
}

/** A digest of a module's file, read again at every call: in `astro dev` the file can change under the same address. */
function moduleDigest(url: string): string {
	try {
		return createHash('sha256').update(readFileSync(fileURLToPath(url))).digest('base64url').slice(0, 22);
	} catch {
		// not a file (a module served from memory): nothing can be kept safely
		return `unknown ${Math.random()}`;
	}
}

/**
 * The kept files in `dir`, one file each: a first line of JSON (the context, the size of the bytes
 * and every part's range) and then the bytes. Written to a temporary name and renamed, so a build that stops half-way
 * leaves the last whole copy, never a mix.
 */
export function partStoreIn(dir: string): PartStore {
	return {
		read(name) {
			let data: Buffer;
			try {
				data = readFileSync(join(dir, name));
			} catch {
				return undefined;
			}
			const end = data.indexOf(0x0a);
			try {
				const header = JSON.parse(data.subarray(0, end).toString('utf8')) as { context: string; size: number; parts: Array<[string, number, number]> };
				// a file cut short (or grown) is not the file its ranges describe
				if (end < 0 || data.length - end - 1 !== header.size) return undefined;
				return { context: header.context, bytes: data.subarray(end + 1), parts: new Map(header.parts.map(([version, start, stop]) => [version, [start, stop] as const])) };
			} catch {
				return undefined;
			}
		},
		write(name, { context, bytes, parts }) {
			mkdirSync(dir, { recursive: true });
			const header = JSON.stringify({ context, size: bytes.length, parts: Array.from(parts, ([version, [start, stop]]) => [version, start, stop]) });
			const temporary = join(dir, `.${name}.${process.pid}`);
			const fd = openSync(temporary, 'w');
			try {
				writeAll(fd, Buffer.from(`${header}\n`));
				writeAll(fd, bytes);
			} finally {
				closeSync(fd);
			}
			renameSync(temporary, join(dir, name));
		},
	};
}

function writeAll(fd: number, bytes: Uint8Array): void {
	for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}
