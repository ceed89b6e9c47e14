/**
 * Reads one article file: frontmatter validated against the schema, body kept as written.
 * Pure: text in, article or problems out.
 */
import type { ContentProblem } from './problems.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './schema.ts';

/** An article file that passed validation. */
export interface ArticleSource {
	/** Path of the file as given (relative to the project root where possible). */
	file: string;
	/** Validated frontmatter. */
	frontmatter: ArticleFrontmatter;
	/** The Markdown body: the file text after the frontmatter's closing `---` line. */
	body: string;
	/** 1-based line of the file on which the body starts. */
	bodyLine: number;
}

/** The outcome of reading one file: the article, or the problems that stop it. */
export type ArticleFileResult = { ok: true; article: ArticleSource } | { ok: false; problems: ContentProblem[] };

/** Validates the frontmatter of `text` (the content of `file`) and returns the article or its problems. */
export function parseArticleFile(file: string, text: string): ArticleFileResult {
	const split = splitFrontmatter(text);
	if (split.problems.length > 0 || split.data === undefined) {
		return { ok: false, problems: split.problems.map((problem) => ({ file, ...problem })) };
	}
	const parsed = articleFrontmatterSchema.safeParse(split.data);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue): ContentProblem => {
			const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
			const topField = issue.path[0] === undefined ? undefined : String(issue.path[0]);
			const place = (topField && split.locate(topField)) || { line: 1, column: 1 };
			return { file, ...place, ...(field ? { field } : {}), message: issue.message };
		});
		return { ok: false, problems };
	}
	return { ok: true, article: { file, frontmatter: parsed.data, body: split.body, bodyLine: split.bodyLine } };
}
