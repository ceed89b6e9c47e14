/**
 * Where the article files are: the folder (`DATELINE_CONTENT_DIR` or `content/articles`), its `.md`
 * files, and paths as problems show them. Light on purpose (Node built-ins only): the integrations
 * and the Astro config load it at start-up, before any article is read (`collect.ts` reads them).
 */
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** A path as problems show it: relative to `root` with `/` when inside it, else absolute. */
export function displayPath(path: string, root: string): string {
	const rel = relative(root, path);
	return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}

/** The folder of the article files when nothing else is said, relative to the project root. */
export const DEFAULT_ARTICLES_DIR = 'content/articles';

/** The folder of the article files, relative to the project root: `DATELINE_CONTENT_DIR`, else {@link DEFAULT_ARTICLES_DIR}. */
export function articlesDir(): string {
	return process.env.DATELINE_CONTENT_DIR || DEFAULT_ARTICLES_DIR;
}

/** Lists the `.md` files under `dir`, recursively, sorted by path. A missing folder has none. */
export async function listArticleFiles(dir: string): Promise<string[]> {
	let names: string[];
	try {
		names = await readdir(dir, { recursive: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	return names
		.filter((name) => name.toLowerCase().endsWith('.md'))
		.map((name) => join(dir, name))
		.sort();
}
