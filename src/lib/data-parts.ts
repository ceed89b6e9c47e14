/**
 * The data files made of a part per article (`/data/*.json` but the actors, `quotes.csv`,
 * `timeline.ics`), assembled from the parts of the last build where an article has not changed.
 *
 * After an edit, every data file is made again, and at thousands of articles encoding them is most
 * of what a rebuild does besides the search index (150 MB of JSON at 5,000 articles). Each file a
 * build makes is kept with where each article's part lies in it, by the article's version (its id,
 * its record's key and hash: `articleVersion`); the next build copies those bytes for every article
 * in the same version and encodes only the others. The kept copy also names what else the parts
 * depend on (the site's address, a digest of Dateline's code and lockfile): any change there, and
 * every part is made afresh.
 */
import { createHash, randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync, writevSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleShare, Locate, PartedFile } from './data-exports.ts';

/** A file as a build made it: its bytes and where each article's part lies in them. */
export interface KeptFile {
	/** What the parts depend on besides their article (see {@link partsContext}). */
	context: string;
	bytes: Uint8Array;
	/** Each article version's part: its first byte and the byte after its last. */
	parts: Map<string, readonly [number, number]>;
	/** How many of the parts the build that made the file copied from the copy before (for diagnostics). */
	kept: number;
}

/** A file to keep, as {@link assembleParted} made it: its pieces in order, not copied into one buffer. */
export interface FileToKeep extends Omit<KeptFile, 'bytes'> {
	pieces: readonly Uint8Array[];
}

/** Where the files are kept between builds. */
export interface PartStore {
	read(name: string): KeptFile | undefined;
	write(name: string, file: FileToKeep): void;
}

/** No kept files: every part made afresh, nothing written (`astro dev`, where code changes under the same module addresses). */
export const NO_KEPT_PARTS: PartStore = { read: () => undefined, write: () => {} };

/** An article of the file to make: its version and its share of the corpus. */
export interface VersionedShare {
	version: string;
	share: ArticleShare;
}

/** What {@link assembleParted} made: the file's bytes, and how many articles' parts came from the last build. */
export interface Assembled {
	/**
	 * The file's bytes in pieces, in order: the kept parts are views of the kept copy, never copied
	 * into one buffer here (on the machine measured, first touching fresh memory costs about 4 ms a
	 * megabyte, and a 5,000-article site's claims are 68 MB).
	 */
	pieces: Uint8Array[];
	/** The file's size in bytes. */
	size: number;
	kept: number;
}

/**
 * Makes the parted file `name`: its head, each article's part (copied from the kept file when the
 * article is in the same version and the context is the same, else made now), its tail; and keeps
 * the result for the next build, unless it would keep the same parts again. An unknown context
 * (`partsContext` could not read the code) neither uses nor keeps anything.
 */
export function assembleParted(name: string, file: PartedFile, articles: readonly VersionedShare[], locate: Locate, { store, context }: { store: PartStore; context: string | undefined }): Assembled {
	const encoder = new TextEncoder();
	const last = context === undefined ? undefined : store.read(name);
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
	// the kept copy's ranges still hold for every part when every part came from it and none was dropped
	const same = reusable !== undefined && kept === articles.length && reusable.parts.size === articles.length;
	if (context !== undefined && !same) store.write(name, { context, pieces, parts, kept });
	return { pieces, size, kept };
}

/** The pieces of a file as one stream, for a `Response`: whoever reads it copies the bytes once. */
export function streamOf(pieces: readonly Uint8Array[]): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			for (const piece of pieces) if (piece.length > 0) controller.enqueue(piece);
			controller.close();
		},
	});
}

/**
 * What every part of a build's data files depends on besides its article's version (which covers
 * its text, file, the registry and the base path): the site's address (`locate('/')`) and the code
 * that made the entries, as {@link sourceDigest} gives it. Undefined without a digest of the code.
 */
export function partsContext(locate: Locate, codeDigest: string | undefined): string | undefined {
	return codeDigest ? `${locate('/')} ${codeDigest}` : undefined;
}

/**
 * A digest of the files under `paths` (folders walked in name order; names and contents, not
 * times): Dateline's source folder and the lockfile, so that any change of the code or of a
 * dependency makes every part again once. Missing paths count as empty.
 */
export function sourceDigest(paths: readonly string[]): string {
	const hash = createHash('sha256');
	// each file named by its path under the path given, so the digest does not depend on where the project is
	const visit = (path: string, name: string): void => {
		let entries: Dirent[] | undefined;
		try {
			entries = readdirSync(path, { withFileTypes: true });
		} catch {
			entries = undefined;
		}
		if (!entries) {
			try {
				hash.update(`${name}\u0000`).update(readFileSync(path)).update('\u0000');
			} catch {
				hash.update(`${name} missing\u0000`);
			}
			return;
		}
		for (const entry of entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) visit(join(path, entry.name), `${name}/${entry.name}`);
	};
	paths.forEach((path, index) => visit(path, String(index)));
	return hash.digest('base64url').slice(0, 22);
}

/** {@link sourceDigest} of a project's code: its source folder and its lockfile. */
export function projectCodeDigest(config: { srcDir: URL; root: URL }): string {
	return sourceDigest([fileURLToPath(config.srcDir), join(fileURLToPath(config.root), 'package-lock.json')]);
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
				const header = JSON.parse(data.subarray(0, end).toString('utf8')) as { context: string; size: number; kept: number; parts: Array<[string, number, number]> };
				// a file cut short (or grown) is not the file its ranges describe
				if (end < 0 || data.length - end - 1 !== header.size) return undefined;
				return { context: header.context, kept: header.kept, bytes: data.subarray(end + 1), parts: new Map(header.parts.map(([version, start, stop]) => [version, [start, stop] as const])) };
			} catch {
				return undefined;
			}
		},
		write(name, { context, pieces, parts, kept }) {
			const size = pieces.reduce((sum, piece) => sum + piece.length, 0);
			const header = JSON.stringify({ context, size, kept, parts: Array.from(parts, ([version, [start, stop]]) => [version, start, stop]) });
			const temporary = join(dir, `.${name}.${randomUUID()}`);
			try {
				mkdirSync(dir, { recursive: true });
				const fd = openSync(temporary, 'wx');
				try {
					writeAll(fd, [Buffer.from(`${header}\n`), ...pieces]);
				} finally {
					closeSync(fd);
				}
				renameSync(temporary, join(dir, name));
			} catch (error) {
				// the site is not at stake, only the next build's speed: say so and go on
				try {
					rmSync(temporary, { force: true });
				} catch {
					// no folder, no temporary file
				}
				console.warn(`Dateline could not keep /data/${name} for the next build (${(error as Error).message}); the next build makes it afresh.`);
			}
		},
	};
}

/** Writes the pieces in order, a few hundred to a system call (`writev`), each until it is all written. */
function writeAll(fd: number, pieces: readonly Uint8Array[]): void {
	for (let first = 0; first < pieces.length; first += 512) {
		const batch = pieces.slice(first, first + 512).filter((piece) => piece.length > 0);
		const total = batch.reduce((sum, piece) => sum + piece.length, 0);
		let written = writevSync(fd, batch);
		// a short write: the rest piece by piece
		if (written < total) {
			for (const piece of batch) {
				if (written >= piece.length) {
					written -= piece.length;
					continue;
				}
				for (let offset = written; offset < piece.length; ) offset += writeSync(fd, piece, offset);
				written = 0;
			}
		}
	}
}
