/**
 * Search bundles kept between builds: when the pages and records a scope indexes are the same as in
 * an earlier build, its Pagefind bundle is copied back into `dist/` instead of being built again.
 * One bundle is kept per scope, under `<cacheDir>/dateline-pagefind/<bundle>/<digest>/`. Files are
 * copied, not linked, so that whatever a deployment does to `dist/` cannot reach the kept bundle
 * (copy-on-write clones where the file system has them).
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A digest of everything a bundle is made from, in order. */
export function bundleDigest(parts: Iterable<string | Buffer>): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('hex').slice(0, 32);
}

/** Copies the kept bundle of this digest to `target`; false when none is kept. */
export function restoreBundle(cacheRoot: string, bundle: string, digest: string, target: string): boolean {
	const kept = join(cacheRoot, bundle, digest);
	if (!existsSync(join(kept, 'pagefind-entry.json'))) return false;
	rmSync(target, { recursive: true, force: true });
	copyTree(kept, target);
	return true;
}

/** Keeps the bundle just written to `source` under its digest, in place of the one kept before. */
export function keepBundle(cacheRoot: string, bundle: string, digest: string, source: string): void {
	const folder = join(cacheRoot, bundle);
	rmSync(folder, { recursive: true, force: true });
	copyTree(source, join(folder, digest));
}

/** Copies the tree `from` to `to`, cloning files where the file system can. */
export function copyTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory()) copyTree(source, target);
		else copyFileSync(source, target, constants.COPYFILE_FICLONE);
	}
}
