/**
 * What the content layer's last successful sync read: each article file's and the actor
 * registry's size, modification time and a hash of its bytes, kept beside the records
 * (`<cacheDir>/dateline-records/_sources.json`). Before Astro starts, {@link changedSinceSync} tells
 * from them how many articles the build will render, so that workers can start loading the engine
 * meanwhile (`src/integrations/records.ts`). A file whose size and time are the same is taken as
 * unchanged without reading it; one whose time changed but not its bytes (a fresh checkout, a
 * formatter that rewrote nothing) is unchanged too. Only a guess: the loader decides by digest.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file as a sync read it: its size, its modification time and a hash of its bytes. */
type Fingerprint = [size: number, modified: number, hash: string];

const SOURCES = '_sources.json';

function hashOf(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
}

function readFingerprints(dir: string): Map<string, Fingerprint> | undefined {
	try {
		return new Map(Object.entries(JSON.parse(readFileSync(join(dir, SOURCES), 'utf8')) as Record<string, Fingerprint>));
	} catch {
		return undefined;
	}
}

/** The fingerprint of `file` now, reusing `known` when its size and time are the same; undefined when the file is missing. */
function fingerprint(file: string, known: Fingerprint | undefined): Fingerprint | undefined {
	const stat = statSync(file, { throwIfNoEntry: false });
	if (!stat) return undefined;
	if (known && known[0] === stat.size && known[1] === stat.mtimeMs) return known;
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch {
		return undefined;
	}
	return [stat.size, stat.mtimeMs, hashOf(bytes)];
}

/**
 * Keeps the fingerprints of the files a sync has just read (absolute paths: the article files and
 * the registry), hashing only those whose size or time changed since the last ones kept.
 */
export function writeSourceFingerprints(dir: string, files: readonly string[]): void {
	const known = readFingerprints(dir);
	const now: Record<string, Fingerprint> = {};
	for (const file of files) {
		const print = fingerprint(file, known?.get(file));
		if (print) now[file] = print;
	}
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, SOURCES), JSON.stringify(now));
}

/**
 * How many of the article `files` differ from what the last sync read (new ones included): every
 * file when no sync has kept fingerprints yet, or when one of the `shared` files every article
 * depends on (the actor registry) differs, appears or disappears.
 */
export function changedSinceSync(dir: string, files: readonly string[], shared: readonly string[] = []): number {
	const known = readFingerprints(dir);
	if (!known) return files.length;
	const differs = (file: string) => {
		const was = known.get(file);
		return fingerprint(file, was)?.[2] !== was?.[2];
	};
	if (shared.some(differs)) return files.length;
	return files.filter(differs).length;
}
