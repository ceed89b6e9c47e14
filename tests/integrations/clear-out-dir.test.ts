import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearOutDir, moveToTrash } from '../../src/integrations/clear-out-dir.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-trash-'));
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A folder of a few files in sub-folders. */
function tree(root: string): void {
	for (const sub of ['a', 'b/c']) {
		mkdirSync(join(root, sub), { recursive: true });
		writeFileSync(join(root, sub, 'page.html'), '<p>x</p>');
	}
}

describe('the trash', () => {
	it('moves folders away at once and deletes them in the background, with what earlier builds left', async () => {
		const trash = join(work, 'trash');
		mkdirSync(join(trash, 'left-by-an-earlier-build'), { recursive: true });
		tree(join(work, 'one'));
		writeFileSync(join(work, 'two.txt'), 'two');
		moveToTrash([join(work, 'one'), join(work, 'two.txt'), join(work, 'never-there')], trash);
		expect(existsSync(join(work, 'one'))).toBe(false);
		expect(existsSync(join(work, 'two.txt'))).toBe(false);
		await vi.waitFor(() => expect(readdirSync(trash)).toEqual([]), { timeout: 5000 });
	});
});

describe('emptying dist/ before Astro does', () => {
	it('moves out everything but .git, at build time only', async () => {
		const outDir = join(work, 'dist');
		tree(outDir);
		tree(join(outDir, '.git'));
		const hooks = clearOutDir().hooks as Record<string, (options: unknown) => void>;
		hooks['astro:config:done']?.({ config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${work}/.astro/`), vite: {} } });
		expect(readdirSync(outDir).sort()).toEqual(['.git', 'a', 'b']);
		hooks['astro:build:start']?.({});
		expect(readdirSync(outDir)).toEqual(['.git']);
		expect(readdirSync(join(outDir, '.git')).sort()).toEqual(['a', 'b']);
		await vi.waitFor(() => expect(readdirSync(join(work, '.astro/dateline-trash'))).toEqual([]), { timeout: 5000 });
	});

	it('leaves dist/ to Astro when the project keeps it (vite.build.emptyOutDir: false)', () => {
		const outDir = join(work, 'dist');
		tree(outDir);
		const hooks = clearOutDir().hooks as Record<string, (options: unknown) => void>;
		hooks['astro:config:done']?.({ config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${work}/.astro/`), vite: { build: { emptyOutDir: false } } } });
		hooks['astro:build:start']?.({});
		expect(readdirSync(outDir).sort()).toEqual(['a', 'b']);
	});
});
