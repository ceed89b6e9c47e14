/**
 * Keeps `dist/` between builds and deletes, when the build is done, what it did not make. Astro
 * empties the output folder before every build and writes it again; a large site is tens of
 * thousands of files, and on ext4 deleting them and creating as many again is seconds of a
 * rebuild (new inodes are allocated around the recently deleted ones). With the folder kept, Astro's
 * incremental build leaves a page whose key is unchanged where it is (`(cached)` in its log)
 * instead of copying it from its cache, and a page written again keeps its inode.
 *
 * At `astro:build:start` the integration notes each file in the folder with its inode and change
 * time (ctime, which no program can set: any write, truncation or new hard link moves it on). At
 * `astro:build:done` a file is kept when Astro lists it among the build's pages and endpoints, or
 * when it changed since the note (written by Vite, Pagefind, the sitemap or any other integration);
 * every other file is deleted, with the folders it leaves empty. The result is the folder a build
 * into an empty `dist/` gives. `.git` is left alone, as Astro does.
 *
 * Astro trusts a page it finds in the folder to be the one its cache keeps. That holds only when the
 * last build of this cache wrote this folder, so the folder is emptied first when it did not (a
 * build into another `--outDir`, or the first build with this integration).
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { countOf } from '../lib/views.ts';

/** What a file was at the start of the build: its inode and change time. */
type FileIdentity = `${bigint}:${bigint}`;

/** Every file under the output folder (by its path relative to it) with what it was, when noted. */
export type OutputSnapshot = Map<string, FileIdentity>;

/** Entries of the output folder's top level that a build neither empties nor prunes. */
const KEPT_NAMES = new Set(['.git']);

function identity(path: string): FileIdentity | undefined {
	try {
		const info = lstatSync(path, { bigint: true });
		return `${info.ino}:${info.ctimeNs}`;
	} catch {
		return undefined;
	}
}

/**
 * Notes every file under `dir` (none when it does not exist). A file written just before has a
 * change time the file system's clock may not have moved past yet; the note then waits for the next
 * tick, so that a write after it always shows.
 */
export function snapshotOutput(dir: string): OutputSnapshot {
	const snapshot: OutputSnapshot = new Map();
	let newest = 0n;
	const walk = (folder: string, prefix: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (!prefix && KEPT_NAMES.has(entry.name)) continue;
			const path = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(join(folder, entry.name), path);
			else {
				const info = lstatSync(join(folder, entry.name), { bigint: true });
				snapshot.set(path, `${info.ino}:${info.ctimeNs}`);
				if (info.ctimeNs > newest) newest = info.ctimeNs;
			}
		}
	};
	try {
		walk(dir, '');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	// the kernel stamps files from a clock that ticks every few milliseconds
	const ageMs = Date.now() - Number(newest / 1_000_000n);
	if (ageMs < 20) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 - Math.max(0, ageMs));
	return snapshot;
}

/**
 * Deletes every file of the snapshot that is not in `made` and is still as it was noted (not
 * written since), and the folders that leaves empty; returns the paths deleted, relative to `dir`,
 * sorted.
 */
export function pruneUnwritten(dir: string, before: OutputSnapshot, made: ReadonlySet<string> = new Set()): string[] {
	const deleted: string[] = [];
	const emptied = new Set<string>();
	for (const [path, noted] of before) {
		if (made.has(path) || identity(join(dir, path)) !== noted) continue;
		rmSync(join(dir, path), { force: true });
		deleted.push(path);
		for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) emptied.add(folder);
	}
	// the deepest folders first; a folder that still holds something stays
	for (const folder of [...emptied].sort((a, b) => b.split('/').length - a.split('/').length)) {
		try {
			rmdirSync(join(dir, folder));
		} catch {
			// not empty
		}
	}
	return deleted.sort();
}

/** Deletes everything in `dir` but `.git`. */
export function emptyOutDir(dir: string): void {
	if (!existsSync(dir)) return;
	for (const name of readdirSync(dir)) if (!KEPT_NAMES.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** The record, in Astro's cache folder, of the output folder the last finished build wrote. */
export const LAST_OUT_DIR = 'dateline-out-dir.json';

function lastOutDir(cacheDir: string): string | undefined {
	try {
		return (JSON.parse(readFileSync(join(cacheDir, LAST_OUT_DIR), 'utf8')) as { outDir?: string }).outDir;
	} catch {
		return undefined;
	}
}

/** The files of the build's pages and endpoints (Astro's `assets`), by their paths relative to `dir`. */
function madeByRoutes(dir: string, assets: Map<string, URL[]>): Set<string> {
	const made = new Set<string>();
	for (const urls of assets.values()) {
		for (const url of urls) {
			const path = relative(dir, fileURLToPath(url)).split(sep).join('/');
			if (path && !path.startsWith('..')) made.add(path);
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
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': () => {
				if (lastOutDir(cacheDir) !== outDir) emptyOutDir(outDir);
				before = snapshotOutput(outDir);
			},
			'astro:build:done': ({ assets, logger }) => {
				if (!before) return;
				const deleted = pruneUnwritten(outDir, before, madeByRoutes(outDir, assets));
				before = undefined;
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(join(cacheDir, LAST_OUT_DIR), JSON.stringify({ outDir }));
				if (deleted.length === 0) return;
				const shown = deleted.slice(0, 3).join(', ') + (deleted.length > 3 ? ', …' : '');
				logger.info(`deleted ${countOf(deleted.length, 'file')} of the last build that this one did not make: ${shown}`);
			},
		},
	};
}
