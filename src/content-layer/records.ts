/**
 * Article records: what the content layer keeps of each article outside Astro's data store — its
 * annotated HTML and its analysis — one JSON file per rendered version in `<cacheDir>/dateline-records/`.
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

/**
 * Writes an article's record; returns a hash of what it wrote. The key names the article version
 * the record was made from, the hash what the record holds: the pages made from a record are
 * keyed by its hash, so they are made again whenever the record is, even by changed code under the
 * same key.
 */
export function writeRecord(dir: string, key: string, record: ArticleRecord): string {
	mkdirSync(dir, { recursive: true });
	const json = JSON.stringify(record);
	writeFileSync(join(dir, `${key}.json`), json);
	return createHash('sha256').update(json).digest('base64url').slice(0, 22);
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
	const file = join(dir, `${key}.json`);
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as ArticleRecord;
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

/** Whether the records folder lists articles: false before the first build, or once the cache folder is cleared. */
export function hasArticleIndex(dir: string): boolean {
	return existsSync(join(dir, ARTICLE_INDEX));
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
		if (name.endsWith('.json') && name !== ARTICLE_INDEX && !keep.has(name.slice(0, -'.json'.length))) rmSync(join(dir, name), { force: true });
	}
}
