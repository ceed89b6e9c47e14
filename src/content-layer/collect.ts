/**
 * Finds and reads every article file under a folder, giving each its id and collecting every
 * problem of the run (bad frontmatter, duplicate ids) instead of stopping at the first.
 */
import { readFileSync } from 'node:fs';
import { displayPath, listArticleFiles } from './article-folder.ts';
import { parseArticleFile, type ArticleSource } from './article-file.ts';
import { decodeArticleFile } from './file-checks.ts';
import { articleIdFromPath } from './ids.ts';
import type { ContentProblem } from './problems.ts';

/** An article file with its id. */
export interface IdentifiedArticle extends ArticleSource {
	/** URL-safe id, unique in the collection. */
	id: string;
	/** The file's full text, for digests. */
	text: string;
}

/** Every article found under a folder, every problem that stops one, and every warning. */
export interface CollectedArticles {
	articles: IdentifiedArticle[];
	problems: ContentProblem[];
	warnings: ContentProblem[];
}

/**
 * Reads every article under `dir`. Paths in problems are relative to `root` (the project root)
 * when the files are inside it.
 */
export async function collectArticles(dir: string, root: string = process.cwd()): Promise<CollectedArticles> {
	const files = await listArticleFiles(dir);
	const problems: ContentProblem[] = [];
	const warnings: ContentProblem[] = [];
	const articles: IdentifiedArticle[] = [];
	const firstFileOfId = new Map<string, string>();
	for (const path of files) {
		const file = displayPath(path, root);
		// read one after the other in any case; a synchronous read spares each small file a round trip
		// through the thread pool (1,000 files: about 0.4 s instead of 0.8 s, while the workers wait)
		const decoded = decodeArticleFile(file, readFileSync(path));
		if (!decoded.ok) {
			problems.push(...decoded.problems);
			continue;
		}
		const text = decoded.text;
		const id = articleIdFromPath(path);
		if (id === '') {
			problems.push({ file, message: 'the file name gives no usable id: use letters or digits in it' });
			continue;
		}
		const earlier = firstFileOfId.get(id);
		if (earlier !== undefined) {
			problems.push({ file, field: 'id', message: `the id "${id}" is already used by ${earlier}: rename one of the two files` });
			continue;
		}
		firstFileOfId.set(id, file);
		const result = parseArticleFile(file, text);
		if (result.ok) {
			articles.push({ ...result.article, id, text });
			warnings.push(...result.warnings);
		} else problems.push(...result.problems);
	}
	return { articles, problems, warnings };
}
