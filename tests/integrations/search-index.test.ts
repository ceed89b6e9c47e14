import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlesLoader } from '../../src/content-layer/loader.ts';
import { readArticleIndex, readRecordsCorpus, recordsCorpusDigest } from '../../src/content-layer/records-corpus.ts';
import { buildSearchBundles, PAGEFIND_UI_FILES, type SearchIndexOptions } from '../../src/integrations/search-index.ts';
import { shardOf } from '../../src/lib/search-bundles.ts';
import { fakeContext } from '../content-layer/fake-context.ts';

let root = '';
let options: SearchIndexOptions;
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'dateline-search-index-'));
	await cp(new URL('../fixtures/content/valid/', import.meta.url), join(root, 'content/articles'), { recursive: true });
	await articlesLoader().load(fakeContext(root).context);
	options = { recordsDir: join(root, '.cache/dateline-records'), registryFile: join(root, 'content/actors.yaml'), base: '/news', cacheRoot: join(root, '.cache/dateline-pagefind'), format: 'test' };
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

/** Pages and records in a bundle, as Pagefind counts them. */
async function pageCount(folder: string): Promise<number> {
	return (JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { page_count: number } } }).languages.en.page_count;
}

describe('the corpus read from the records folder', () => {
	it('lists the loaded articles in id order and builds the site-wide lists from their analyses alone', async () => {
		// no annotated HTML is read: the records' page parts can be gone
		for (const article of readArticleIndex(options.recordsDir)) await rm(join(options.recordsDir, `${article.data.record}.json`));
		const corpus = readRecordsCorpus(options);
		expect(corpus.articles.map((article) => article.id)).toEqual(['harbour-vote', 'lighthouse']);
		// "Work starts in June," said Mayor Ines Okonkwo-Barros: the fixtures' one quote
		expect(corpus.quotes.map((quote) => [quote.id, quote.data.speakerName])).toEqual([['harbour-vote--q1', 'Ines Okonkwo-Barros']]);
		expect(corpus.actors.map((actor) => actor.data.name)).toContain('Adaeze Marlow');
		// "voted 7-2 on Thursday" is a claim; a corpus read without claims lists none
		expect(corpus.claims.length).toBeGreaterThan(0);
		expect(readRecordsCorpus(options, { claims: false }).claims).toEqual([]);
	});

	it('is digested from the list of articles: a record made again under the same key changes the digest', () => {
		const articles = readArticleIndex(options.recordsDir);
		const digest = recordsCorpusDigest(articles);
		expect(recordsCorpusDigest(readArticleIndex(options.recordsDir))).toBe(digest);
		const [first, ...rest] = articles;
		expect(recordsCorpusDigest([{ ...first!, data: { ...first!.data, recordHash: 'rewritten' } }, ...rest])).not.toBe(digest);
	});
});

describe('the search indexer', () => {
	it('indexes every article and actor, the quotes of each speaker in an article and the events of each article into a bundle per scope, and reuses the bundles whose records did not change', async () => {
		const { actors } = readRecordsCorpus(options);
		const first = await buildSearchBundles(options);
		expect(first.map(({ bundle, records, reused }) => [bundle, records, reused])).toEqual([
			['pagefind', 2 + actors.length, false],
			// the mayor's one quote; both articles have events ("voted … on Thursday", "elected … on Wednesday")
			['pagefind-quotes', 1, false],
			['pagefind-events', 2, false],
		]);
		for (const { kept, records } of first) await expect(pageCount(kept)).resolves.toBe(records);
		// what the search page loads is there; Pagefind's own UIs are not
		for (const { kept } of first) {
			expect(['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind'].filter((name) => !existsSync(join(kept, name)))).toEqual([]);
			expect(PAGEFIND_UI_FILES.filter((name) => existsSync(join(kept, name)))).toEqual([]);
		}
		// the same corpus again: its bundles are found from the list of articles alone, no record is read
		const harbour = readRecordsCorpus(options).articles[0]!;
		const files = [`${harbour.data.record}.json`, `${harbour.data.record}.analysis.json`].map((name) => join(options.recordsDir, name));
		const saved = await Promise.all(files.map((file) => readFile(file, 'utf8')));
		await Promise.all(files.map((file) => rm(file)));
		expect((await buildSearchBundles(options)).map(({ reused }) => reused)).toEqual([true, true, true]);
		await Promise.all(files.map((file, index) => writeFile(file, saved[index]!)));
		// a byline changes the article's record only: the quote and event bundles are kept
		const file = join(root, 'content/articles/lighthouse.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace('fictional: true', 'author: Tove Lindahl\nfictional: true'));
		await articlesLoader().load(fakeContext(root).context);
		const third = await buildSearchBundles(options);
		expect(third.map(({ bundle, reused }) => [bundle, reused])).toEqual([
			['pagefind', false],
			['pagefind-quotes', true],
			['pagefind-events', true],
		]);
	});

	it('splits every scope into shards by article on a larger site, and an edit re-indexes the edited article’s shards only', async () => {
		// 260 short fictional articles: two shards per scope
		const dir = join(root, 'content/articles');
		await rm(dir, { recursive: true });
		await mkdir(dir, { recursive: true });
		const body = (n: number, words: string) =>
			`---\ntitle: "Tarrow ferry board meeting ${n}"\ndate: 2024-03-${String(1 + (n % 28)).padStart(2, '0')}\nfictional: true\n---\n\nThe Tarrow Ferry Board met on Tuesday about route ${n}. "${words}," said board chair Oriel Vantongeren.\n`;
		const ids = Array.from({ length: 260 }, (_, n) => `meeting-${n}`);
		await Promise.all(ids.map((id, n) => writeFile(join(dir, `${id}.md`), body(n, 'We will add a stop at Quill Point'))));
		await articlesLoader().load(fakeContext(root).context);
		const { actors } = readRecordsCorpus(options);
		const first = await buildSearchBundles(options);
		expect(first.map(({ bundle, shard, reused }) => [bundle, shard, reused])).toEqual([
			['pagefind', 0, false],
			['pagefind-2', 1, false],
			['pagefind-quotes', 0, false],
			['pagefind-quotes-2', 1, false],
			['pagefind-events', 0, false],
			['pagefind-events-2', 1, false],
		]);
		// each shard holds the records of the articles its ids give it; the actors are in the first
		const inShard = (shard: number) => ids.filter((id) => shardOf(id, 2) === shard).length;
		expect(first.map(({ records }) => records)).toEqual([inShard(0) + actors.length, inShard(1), inShard(0), inShard(1), inShard(0), inShard(1)]);
		for (const { kept, records } of first) await expect(pageCount(kept)).resolves.toBe(records);
		// an article's result loads a fragment file of its own; about eight quote or event records share one
		const fragments = (kept: string) => readdirSync(join(kept, 'fragment')).length;
		for (const { scope, kept, records } of first) {
			if (scope === 'articles') expect(fragments(kept)).toBe(records);
			else expect(fragments(kept)).toBeLessThanOrEqual(Math.ceil(records / 8));
		}
		// a quote of one article changes: its article and quote shards are indexed again, nothing else
		const edited = ids.find((id) => shardOf(id, 2) === 1)!;
		await writeFile(join(dir, `${edited}.md`), body(ids.indexOf(edited), 'We will add two stops at Quill Point'));
		await articlesLoader().load(fakeContext(root).context);
		// the articles of the kept shard are not read again, only their analyses: their annotated HTML can be gone
		const untouched = readArticleIndex(options.recordsDir).find((article) => shardOf(article.id, 2) === 0)!;
		await rm(join(options.recordsDir, `${untouched.data.record}.json`));
		const second = await buildSearchBundles(options);
		expect(second.map(({ bundle, reused }) => [bundle, reused])).toEqual([
			['pagefind', true],
			['pagefind-2', false],
			['pagefind-quotes', true],
			['pagefind-quotes-2', false],
			['pagefind-events', true],
			['pagefind-events-2', true],
		]);
	}, 60_000);
});
