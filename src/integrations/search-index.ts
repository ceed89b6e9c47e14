/**
 * The search indexer. It reads the corpus from the content layer's records (not from the built
 * pages), writes every search record (`src/lib/search-records.ts`) as a small HTML page into a
 * scratch folder, and builds one Pagefind bundle per search scope and shard into the bundle cache
 * (`bundle-cache.ts`), or finds the bundle an earlier build made of the same records.
 *
 * The Pagefind integration starts it on a worker thread at `astro:build:start`, when the content is
 * synced, so that indexing runs beside Astro's bundling and page rendering instead of after them,
 * and places the bundles into `dist/` (`placeBundle`), the last at the end of the build.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { readArticleIndex, readRecordsCorpus, recordsCorpusDigest, type IndexedArticle } from '../content-layer/records-corpus.ts';
import { articleVersion, readRecord } from '../content-layer/records.ts';
import { SEARCH_SCOPE_LIST, shardBundle, shardCount, shardOf, type SearchScope } from '../lib/search-bundles.ts';
import { articleSearchRecord, entrySearchRecords, recordPage, type SearchRecord } from '../lib/search-records.ts';
import { sitePaths } from '../lib/site-paths.ts';
import { bundleDigest, keepNewBundle, keptBundle, placeBundle, readCorpusBundles, writeCorpusBundles } from './bundle-cache.ts';

/** What the indexer reads and where it writes. */
export interface SearchIndexOptions {
	/** The content layer's records folder (`records.ts`). */
	recordsDir: string;
	/** The actor registry file. */
	registryFile: string;
	/** The site's base path: record addresses are under it. */
	base: string;
	/** Folder of the kept bundles. */
	cacheRoot: string;
	/** What a bundle depends on besides its records: Pagefind's version and how it is called. */
	format: string;
}

/** A bundle (one shard of a scope), ready to place into `dist/`. */
export interface ScopeBundle {
	scope: SearchScope;
	/** Which of the scope's shards it is, from 0. */
	shard: number;
	/** The bundle's folder name under `dist/`. */
	bundle: string;
	label: string;
	/** The digest of the record pages it was made of. */
	digest: string;
	/** The folder of the kept bundle. */
	kept: string;
	/** Whether it was kept from an earlier build rather than indexed now. */
	reused: boolean;
	/** How many records it holds. */
	records: number;
}

/**
 * About how many quote or event records share a fragment file: a result of those scopes downloads
 * its file (each record is a few hundred bytes gzip), and every file is one more for the build to
 * create, link into `dist/` and, after an edit, delete.
 */
export const RECORDS_PER_SHARED_FRAGMENT = 8;

/** Pagefind's `maxFragments` for a bundle of `records` quote or event records. */
function sharedFragmentFiles(records: number): number {
	return Math.max(1, Math.ceil(records / RECORDS_PER_SHARED_FRAGMENT));
}

/**
 * Builds (or finds kept) every bundle of every search scope (a bundle per shard,
 * `src/lib/search-bundles.ts`), calling `ready` with each as soon as it is. When the corpus is the
 * one the last complete run indexed, its bundles are used without reading the corpus; otherwise
 * each bundle whose records are the same as in an earlier run is kept, and the pages of the others
 * are written and indexed: an edit re-indexes the shards of the edited article only.
 */
export async function buildSearchBundles(options: SearchIndexOptions, ready: (bundle: ScopeBundle) => Promise<void> = async () => {}): Promise<ScopeBundle[]> {
	const articles = readArticleIndex(options.recordsDir);
	const shards = shardCount(articles.length);
	const corpus = bundleDigest([options.format, options.base, String(shards), recordsCorpusDigest(articles)]);
	const unchanged = keptForCorpus(options.cacheRoot, corpus, shards);
	if (unchanged) {
		for (const bundle of unchanged) await ready(bundle);
		return unchanged;
	}
	const scratch = await mkdtemp(join(scratchRoot(), 'dateline-search-'));
	try {
		const pages = searchPages(options, articles, shards, scratch);
		// which bundles are kept, before any is indexed: the pages of the others are written, and
		// nothing is held in memory while Pagefind runs
		const plans = SEARCH_SCOPE_LIST.flatMap(([scope, { label }]) =>
			pages[scope].map((written, shard) => {
				const bundle = shardBundle(scope, shard);
				const digest = bundleDigest([options.format, options.base, bundle, written.digest()]);
				const kept = keptBundle(options.cacheRoot, bundle, digest);
				if (kept) written.release();
				else written.flush();
				return { scope, shard, bundle, label, digest, kept, written };
			}),
		);
		const bundles: ScopeBundle[] = [];
		// one bundle after the other: side by side they would hold every index in memory at once
		for (const { scope, shard, bundle, label, digest, kept, written } of plans) {
			const made: ScopeBundle = {
				scope,
				shard,
				bundle,
				label,
				digest,
				kept: kept ?? (await keepNewBundle(options.cacheRoot, bundle, digest, (folder) => indexPages(written, folder, scope))),
				reused: kept !== undefined,
				records: written.count,
			};
			await ready(made);
			bundles.push(made);
		}
		writeCorpusBundles(options.cacheRoot, { corpus, bundles: Object.fromEntries(bundles.map(({ bundle, digest, records }) => [bundle, { digest, records }])) });
		return bundles;
	} finally {
		await close();
		await rm(scratch, { recursive: true, force: true });
	}
}

/** The kept bundles of every scope and shard when the last complete run indexed this very corpus, else undefined. */
function keptForCorpus(cacheRoot: string, corpus: string, shards: number): ScopeBundle[] | undefined {
	const last = readCorpusBundles(cacheRoot);
	if (last?.corpus !== corpus) return undefined;
	const bundles: ScopeBundle[] = [];
	for (const [scope, { label }] of SEARCH_SCOPE_LIST) {
		for (let shard = 0; shard < shards; shard += 1) {
			const bundle = shardBundle(scope, shard);
			const made = last.bundles[bundle];
			const kept = made && keptBundle(cacheRoot, bundle, made.digest);
			if (!made || !kept) return undefined;
			bundles.push({ scope, shard, bundle, label, digest: made.digest, kept, reused: true, records: made.records });
		}
	}
	return bundles;
}

/**
 * The record pages of every scope, by shard, from the content layer's records. Every article's
 * analysis is read (the actors', quotes' and events' records are made from them all); an
 * article's own page, made from its annotated HTML, is written only when its shard is indexed.
 */
function searchPages(options: SearchIndexOptions, articles: IndexedArticle[], shards: number, scratch: string): Record<SearchScope, ShardPages[]> {
	const paths = sitePaths(options.base);
	const records = entrySearchRecords({ ...readRecordsCorpus(options, { articles, claims: false }), paths });
	const folders = (scope: SearchScope) => Array.from({ length: shards }, (_, shard) => join(scratch, shardBundle(scope, shard)));
	const held = (scope: 'quotes' | 'events') => {
		const pages = folders(scope).map((folder) => recordPages(folder));
		for (const record of records[scope]) pages[shardOf(record.article, shards)]!.add(record);
		return pages;
	};
	const shardArticles = Array.from({ length: shards }, (): IndexedArticle[] => []);
	for (const article of articles) shardArticles[shardOf(article.id, shards)]!.push(article);
	// the actors' records (those of no article) go to the first shard
	const articlePages = folders('articles').map((folder, shard) => articleShardPages(folder, shardArticles[shard]!, shard === 0 ? records.articles : [], options, paths));
	return { articles: articlePages, quotes: held('quotes'), events: held('events') };
}

/** The record pages of one shard: how many, a digest of what they are made of, and how to write them. */
interface ShardPages {
	folder: string;
	count: number;
	digest(): string;
	/** Writes the pages into the folder (before indexing). */
	flush(): void;
	/** Lets go of what is held for the pages (the shard's bundle is kept). */
	release(): void;
}

/**
 * The pages of a shard of the articles scope, digested from the versions of its articles (an
 * article's version covers its entry and record; `options.format` covers the code that makes the
 * pages) and from the pages of the actors it holds; each article's record is read only when the
 * pages are written.
 */
function articleShardPages(folder: string, articles: IndexedArticle[], actors: SearchRecord[], options: SearchIndexOptions, paths: ReturnType<typeof sitePaths>): ShardPages {
	const extra = recordPages(folder);
	for (const actor of actors) extra.add(actor);
	return {
		folder,
		count: articles.length + actors.length,
		digest: () => bundleDigest([...articles.map(articleVersion), extra.digest()]),
		flush() {
			// the actors' pages first, the folder made with them
			extra.flush();
			// one record read at a time: its annotated HTML goes into the article's page and is let go
			articles.forEach((article, index) => writePage(folder, actors.length + index, recordPage(articleSearchRecord(article, readRecord(options.recordsDir, article.data.record), paths))));
		},
		release: () => extra.release(),
	};
}

/** The record pages of one scope's shard, held in memory and hashed as they are added. */
interface RecordPages extends ShardPages {
	add(record: SearchRecord): void;
}

/** Record pages for `folder`, held until `flush()` writes them, a thousand to a sub-folder. */
function recordPages(folder: string): RecordPages {
	const hash = createHash('sha256');
	let pending: string[] = [];
	const pages: RecordPages = {
		folder,
		count: 0,
		add(record) {
			const page = recordPage(record);
			hash.update(page).update('\u0000');
			pages.count += 1;
			pending.push(page);
		},
		digest: () => hash.copy().digest('hex'),
		flush() {
			mkdirSync(folder, { recursive: true });
			pending.forEach((page, index) => writePage(folder, index, page));
			pending = [];
		},
		release() {
			pending = [];
		},
	};
	return pages;
}

/** Writes the `index`th record page of a folder, a thousand to a sub-folder. */
function writePage(folder: string, index: number, page: string): void {
	const sub = join(folder, String(Math.floor(index / 1000)));
	if (index % 1000 === 0) mkdirSync(sub, { recursive: true });
	writeFileSync(join(sub, `${index}.html`), page);
}

/** Indexes a bundle's pages with Pagefind and writes the bundle into `output`; fails on any Pagefind error or a lost record. */
async function indexPages(pages: ShardPages, output: string, scope: SearchScope): Promise<void> {
	// quotes and events are many and small: their fragments go into shared files, so a build
	// writes (and the next one deletes) an eighth as many files as records rather than a file each
	const { index, errors } = await createIndex({ forceLanguage: 'en', ...(scope === 'articles' ? {} : { maxFragments: sharedFragmentFiles(pages.count) }) });
	failOn('starting Pagefind', errors);
	if (!index) throw new Error('Pagefind did not create an index');
	const added = await index.addDirectory({ path: pages.folder });
	failOn(`indexing the ${scope} records`, added.errors);
	if (added.page_count !== pages.count) throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.count} ${scope} records`);
	const written = await index.writeFiles({ outputPath: output });
	failOn('writing the index', written.errors);
	await index.deleteIndex();
	// the search page is Dateline's own (`src/lib/search-ui.ts`): Pagefind's UIs would be 0.43 MB of every bundle in `dist/`
	for (const name of PAGEFIND_UI_FILES) rmSync(join(output, name), { force: true });
}

/** Pagefind's own search UIs, which it writes into every bundle and Dateline's search page does not use. */
export const PAGEFIND_UI_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

function failOn(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
}

/** Free space a memory-backed scratch folder needs to be used (Docker's default `/dev/shm` holds 64 MB). */
const SHM_NEEDED = 2 * 1024 ** 3;

/**
 * Where the record pages are written for Pagefind to read: a memory-backed folder where the system
 * has a roomy one (`/dev/shm` on Linux), since tens of thousands of small files are written and
 * deleted in every build; the system's temporary folder otherwise. `DATELINE_SCRATCH_DIR` overrides both.
 */
function scratchRoot(): string {
	if (process.env.DATELINE_SCRATCH_DIR) return process.env.DATELINE_SCRATCH_DIR;
	try {
		accessSync('/dev/shm', constants.W_OK);
		const { bavail, bsize } = statfsSync('/dev/shm');
		if (bavail * bsize >= SHM_NEEDED) return '/dev/shm';
	} catch {
		// no /dev/shm here
	}
	return tmpdir();
}

const WORKER = new URL('./search-index-worker.ts', import.meta.url);

/** What the indexer answers: every scope's bundle, placed in `dist/`, and its time; or the error. */
export type SearchIndexOutcome = { bundles: ScopeBundle[]; seconds: number; error?: undefined } | { error: string; bundles?: undefined };

/** A running indexer. */
export interface SearchIndexRun {
	/** Settles when every bundle is in `dist/`; never rejects: an error is part of the outcome, said when the build awaits it. */
	outcome: Promise<SearchIndexOutcome>;
	/** Says where `dist/` is once the build has started writing it; bundles are placed there as they are ready (the first call counts). */
	placeInto(outDir: string): void;
}

/**
 * Builds the bundles and places each in the output folder once it is known: the work of the
 * indexer, on whichever thread runs it.
 */
export async function runSearchIndex(options: SearchIndexOptions, outDir: Promise<string>): Promise<SearchIndexOutcome> {
	const started = performance.now();
	try {
		const bundles = await buildSearchBundles(options, async ({ kept, bundle }) => placeBundle(kept, join(await outDir, bundle)));
		return { bundles, seconds: (performance.now() - started) / 1000 };
	} catch (error) {
		return { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
}

/**
 * Starts the indexer on a worker thread (inline where the worker's file cannot be found). The
 * worker does not keep the process alive, so a build that fails meanwhile still ends.
 */
export function startSearchIndex(options: SearchIndexOptions): SearchIndexRun {
	if (!existsSync(fileURLToPath(WORKER))) {
		let place: (dir: string) => void = () => {};
		const outDir = new Promise<string>((resolve) => (place = resolve));
		return { outcome: runSearchIndex(options, outDir), placeInto: (dir) => place(dir) };
	}
	const worker = new Worker(WORKER, { workerData: options });
	worker.unref();
	const outcome = new Promise<SearchIndexOutcome>((resolve) => {
		worker.once('message', (answer: SearchIndexOutcome) => resolve(answer));
		worker.once('error', (error) => resolve({ error: error.stack ?? error.message }));
		worker.once('exit', (code) => resolve({ error: `the search indexer stopped with exit code ${code}` }));
	});
	return { outcome, placeInto: (dir) => worker.postMessage({ outDir: dir }) };
}
