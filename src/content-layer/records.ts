/**
 * Article records: what the content layer keeps of each article outside Astro's data store — its
 * annotated HTML and its analysis — two JSON files per rendered version in `<cacheDir>/dateline-records/`
 * (`<key>.json`, the page part; `<key>.analysis.json`, the analysis).
 *
 * Astro compiles its whole data store into the server bundle, so every stored megabyte costs
 * bundling and compile time in every build; the annotated HTML and the analyses are most of the
 * corpus's weight. The `articles` collection keeps what lists show and the key of the record;
 * pages read a record from disk when they render it (see `query.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byId } from './ids.ts';
import type { ArticleEntry, ArticleRecord } from './schema.ts';

/** Folder of the records under Astro's cache folder. */
export function recordsDir(cacheDir: URL): string {
	return join(fileURLToPath(cacheDir), 'dateline-records');
}

/** The file name of a record: a hash of the digest of the article version it holds. */
export function recordKey(digest: string | number): string {
	return createHash('sha256').update(String(digest)).digest('hex').slice(0, 32);
}

/** The two files of a record: its page part (annotated HTML, headings, blocks) and its analysis. */
function recordFiles(dir: string, key: string): { page: string; analysis: string } {
	return { page: join(dir, `${key}.json`), analysis: join(dir, `${key}${ANALYSIS_SUFFIX}`) };
}

const ANALYSIS_SUFFIX = '.analysis.json';

/**
 * Writes an article's record; returns a hash of what it wrote. The key names the article version
 * the record was made from, the hash what the record holds: the pages made from a record are
 * keyed by its hash, so they are made again whenever the record is, even by changed code under the
 * same key. The analysis goes to a file of its own: the site-wide lists read every article's
 * analysis and no annotated HTML, which is as large again.
 */
export function writeRecord(dir: string, key: string, { analysis, ...page }: ArticleRecord): string {
	mkdirSync(dir, { recursive: true });
	const files = recordFiles(dir, key);
	const analysisJson = JSON.stringify(analysis);
	const pageJson = JSON.stringify(page);
	writeFileSync(files.analysis, analysisJson);
	writeFileSync(files.page, pageJson);
	return createHash('sha256').update(pageJson).update('\u0000').update(analysisJson).digest('base64url').slice(0, 22);
}

/** Whether both files of a record are there. */
export function hasRecord(dir: string, key: string): boolean {
	const files = recordFiles(dir, key);
	return existsSync(files.page) && existsSync(files.analysis);
}

/**
 * What identifies one version of an article as the site is made from it: its id, its record's key
 * and the hash of the record's content. Digests of a whole corpus (the views' `corpusKey`, the
 * search indexer's) are made of these.
 */
export function articleVersion({ id, data }: { id: string; data: Pick<ArticleEntry, 'record' | 'recordHash'> }): string {
	return `${id} ${data.record} ${data.recordHash}`;
}

/** Reads an article's record; fails naming the file when it is missing (a build that did not sync content). */
export function readRecord(dir: string, key: string): ArticleRecord {
	const files = recordFiles(dir, key);
	return { ...(readJson(files.page) as Omit<ArticleRecord, 'analysis'>), analysis: readRecordAnalysis(dir, key) };
}

/** Reads the analysis of an article's record alone; fails naming the file when it is missing. */
export function readRecordAnalysis(dir: string, key: string): ArticleRecord['analysis'] {
	return readJson(recordFiles(dir, key).analysis) as ArticleRecord['analysis'];
}

function readJson(file: string): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`Dateline could not read the article record ${file}: ${(error as Error).message}. Run the build again to re-create it.`);
	}
}

/** An article as the index of the records folder lists it: its id and its collection entry. */
export interface IndexedArticle {
	id: string;
	data: ArticleEntry;
}

/** The index of the current articles in the records folder (its name is no record key). */
const ARTICLE_INDEX = '_articles.json';

/**
 * Writes the list of the current articles beside their records, for code that reads the corpus
 * outside Astro's content layer: the search indexer runs on a worker thread while pages render.
 */
export function writeArticleIndex(dir: string, articles: readonly IndexedArticle[]): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, ARTICLE_INDEX), JSON.stringify(articles));
}

/** Reads the list of the current articles, in id order; fails naming the file when the content layer has not written it. */
export function readArticleIndex(dir: string): IndexedArticle[] {
	const file = join(dir, ARTICLE_INDEX);
	try {
		return (JSON.parse(readFileSync(file, 'utf8')) as IndexedArticle[]).sort(byId);
	} catch (error) {
		throw new Error(`Dateline could not read the article index ${file}: ${(error as Error).message}. Run the build again to re-create it.`);
	}
}

/** Deletes the records no stored article refers to any more. */
export function pruneRecords(dir: string, keep: ReadonlySet<string>): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) {
		// records are named by hex keys; the folder's own files (`_articles.json`, `_sources.json`) start with `_`
		if (!name.endsWith('.json') || name.startsWith('_')) continue;
		const key = name.slice(0, -(name.endsWith(ANALYSIS_SUFFIX) ? ANALYSIS_SUFFIX : '.json').length);
		if (!keep.has(key)) rmSync(join(dir, name), { force: true });
	}
}
