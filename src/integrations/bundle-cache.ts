/**
 * Search bundles kept between builds: when the pages and records a scope indexes are the same as in
 * an earlier build, its Pagefind bundle is linked back into `dist/` instead of being built again.
 * One bundle is kept per scope, under `<cacheDir>/dateline-pagefind/<bundle>/<digest>/`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A digest of everything a bundle is made from, in order. */
export function bundleDigest(parts: Iterable<string | Buffer>): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('hex').slice(0, 32);
}

/** Links the kept bundle of this digest into `target`; false when none is kept. */
export function restoreBundle(cacheRoot: string, bundle: string, digest: string, target: string): boolean {
	const kept = join(cacheRoot, bundle, digest);
	if (!existsSync(join(kept, 'pagefind-entry.json'))) return false;
	rmSync(target, { recursive: true, force: true });
	linkTree(kept, target);
	return true;
}

/** Keeps the bundle just written to `source` under its digest, in place of the one kept before. */
export function keepBundle(cacheRoot: string, bundle: string, digest: string, source: string): void {
	const folder = join(cacheRoot, bundle);
	rmSync(folder, { recursive: true, force: true });
	linkTree(source, join(folder, digest));
}

/** Recreates the tree `from` at `to`, each file a hard link (a copy where links are not possible). */
export function linkTree(from: string, to: string): void {
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory()) linkTree(source, target);
		else {
			try {
				linkSync(source, target);
			} catch {
				copyFileSync(source, target);
			}
		}
	}
}
