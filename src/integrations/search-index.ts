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
import { accessSync, constants, existsSync, mkdirSync, statfsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { close, createIndex } from 'pagefind';
import { readArticleIndex, readRecordsCorpus, recordsCorpusDigest, type IndexedArticle } from '../content-layer/records-corpus.ts';
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

/** Fragment files of the quote and event bundles (per language): a few records share each. */
export const SHARED_FRAGMENT_FILES = 1000;

/**
 * Builds (or finds kept) every bundle of every search scope (a bundle per shard,
 * `src/lib/search-bundles.ts`), calling `ready` with each as soon as it is. When the corpus is the
 * one the last complete run indexed, its bundles are used without reading the corpus; otherwise
 * every record's page is written, and each bundle whose pages are the same as in an earlier run
 * is kept: an edit re-indexes the shards of the edited article only.
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
		// the corpus is let go once its pages are written: Pagefind indexes from the pages
		const pages = writeSearchPages(options, articles, shards, scratch);
		// which bundles are kept, before any is indexed: the pages held for the others are written,
		// and nothing is held in memory while Pagefind runs
		const plans = SEARCH_SCOPE_LIST.flatMap(([scope, { label }]) =>
			pages[scope].map((written, shard) => {
				const bundle = shardBundle(scope, shard);
				const digest = bundleDigest([options.format, bundle, written.digest()]);
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

/** Writes the page of every search record of every scope into `scratch`, by shard, from the content layer's records. */
function writeSearchPages(options: SearchIndexOptions, articles: IndexedArticle[], shards: number, scratch: string): Record<SearchScope, RecordPages[]> {
	const paths = sitePaths(options.base);
	// the articles' pages are large and go to disk at once; the quotes' and events' are small and
	// many, and are written only when their bundle has to be indexed (an edit changes a few)
	const pages = Object.fromEntries(
		SEARCH_SCOPE_LIST.map(([scope]) => [scope, Array.from({ length: shards }, (_, shard) => recordPages(join(scratch, shardBundle(scope, shard)), { held: scope !== 'articles' }))]),
	) as Record<SearchScope, RecordPages[]>;
	const add = (scope: SearchScope, record: SearchRecord) => pages[scope][shardOf(record.article, shards)]!.add(record);
	// one record read at a time: its annotated HTML goes into the article's page and is let go
	const corpus = readRecordsCorpus(options, { articles, visit: (article, record) => add('articles', articleSearchRecord(article, record, paths)), claims: false });
	const records = entrySearchRecords({ ...corpus, paths });
	for (const [scope] of SEARCH_SCOPE_LIST) for (const record of records[scope]) add(scope, record);
	return pages;
}

/** The record pages of one scope: their folder, how many, and a digest of them all. */
interface RecordPages {
	folder: string;
	count: number;
	add(record: SearchRecord): void;
	digest(): string;
	/** Writes the pages held in memory into the folder: then every page added is there (before indexing). */
	flush(): void;
	/** Lets go of the pages held in memory (the scope's bundle is kept). */
	release(): void;
}

/**
 * Record pages for `folder`, a thousand to a sub-folder, hashed as they are added; written at
 * once, or with `held` kept in memory until `flush()`.
 */
function recordPages(folder: string, { held }: { held: boolean }): RecordPages {
	const hash = createHash('sha256');
	let pending: string[] = [];
	let written = 0;
	const write = (page: string) => {
		const sub = join(folder, String(Math.floor(written / 1000)));
		if (written % 1000 === 0) mkdirSync(sub, { recursive: true });
		writeFileSync(join(sub, `${written}.html`), page);
		written += 1;
	};
	mkdirSync(folder, { recursive: true });
	const pages: RecordPages = {
		folder,
		count: 0,
		add(record) {
			const page = recordPage(record);
			hash.update(page).update('\u0000');
			pages.count += 1;
			if (held) pending.push(page);
			else write(page);
		},
		digest: () => hash.copy().digest('hex'),
		flush() {
			for (const page of pending) write(page);
			pending = [];
		},
		release() {
			pending = [];
		},
	};
	return pages;
}

/** Indexes a bundle's pages with Pagefind and writes the bundle into `output`; fails on any Pagefind error or a lost record. */
async function indexPages(pages: RecordPages, output: string, scope: SearchScope): Promise<void> {
	// quotes and events are many and small: their fragments go into shared files, so a build
	// writes (and the next one deletes) thousands of files rather than a file each
	const { index, errors } = await createIndex({ forceLanguage: 'en', ...(scope === 'articles' ? {} : { maxFragments: SHARED_FRAGMENT_FILES }) });
	failOn('starting Pagefind', errors);
	if (!index) throw new Error('Pagefind did not create an index');
	const added = await index.addDirectory({ path: pages.folder });
	failOn(`indexing the ${scope} records`, added.errors);
	if (added.page_count !== pages.count) throw new Error(`Pagefind indexed ${added.page_count} of the ${pages.count} ${scope} records`);
	const written = await index.writeFiles({ outputPath: output });
	failOn('writing the index', written.errors);
	await index.deleteIndex();
}

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
	/** Says where `dist/` is once Astro has emptied it; bundles are placed there as they are ready (the first call counts). */
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
