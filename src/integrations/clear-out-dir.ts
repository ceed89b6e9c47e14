/**
 * Empties `dist/` at the start of a build without waiting: at `astro:build:start`, just before
 * Astro empties the output folder file by file, every entry but `.git` (which Astro keeps too) is
 * moved into a trash folder beside Astro's cache and deleted in the background. The output of a
 * large site is tens of thousands of files, seconds of deleting on the build's path.
 */
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Moves each path into a new folder under `trashRoot` and starts deleting everything there,
 * including what earlier builds left. A path that cannot be moved (another file system) is left
 * where it is.
 */
export function moveToTrash(paths: readonly string[], trashRoot: string): void {
	const bin = join(trashRoot, `${process.pid}-${Date.now()}`);
	mkdirSync(bin, { recursive: true });
	paths.forEach((path, n) => {
		try {
			renameSync(path, join(bin, String(n)));
		} catch {
			// left for Astro to delete, as it would have
		}
	});
	for (const name of readdirSync(trashRoot)) void rm(join(trashRoot, name), { recursive: true, force: true }).catch(() => {});
}

/** The integration; list it in `astro.config.mjs`. */
export function clearOutDir(): AstroIntegration {
	let outDir = '';
	let trash = '';
	let empties = true;
	return {
		name: 'dateline-clear-out-dir',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				trash = join(fileURLToPath(config.cacheDir), 'dateline-trash');
				empties = config.vite?.build?.emptyOutDir !== false;
			},
			'astro:build:start': () => {
				if (!empties || !existsSync(outDir)) return;
				moveToTrash(
					readdirSync(outDir).filter((name) => name !== '.git').map((name) => join(outDir, name)),
					trash,
				);
			},
		},
	};
}
