/**
 * Search bundles kept between builds: Pagefind writes each scope's bundle into
 * `<cacheDir>/dateline-pagefind/<bundle>/<digest>/`, named by a digest of everything it was made
 * from, and the build copies it into `dist/`. When a scope's records are the same as in an earlier
 * build, the kept bundle is copied again instead of being built again. One bundle is kept per scope.
 * Files are copied, not linked, so that whatever a deployment does to `dist/` cannot reach the kept
 * bundle (copy-on-write clones where the file system has them).
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A digest of everything a bundle is made from, in order. */
export function bundleDigest(parts: Iterable<string | Buffer>): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\u0000');
	return hash.digest('hex').slice(0, 32);
}

/** The folder of the kept bundle of this digest, or undefined when none is kept. */
export function keptBundle(cacheRoot: string, bundle: string, digest: string): string | undefined {
	const kept = join(cacheRoot, bundle, digest);
	return existsSync(join(kept, 'pagefind-entry.json')) ? kept : undefined;
}

/**
 * Keeps a new bundle: `write` writes it into the folder it is given, which then becomes the kept
 * bundle of `digest` in place of the one kept before (a bundle half written is never kept).
 */
export async function keepNewBundle(cacheRoot: string, bundle: string, digest: string, write: (folder: string) => Promise<void>): Promise<string> {
	const folder = join(cacheRoot, bundle);
	const partial = join(folder, `${digest}.partial`);
	rmSync(partial, { recursive: true, force: true });
	try {
		await write(partial);
	} catch (error) {
		rmSync(partial, { recursive: true, force: true });
		throw error;
	}
	for (const name of existsSync(folder) ? readdirSync(folder) : []) {
		if (name !== `${digest}.partial`) rmSync(join(folder, name), { recursive: true, force: true });
	}
	const kept = join(folder, digest);
	renameSync(partial, kept);
	return kept;
}

/** The bundles last made of a whole corpus: the corpus's digest, and each bundle's digest and number of records. */
export interface CorpusBundles {
	corpus: string;
	bundles: Record<string, { digest: string; records: number }>;
}

const CORPUS_BUNDLES = 'corpus.json';

/** What the last complete indexing made, or undefined. */
export function readCorpusBundles(cacheRoot: string): CorpusBundles | undefined {
	try {
		return JSON.parse(readFileSync(join(cacheRoot, CORPUS_BUNDLES), 'utf8')) as CorpusBundles;
	} catch {
		return undefined;
	}
}

/** Notes which bundles a corpus made, so the next build of the same corpus finds them without reading it. */
export function writeCorpusBundles(cacheRoot: string, made: CorpusBundles): void {
	mkdirSync(cacheRoot, { recursive: true });
	writeFileSync(join(cacheRoot, CORPUS_BUNDLES), JSON.stringify(made));
}

/** Copies a kept bundle to `target`, replacing what was there. */
export function copyBundle(kept: string, target: string): void {
	rmSync(target, { recursive: true, force: true });
	copyTree(kept, target);
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
