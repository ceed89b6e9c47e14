/**
 * Reads article files for the command-line tools: files and folders (recursively, `*.md`, sorted),
 * each validated like the site build does.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArticleFile } from '../content-layer/article-file.ts';
import { displayPath, listArticleFiles } from '../content-layer/article-folder.ts';
import { decodeArticleFile } from '../content-layer/file-checks.ts';
import { articleIdFromPath } from '../content-layer/ids.ts';
import { formatProblem, type ContentProblem } from '../content-layer/problems.ts';
import type { Correction } from '../content-layer/schema.ts';

/** An article read from disk. */
export interface ArticleOnDisk {
	id: string;
	title: string;
	date: string;
	path: string;
	body: string;
	/** The frontmatter's corrections, and the line of each. */
	corrections: Correction[];
	correctionLines: number[];
}

/** Reads the articles at `paths`; problems are returned, not thrown. */
export async function readArticles(paths: string[], root = process.cwd()): Promise<{ articles: ArticleOnDisk[]; problems: ContentProblem[] }> {
	const files: string[] = [];
	const problems: ContentProblem[] = [];
	for (const path of paths) {
		const absolute = resolve(root, path);
		const info = await stat(absolute).catch(() => undefined);
		if (!info) problems.push({ file: path, message: 'no such file or folder' });
		else if (info.isDirectory()) files.push(...(await listArticleFiles(absolute)));
		else files.push(absolute);
	}
	const articles: ArticleOnDisk[] = [];
	for (const file of [...new Set(files)]) {
		const path = displayPath(file, root);
		const decoded = decodeArticleFile(path, await readFile(file));
		const result = decoded.ok ? parseArticleFile(path, decoded.text) : decoded;
		if (!result.ok) problems.push(...result.problems);
		else {
			const { frontmatter, body, correctionLines } = result.article;
			articles.push({ id: articleIdFromPath(file), title: frontmatter.title, date: frontmatter.date, path, body, corrections: frontmatter.corrections, correctionLines });
		}
	}
	return { articles, problems };
}

/** Prints problems to standard error, one a line. */
export function reportProblems(problems: ContentProblem[]): void {
	for (const problem of problems) console.error(formatProblem(problem));
}
