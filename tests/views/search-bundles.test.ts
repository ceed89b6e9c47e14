import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_SHARD, isBundlePath, MAX_SHARDS, scopeBundles, shardBundle, shardCount, shardOf } from '../../src/lib/search-bundles.ts';

describe('search shards', () => {
	it('adds a shard for every 250 articles, up to four', () => {
		expect(ARTICLES_PER_SHARD).toBe(250);
		expect(MAX_SHARDS).toBe(4);
		expect([0, 1, 250, 251, 500, 501, 1000, 1001, 5000].map(shardCount)).toEqual([1, 1, 1, 2, 2, 3, 4, 4, 4]);
	});

	it('names the first shard of a scope by the scope alone and the others by their number', () => {
		expect(scopeBundles('articles', 1)).toEqual(['pagefind']);
		expect(scopeBundles('articles', 3)).toEqual(['pagefind', 'pagefind-2', 'pagefind-3']);
		expect(scopeBundles('quotes', 2)).toEqual(['pagefind-quotes', 'pagefind-quotes-2']);
		expect(shardBundle('events', 3)).toBe('pagefind-events-4');
	});

	it('places an article by its id alone: the same shard every time, actors in the first, all shards used', () => {
		expect(shardOf('harbour-vote', 4)).toBe(shardOf('harbour-vote', 4));
		expect(shardOf('harbour-vote', 1)).toBe(0);
		expect(shardOf(undefined, 4)).toBe(0);
		// FNV-1a of the id, modulo the shards
		expect(shardOf('a', 4)).toBe(0xe40c292c % 4);
		const counts = [0, 0, 0, 0];
		for (let i = 0; i < 1000; i += 1) counts[shardOf(`2024/article-${i}`, 4)]! += 1;
		for (const count of counts) expect(count).toBeGreaterThan(200);
	});

	it('tells the paths of search bundles from other paths of the site', () => {
		expect(['pagefind/pagefind.js', 'pagefind-2/pagefind-entry.json', 'pagefind-quotes/index/en_1.pf_index', 'pagefind-events-4/pagefind.js'].map(isBundlePath)).toEqual([true, true, true, true]);
		expect(['pagefinder/x.js', 'articles/pagefind/', 'pagefind', 'search/index.html'].map(isBundlePath)).toEqual([false, false, false, false]);
	});
});
