import { describe, expect, it } from 'vitest';
import { articleIdsKey, articlesKey, keyedBy } from '../../src/lib/page-keys.ts';

describe('keyedBy', () => {
	it('keeps each path and keys it with what the function gives', () => {
		const paths = [
			{ params: { id: 'a' }, props: { version: 'a 1f 9c' } },
			{ params: { id: 'b' }, props: { version: 'b 2e 7d' } },
		];
		expect(keyedBy(paths, ({ props }) => props.version)).toEqual([
			{ params: { id: 'a' }, props: { version: 'a 1f 9c' }, cacheKey: 'a 1f 9c' },
			{ params: { id: 'b' }, props: { version: 'b 2e 7d' }, cacheKey: 'b 2e 7d' },
		]);
	});
});

describe('articlesKey', () => {
	const entry = (article: string) => ({ data: { article: { id: article } } });
	const versions = new Map([
		['harbour', 'harbour k1 h1'],
		['ferry', 'ferry k2 h2'],
		['council', 'council k3 h3'],
	]);
	const actor = { name: 'Mara Lindqvist', articles: ['harbour', 'ferry'] };

	it('is a digest of the summary and the versions of the articles the entries come from', () => {
		const key = articlesKey(actor, [entry('harbour'), entry('ferry'), entry('harbour')], versions);
		expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
		// the same articles, whatever the entries' order and number
		expect(articlesKey(structuredClone(actor), [entry('ferry'), entry('harbour')], versions)).toBe(key);
		// an article none of the entries comes from does not count
		expect(articlesKey(actor, [entry('harbour'), entry('ferry')], new Map([...versions, ['council', 'council k9 h9']]))).toBe(key);
		// named by their ids (a page of the article list), the same articles give the same key
		expect(articleIdsKey(actor, ['ferry', 'harbour'], versions)).toBe(key);
	});

	it('changes with the version of an article an entry comes from, with the articles, and with the summary', () => {
		const key = articlesKey(actor, [entry('harbour'), entry('ferry')], versions);
		expect(articlesKey(actor, [entry('harbour'), entry('ferry')], new Map([...versions, ['ferry', 'ferry k2 h7']]))).not.toBe(key);
		expect(articlesKey(actor, [entry('harbour')], versions)).not.toBe(key);
		expect(articlesKey({ ...actor, name: 'Mara Lindqvist-Okafor' }, [entry('harbour'), entry('ferry')], versions)).not.toBe(key);
	});
});
