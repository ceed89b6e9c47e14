import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleDigest, keepNewBundle, keptBundle, placeBundle } from '../../src/integrations/bundle-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-bundles-'));
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A small stand-in for a Pagefind bundle. */
async function writeBundle(dir: string, marker: string): Promise<void> {
	mkdirSync(join(dir, 'fragment'), { recursive: true });
	writeFileSync(join(dir, 'pagefind-entry.json'), `{"marker":"${marker}"}`);
	writeFileSync(join(dir, 'fragment', 'en_1.pf_fragment'), marker);
}

describe('kept search bundles', () => {
	it('digests the same input the same way, and different input differently', () => {
		expect(bundleDigest(['a', Buffer.from('b')])).toBe(bundleDigest(['a', 'b']));
		expect(bundleDigest(['ab'])).not.toBe(bundleDigest(['a', 'b']));
		expect(bundleDigest(['a', 'b'])).toMatch(/^[0-9a-f]{32}$/);
	});

	it('finds a kept bundle by its digest, places it into dist/ as links, and keeps one bundle a scope', async () => {
		const cache = join(work, 'cache');
		const dist = join(work, 'dist', 'pagefind');
		expect(keptBundle(cache, 'pagefind', 'd1')).toBeUndefined();
		const first = await keepNewBundle(cache, 'pagefind', 'd1', (folder) => writeBundle(folder, 'first'));
		expect(first).toBe(join(cache, 'pagefind', 'd1'));
		expect(keptBundle(cache, 'pagefind', 'd1')).toBe(first);
		expect(keptBundle(cache, 'pagefind', 'd2')).toBeUndefined();
		placeBundle(first, dist);
		expect(readFileSync(join(dist, 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('first');
		// a link: the same file, not a copy of it
		expect(statSync(join(dist, 'fragment', 'en_1.pf_fragment')).ino).toBe(statSync(join(first, 'fragment', 'en_1.pf_fragment')).ino);
		// a file replaced in dist/ does not reach the kept bundle, which stays in use
		rmSync(join(dist, 'pagefind-entry.json'));
		writeFileSync(join(dist, 'pagefind-entry.json'), 'replaced in dist');
		expect(readFileSync(join(first, 'pagefind-entry.json'), 'utf8')).toBe('{"marker":"first"}');
		expect(keptBundle(cache, 'pagefind', 'd1')).toBe(first);
		// a new bundle replaces the kept one, and replaces what dist/ held
		const second = await keepNewBundle(cache, 'pagefind', 'd2', (folder) => writeBundle(folder, 'second'));
		expect(readdirSync(join(cache, 'pagefind'))).toEqual(['d2', 'd2.files.json']);
		expect(keptBundle(cache, 'pagefind', 'd1')).toBeUndefined();
		placeBundle(second, dist);
		expect(readFileSync(join(dist, 'pagefind-entry.json'), 'utf8')).toBe('{"marker":"second"}');
	});

	it('uses a kept bundle no more once a file of it was changed in place through dist/', async () => {
		const cache = join(work, 'cache');
		const dist = join(work, 'dist', 'pagefind');
		const kept = await keepNewBundle(cache, 'pagefind', 'd1', (folder) => writeBundle(folder, 'first'));
		placeBundle(kept, dist);
		// written over in place, as a careless post-processing step would: the kept file changes with it
		writeFileSync(join(dist, 'fragment', 'en_1.pf_fragment'), 'minified');
		expect(readFileSync(join(kept, 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('minified');
		expect(keptBundle(cache, 'pagefind', 'd1')).toBeUndefined();
	});

	it('keeps nothing of a bundle whose writing failed, and leaves the kept one in place', async () => {
		const cache = join(work, 'cache');
		await keepNewBundle(cache, 'pagefind-quotes', 'd1', (folder) => writeBundle(folder, 'first'));
		const failing = keepNewBundle(cache, 'pagefind-quotes', 'd2', async (folder) => {
			await writeBundle(folder, 'half');
			throw new Error('Pagefind stopped');
		});
		await expect(failing).rejects.toThrow('Pagefind stopped');
		expect(keptBundle(cache, 'pagefind-quotes', 'd2')).toBeUndefined();
		expect(keptBundle(cache, 'pagefind-quotes', 'd1')).toBe(join(cache, 'pagefind-quotes', 'd1'));
	});
});
