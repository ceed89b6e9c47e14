import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pruneOutDir, pruneUnwritten, snapshotOutput } from '../../src/integrations/prune-out-dir.ts';

let work = '';
let dist = '';
beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'dateline-prune-'));
	dist = join(work, 'dist');
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

/** What a previous build left: pages, a data file, a search bundle linked from a cache, and Git's folder. */
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
	mkdirSync(join(work, 'cache'), { recursive: true });
	writeFileSync(join(work, 'cache/fragment.pf'), 'bundle');
	mkdirSync(join(dist, 'pagefind'), { recursive: true });
	rmSync(join(dist, 'pagefind/fragment.pf'), { force: true });
	linkSync(join(work, 'cache/fragment.pf'), join(dist, 'pagefind/fragment.pf'));
}

describe('keeping dist/ and deleting what a build did not write', () => {
	it('notes nothing for a folder that does not exist yet', () => {
		expect(snapshotOutput(dist).size).toBe(0);
		expect(pruneUnwritten(dist, snapshotOutput(dist))).toEqual([]);
	});

	it('deletes every file not written since the note, and the folders it leaves empty; keeps .git', () => {
		lastBuild();
		const before = snapshotOutput(dist);
		expect([...before.keys()].sort()).toEqual(['actors/gone/index.html', 'articles/copied/index.html', 'articles/gone/index.html', 'articles/kept/index.html', 'articles/rewritten-same/index.html', 'data/old.csv', 'data/quotes.json', 'index.html', 'pagefind/fragment.pf']);
		// this build: pages written again (one with the very same bytes), one copied over the old file as
		// Astro copies a page from its cache, the bundle placed again as a new hard link, a new page
		write({ 'index.html': 'home 2', 'articles/kept/index.html': 'kept 2', 'articles/rewritten-same/index.html': 'same', 'data/quotes.json': '[1]', 'articles/new/index.html': 'new' });
		writeFileSync(join(work, 'cached-page.html'), 'copied');
		copyFileSync(join(work, 'cached-page.html'), join(dist, 'articles/copied/index.html'));
		rmSync(join(dist, 'pagefind/fragment.pf'));
		linkSync(join(work, 'cache/fragment.pf'), join(dist, 'pagefind/fragment.pf'));

		expect(pruneUnwritten(dist, before)).toEqual(['actors/gone/index.html', 'articles/gone/index.html', 'data/old.csv']);
		expect(left()).toEqual(['.git/HEAD', 'articles/copied/index.html', 'articles/kept/index.html', 'articles/new/index.html', 'articles/rewritten-same/index.html', 'data/quotes.json', 'index.html', 'pagefind/fragment.pf']);
		expect(existsSync(join(dist, 'actors'))).toBe(false);
		expect(existsSync(join(dist, 'articles/gone'))).toBe(false);
	});

	it('deletes a file replaced by another since the note only when the new one is gone too', () => {
		write({ 'a.html': 'a', 'b.html': 'b' });
		const before = snapshotOutput(dist);
		rmSync(join(dist, 'a.html'));
		write({ 'a.html': 'a again' });
		rmSync(join(dist, 'b.html'));
		expect(pruneUnwritten(dist, before)).toEqual([]);
		expect(left()).toEqual(['a.html']);
	});
});

describe('the integration', () => {
	type Hook = (options: unknown) => void;
	const info = vi.fn();
	beforeEach(() => info.mockReset());

	/** The integration's hooks, configured for `dist` and a cache folder beside it. */
	function hooks(): Record<string, Hook> {
		const all = pruneOutDir().hooks as Record<string, Hook>;
		all['astro:config:done']?.({ config: { outDir: pathToFileURL(`${dist}/`), cacheDir: pathToFileURL(`${work}/.astro/`) } });
		return all;
	}

	/** One build: `make` writes what the build writes; `listed` are the files Astro lists as its pages'. */
	function build(make: () => void, listed: string[] = []): void {
		const integration = hooks();
		integration['astro:build:start']?.({});
		make();
		integration['astro:build:done']?.({ assets: new Map([['/[...page]', listed.map((path) => pathToFileURL(join(dist, path)))]]), logger: { info } });
	}

	it('tells Astro not to empty dist/ itself', () => {
		const updateConfig = vi.fn();
		(pruneOutDir().hooks as Record<string, Hook>)['astro:config:setup']?.({ updateConfig });
		expect(updateConfig).toHaveBeenCalledWith({ vite: { build: { emptyOutDir: false } } });
	});

	it('empties dist/ (but .git) before a build when no build of this cache wrote it', () => {
		lastBuild();
		build(() => write({ 'index.html': 'home 2' }));
		expect(left()).toEqual(['.git/HEAD', 'index.html']);
		expect(info).not.toHaveBeenCalled();
	});

	it('keeps dist/ when the last build of this cache wrote it, then deletes what the build neither wrote nor listed, and says how much', () => {
		lastBuild();
		build(() => write({ 'index.html': 'home' }));
		lastBuild();
		// a page Astro keeps as it is (its key unchanged), one it writes, a data file it writes
		build(() => write({ 'index.html': 'home 2', 'data/quotes.json': '[2]' }), ['articles/kept/index.html', 'index.html', 'data/quotes.json']);
		expect(left()).toEqual(['.git/HEAD', 'articles/kept/index.html', 'data/quotes.json', 'index.html']);
		expect(info).toHaveBeenCalledOnce();
		expect(info.mock.calls[0]?.[0]).toMatch(/^deleted 6 files of the last build that this one did not make: actors\/gone\/index\.html, articles\/copied\/index\.html, articles\/gone\/index\.html, …$/);
	});

	it('empties dist/ when the last build of this cache wrote another folder', () => {
		write({ 'stale/index.html': 'from long ago' });
		build(() => write({ 'index.html': 'home' }));
		const other = hooks();
		other['astro:config:done']?.({ config: { outDir: pathToFileURL(`${work}/elsewhere/`), cacheDir: pathToFileURL(`${work}/.astro/`) } });
		other['astro:build:start']?.({});
		other['astro:build:done']?.({ assets: new Map(), logger: { info } });
		write({ 'stale/index.html': 'put back by hand' });
		build(() => write({ 'index.html': 'home' }), ['stale/index.html']);
		expect(left()).toEqual(['index.html']);
	});
});
