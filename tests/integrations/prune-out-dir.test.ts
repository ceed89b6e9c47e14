import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coarseTimes, OUTPUT_RECORD, pruneOutDir, pruneUnwritten, snapshotOutput } from '../../src/integrations/prune-out-dir.ts';

let work = '';
let dist = '';
let cache = '';
beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'dateline-prune-'));
	dist = join(work, 'dist');
	cache = join(work, '.astro');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Writes each file (path relative to `dist`) with its folders. */
function write(files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dist, path, '..'), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
}

/** Every file left under `dist`, sorted. */
function left(folder = dist, prefix = ''): string[] {
	return readdirSync(folder, { withFileTypes: true })
		.flatMap((entry) => (entry.isDirectory() ? left(join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
		.sort();
}

/** What a previous build left: pages, data files, a search bundle linked from a cache, and Git's folder. */
function lastBuild(): void {
	write({
		'index.html': 'home',
		'articles/kept/index.html': 'kept',
		'articles/rewritten-same/index.html': 'same',
		'articles/copied/index.html': 'old',
		'articles/gone/index.html': 'gone',
		'actors/gone/index.html': 'gone',
		'data/quotes.json': '[]',
		'data/old.csv': 'a,b',
		'.git/HEAD': 'ref',
	});
	mkdirSync(join(work, 'bundles'), { recursive: true });
	writeFileSync(join(work, 'bundles/fragment.pf'), 'bundle');
	mkdirSync(join(dist, 'pagefind'), { recursive: true });
	rmSync(join(dist, 'pagefind/fragment.pf'), { force: true });
	linkSync(join(work, 'bundles/fragment.pf'), join(dist, 'pagefind/fragment.pf'));
}

describe('deleting what a build did not write', () => {
	it('notes nothing for a folder that does not exist yet', () => {
		expect(snapshotOutput(dist).files.size).toBe(0);
		expect(pruneUnwritten(dist, snapshotOutput(dist)).deleted).toEqual([]);
	});

	it('deletes every file neither written since the note nor listed, the folders that leaves empty and those that were; keeps .git', () => {
		lastBuild();
		mkdirSync(join(dist, 'empty/inside'), { recursive: true });
		const before = snapshotOutput(dist);
		expect([...before.files.keys()].sort()).toEqual(['actors/gone/index.html', 'articles/copied/index.html', 'articles/gone/index.html', 'articles/kept/index.html', 'articles/rewritten-same/index.html', 'data/old.csv', 'data/quotes.json', 'index.html', 'pagefind/fragment.pf']);
		expect(before.emptyFolders).toEqual(['empty/inside']);
		// this build: pages written again (one with the very same bytes), one copied over the old file as
		// Astro copies a page from its cache, the bundle placed again as a new hard link, a new page, and
		// a page Astro lists as its own without writing it (its key unchanged)
		write({ 'index.html': 'home 2', 'articles/rewritten-same/index.html': 'same', 'data/quotes.json': '[1]', 'articles/new/index.html': 'new' });
		writeFileSync(join(work, 'cached-page.html'), 'copied');
		copyFileSync(join(work, 'cached-page.html'), join(dist, 'articles/copied/index.html'));
		rmSync(join(dist, 'pagefind/fragment.pf'));
		linkSync(join(work, 'bundles/fragment.pf'), join(dist, 'pagefind/fragment.pf'));

		const { deleted, left: kept } = pruneUnwritten(dist, before, new Set(['articles/kept/index.html']));
		expect(deleted).toEqual(['actors/gone/index.html', 'articles/gone/index.html', 'data/old.csv']);
		expect([...kept.keys()].sort()).toEqual(left().filter((path) => !path.startsWith('.git/')));
		expect(left()).toEqual(['.git/HEAD', 'articles/copied/index.html', 'articles/kept/index.html', 'articles/new/index.html', 'articles/rewritten-same/index.html', 'data/quotes.json', 'index.html', 'pagefind/fragment.pf']);
		expect(existsSync(join(dist, 'actors'))).toBe(false);
		expect(existsSync(join(dist, 'articles/gone'))).toBe(false);
		expect(existsSync(join(dist, 'empty'))).toBe(false);
	});

	it('keeps a file deleted and made again since the note', () => {
		write({ 'a.html': 'a' });
		const before = snapshotOutput(dist);
		rmSync(join(dist, 'a.html'));
		write({ 'a.html': 'a again' });
		expect(pruneUnwritten(dist, before).deleted).toEqual([]);
		expect(left()).toEqual(['a.html']);
	});

	it('tells times of whole seconds (a file system that cannot tell a rewrite within the second)', () => {
		expect(coarseTimes(['12:1700000000000000000', '13:1700000002000000000'])).toBe(true);
		expect(coarseTimes(['12:1700000000000000000', '13:1700000002000004000'])).toBe(false);
		expect(coarseTimes([])).toBe(false);
	});
});

describe('the integration', () => {
	type Hook = (options: unknown) => void;
	const info = vi.fn();
	beforeEach(() => info.mockReset());

	/** The integration's hooks, configured for `outDir` (dist by default) and the cache folder. */
	function hooks(outDir = dist): Record<string, Hook> {
		const all = pruneOutDir().hooks as Record<string, Hook>;
		all['astro:config:done']?.({ config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cache}/`) } });
		return all;
	}

	/** One build: `make` writes what the build writes; `listed` are the files Astro lists as its pages'. */
	function build(make: () => void, listed: string[] = [], outDir = dist): void {
		const integration = hooks(outDir);
		integration['astro:build:start']?.({});
		make();
		integration['astro:build:done']?.({ assets: new Map([['/[...page]', listed.map((path) => pathToFileURL(join(outDir, path)))]]), logger: { info } });
	}

	it('tells Astro not to empty dist/ itself, in a build only', () => {
		const updateConfig = vi.fn();
		const setup = (pruneOutDir().hooks as Record<string, Hook>)['astro:config:setup'];
		setup?.({ command: 'dev', updateConfig });
		expect(updateConfig).not.toHaveBeenCalled();
		setup?.({ command: 'build', updateConfig });
		expect(updateConfig).toHaveBeenCalledWith({ vite: { build: { emptyOutDir: false } } });
	});

	it('empties dist/ (but .git) before a build when no build of this cache finished into it', () => {
		lastBuild();
		build(() => write({ 'index.html': 'home 2' }));
		expect(left()).toEqual(['.git/HEAD', 'index.html']);
		expect(info).not.toHaveBeenCalled();
	});

	it('keeps dist/ as the last build of this cache left it, then deletes what the build neither wrote nor listed, and says how much', () => {
		build(lastBuild, ['index.html', 'articles/kept/index.html', 'articles/rewritten-same/index.html', 'articles/copied/index.html', 'articles/gone/index.html', 'actors/gone/index.html', 'data/quotes.json', 'data/old.csv']);
		// a page Astro keeps as it is (its key unchanged), one it writes, a data file it writes
		build(() => write({ 'index.html': 'home 2', 'data/quotes.json': '[2]' }), ['articles/kept/index.html', 'index.html', 'data/quotes.json']);
		expect(left()).toEqual(['.git/HEAD', 'articles/kept/index.html', 'data/quotes.json', 'index.html']);
		expect(info).toHaveBeenCalledOnce();
		expect(info.mock.calls[0]?.[0]).toBe('deleted 6 files of the last build that this one did not make: actors/gone/index.html, articles/copied/index.html, articles/gone/index.html, …');
	});

	it('deletes before the build what changed since the last build: edited in place, added by hand, linked into a copy of the folder', () => {
		build(() => write({ 'edited.html': 'a', 'linked.html': 'b', 'kept.html': 'c' }), ['edited.html', 'linked.html', 'kept.html']);
		writeFileSync(join(dist, 'edited.html'), 'changed after the build');
		write({ 'added.html': 'by hand' });
		mkdirSync(join(work, 'release'));
		linkSync(join(dist, 'linked.html'), join(work, 'release/linked.html'));
		const seen: string[][] = [];
		// the build writes nothing and lists every page as kept: only what was as the last build left it stays
		build(() => seen.push(left()), ['edited.html', 'linked.html', 'kept.html', 'added.html']);
		expect(seen).toEqual([['kept.html']]);
		expect(readFileSync(join(work, 'release/linked.html'), 'utf8')).toBe('b');
	});

	it('empties dist/ when the last build of this cache wrote another folder, or did not finish', () => {
		build(() => write({ 'index.html': 'home' }), ['index.html']);
		build(() => {}, [], join(work, 'elsewhere'));
		build(() => {}, ['index.html']);
		expect(left()).toEqual([]);

		build(() => write({ 'index.html': 'home' }), ['index.html']);
		hooks()['astro:build:start']?.({});
		expect(existsSync(join(cache, OUTPUT_RECORD))).toBe(false);
		// that build stopped; the next one finds no record
		build(() => {}, ['index.html']);
		expect(left()).toEqual([]);
	});
});
