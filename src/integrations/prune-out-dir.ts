/**
 * Keeps `dist/` between builds and deletes, when the build is done, what it did not make. Astro
 * empties the output folder before every build and writes it again; a large site is tens of
 * thousands of files, and deleting them and creating as many again is seconds of a rebuild. With
 * the folder kept, Astro's incremental build leaves a page whose key is unchanged where it is
 * (`(cached)` in its log) instead of copying it from its cache, and a page written again keeps its
 * file.
 *
 * Files are told apart by their identity: inode and change time (ctime, which no program can set:
 * any write, truncation, new hard link or deletion of one moves it on).
 * - At `astro:build:start`, the folder is kept only when the last build of this cache finished
 *   into it and left a record of every file's identity (`<cacheDir>/dateline-out-dir.json`), and
 *   the file system's times are finer than a second; otherwise it is emptied, as Astro would. A
 *   file changed since that record (a step after the build, a hand edit, a hard-linked copy of the
 *   folder) or not in it is deleted: Astro trusts a page it finds to be the copy its cache keeps,
 *   and restores or renders it again when it is missing. The record is deleted until this build
 *   finishes, so that a build that stops half-way leaves nothing the next one would trust. Every
 *   file left is then noted.
 * - At `astro:build:done` a noted file is kept when Astro lists it among the build's pages and
 *   endpoints, or when it changed since the note (written by Vite, Pagefind, the sitemap or any
 *   other integration); every other file is deleted, with the folders that leaves empty, and the
 *   record is written again.
 *
 * The result is the folder a build into an empty `dist/` gives. A `.git` folder at the top is left
 * alone (a deploy worktree).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { countOf } from '../lib/views.ts';

/** What a file is: its inode and change time. */
type FileIdentity = `${bigint}:${bigint}`;

/** The files under the output folder (by their paths relative to it, with `/`) and what each was when noted. */
export interface OutputSnapshot {
	files: Map<string, FileIdentity>;
	/** Folders that held nothing. */
	emptyFolders: string[];
}

/** Entries of the output folder's top level that a build neither empties nor prunes. */
const KEPT_NAMES = new Set(['.git']);

/** Retries of a deletion that fails while another program holds the file (Windows), as Astro's own emptying does. */
const REMOVE = { recursive: true, force: true, maxRetries: 3 } as const;

const NS_PER_MS = 1_000_000n;
const NS_PER_S = 1_000_000_000n;

/**
 * Notes every file under `dir` (none when it does not exist). A file written just before has a
 * change time the file system's clock may not have moved past yet; the note then waits for the
 * clock's next tick, so that a write after it always shows.
 */
export function snapshotOutput(dir: string): OutputSnapshot {
	const snapshot: OutputSnapshot = { files: new Map(), emptyFolders: [] };
	let newest = 0n;
	const walk = (folder: string, prefix: string): void => {
		let entries;
		try {
			entries = readdirSync(folder, { withFileTypes: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
			throw error;
		}
		if (prefix && entries.length === 0) snapshot.emptyFolders.push(prefix);
		for (const entry of entries) {
			if (!prefix && KEPT_NAMES.has(entry.name)) continue;
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(join(folder, entry.name), path);
			else {
				const info = lstatSync(join(folder, entry.name), { bigint: true, throwIfNoEntry: false });
				if (!info) continue;
				snapshot.files.set(path, `${info.ino}:${info.ctimeNs}`);
				if (info.ctimeNs > newest) newest = info.ctimeNs;
			}
		}
	};
	walk(dir, '');
	// the kernel stamps files from a clock that ticks every few milliseconds
	const ageMs = Date.now() - Number(newest / NS_PER_MS);
	if (ageMs < 20) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 - Math.max(0, ageMs));
	return snapshot;
}

/** Whether every change time is a whole second: a file system (FAT, some network mounts) whose times cannot tell a rewrite within the second. */
export function coarseTimes(files: Iterable<FileIdentity>): boolean {
	let any = false;
	for (const noted of files) {
		if (BigInt(noted.slice(noted.indexOf(':') + 1)) % NS_PER_S !== 0n) return false;
		any = true;
	}
	return any;
}

/** Deletes each file (path relative to `dir`), then the folders that leaves empty and each of `alsoFolders` (with its parents) when empty, deepest first. */
function removeFiles(dir: string, paths: readonly string[], alsoFolders: readonly string[] = []): void {
	const folders = new Set<string>();
	const withParents = (path: string): void => {
		for (let folder = path; folder !== '.'; folder = dirname(folder)) folders.add(folder);
	};
	for (const path of paths) {
		rmSync(join(dir, path), REMOVE);
		withParents(dirname(path));
	}
	alsoFolders.forEach(withParents);
	for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
		try {
			rmdirSync(join(dir, folder));
		} catch {
			// not empty
		}
	}
}

/** What {@link pruneUnwritten} deleted, and what it left. */
export interface Pruned {
	/** The files deleted, by their paths relative to the folder, sorted. */
	deleted: string[];
	/** Every file left, with its identity. */
	left: Map<string, FileIdentity>;
}

/**
 * Deletes every file of the snapshot that is not in `made` and is still as it was noted (not
 * written since), the folders that leaves empty and those that were empty.
 */
export function pruneUnwritten(dir: string, before: OutputSnapshot, made: ReadonlySet<string> = new Set()): Pruned {
	const now = snapshotOutput(dir).files;
	const deleted = [...before.files].filter(([path, noted]) => !made.has(path) && now.get(path) === noted).map(([path]) => path);
	removeFiles(dir, deleted, before.emptyFolders);
	for (const path of deleted) now.delete(path);
	return { deleted: deleted.sort(), left: now };
}

/** Deletes everything in `dir` but `.git`. */
export function emptyOutDir(dir: string): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) if (!KEPT_NAMES.has(name)) rmSync(join(dir, name), REMOVE);
}

/** What the last finished build left: the output folder it wrote, and each file's identity. */
interface OutputRecord {
	outDir: string;
	files: Record<string, FileIdentity>;
}

/** The record of the last finished build, in Astro's cache folder. */
export const OUTPUT_RECORD = 'dateline-out-dir.json';

function readOutputRecord(cacheDir: string): OutputRecord | undefined {
	try {
		const record = JSON.parse(readFileSync(join(cacheDir, OUTPUT_RECORD), 'utf8')) as Partial<OutputRecord>;
		return typeof record.outDir === 'string' && record.files && typeof record.files === 'object' ? (record as OutputRecord) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Makes `outDir` ready for a build and notes it: keeps what the last finished build of this cache
 * left there as it left it, and deletes everything else (the whole folder when that build wrote
 * another folder, left no record, or the file system's times are too coarse).
 */
export function prepareOutDir(outDir: string, cacheDir: string): OutputSnapshot {
	const record = readOutputRecord(cacheDir);
	rmSync(join(cacheDir, OUTPUT_RECORD), { force: true });
	if (!record || record.outDir !== outDir || coarseTimes(Object.values(record.files))) {
		emptyOutDir(outDir);
		return snapshotOutput(outDir);
	}
	const left = new Map(Object.entries(record.files));
	const found = snapshotOutput(outDir);
	const changed = [...found.files].filter(([path, now]) => left.get(path) !== now).map(([path]) => path);
	if (changed.length === 0) return found;
	removeFiles(outDir, changed);
	for (const path of changed) found.files.delete(path);
	return found;
}

/** Keeps what the build left in `outDir` (each file's identity), for the next build of this cache. */
export function recordOutDir(outDir: string, cacheDir: string, files: ReadonlyMap<string, FileIdentity>): void {
	mkdirSync(cacheDir, { recursive: true });
	const record: OutputRecord = { outDir, files: Object.fromEntries(files) };
	writeFileSync(join(cacheDir, OUTPUT_RECORD), JSON.stringify(record));
}

/** The files of the build's pages and endpoints (Astro's `assets`), by their paths relative to `dir`. */
function madeByRoutes(dir: string, assets: Map<string, URL[]>): Set<string> {
	const made = new Set<string>();
	for (const urls of assets.values()) {
		for (const url of urls) {
			const path = relative(dir, fileURLToPath(url));
			if (path && path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path)) made.add(path.split(sep).join('/'));
		}
	}
	return made;
}

/**
 * The integration; list it in `astro.config.mjs` after every integration that writes into
 * `dist/` when the build is done (the sitemap, Pagefind), so that it sees their files.
 */
export function pruneOutDir(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let before: OutputSnapshot | undefined;
	return {
		name: 'dateline-prune-out-dir',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				// only for builds: with it, `astro dev` would watch every file in dist/
				if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': () => {
				before = prepareOutDir(outDir, cacheDir);
			},
			'astro:build:done': ({ assets, logger }) => {
				if (!before) return;
				const { deleted, left } = pruneUnwritten(outDir, before, madeByRoutes(outDir, assets));
				before = undefined;
				recordOutDir(outDir, cacheDir, left);
				if (deleted.length === 0) return;
				const shown = deleted.slice(0, 3).join(', ') + (deleted.length > 3 ? ', …' : '');
				logger.info(`deleted ${countOf(deleted.length, 'file')} of the last build that this one did not make: ${shown}`);
			},
		},
	};
}
