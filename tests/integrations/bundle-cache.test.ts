import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleDigest, keepBundle, restoreBundle } from '../../src/integrations/bundle-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-bundles-'));
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A small stand-in for a Pagefind bundle. */
function writeBundle(dir: string, marker: string): void {
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

	it('copies a kept bundle back for the same digest, misses for another, and keeps one bundle a scope', () => {
		const cache = join(work, 'cache');
		const dist = join(work, 'dist', 'pagefind');
		writeBundle(dist, 'first');
		keepBundle(cache, 'pagefind', 'd1', dist);
		// the next build starts from an empty dist/
		rmSync(join(work, 'dist'), { recursive: true });
		expect(restoreBundle(cache, 'pagefind', 'd2', dist)).toBe(false);
		expect(restoreBundle(cache, 'pagefind', 'd1', dist)).toBe(true);
		expect(readFileSync(join(dist, 'fragment', 'en_1.pf_fragment'), 'utf8')).toBe('first');
		// a copy: what is done to dist/ does not reach the kept bundle
		writeFileSync(join(dist, 'pagefind-entry.json'), 'changed in dist');
		expect(readFileSync(join(cache, 'pagefind', 'd1', 'pagefind-entry.json'), 'utf8')).toBe('{"marker":"first"}');
		// a new bundle replaces the kept one
		rmSync(join(work, 'dist'), { recursive: true });
		writeBundle(dist, 'second');
		keepBundle(cache, 'pagefind', 'd2', dist);
		expect(readdirSync(join(cache, 'pagefind'))).toEqual(['d2']);
		expect(restoreBundle(cache, 'pagefind', 'd1', dist)).toBe(false);
	});
});
