/**
 * Reads one article file: frontmatter validated against the schema, body kept as written.
 * Pure: text in, article or problems out.
 */
import { format } from 'date-fns/format';
import { closest } from 'fastest-levenshtein';
import type { ContentProblem } from './problems.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { ARTICLE_FIELDS, articleFrontmatterSchema, type ArticleFrontmatter } from './schema.ts';

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
	/** 1-based line of each of the frontmatter's corrections. */
	correctionLines: number[];
}

/** The outcome of reading one file: the article with any warnings, or the problems that stop it. */
export type ArticleFileResult = { ok: true; article: ArticleSource; warnings: ContentProblem[] } | { ok: false; problems: ContentProblem[] };

/** Options of {@link parseArticleFile}. */
export interface ParseArticleOptions {
	/** Today's date, `YYYY-MM-DD`, to warn about publication dates in the future. Default: the machine's today. */
	today?: string;
}

/**
 * Validates the frontmatter of `text` (the content of `file`) and returns the article or its
 * problems. Unknown fields (with the nearest known field named) and a date in the future are
 * warnings; a missing or bad field and an empty body are errors.
 */
export function parseArticleFile(file: string, text: string, options: ParseArticleOptions = {}): ArticleFileResult {
	const split = splitFrontmatter(text);
	if (split.problems.length > 0 || split.data === undefined) {
		return { ok: false, problems: split.problems.map((problem) => ({ file, ...problem })) };
	}
	const parsed = articleFrontmatterSchema.safeParse(split.data);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue): ContentProblem => {
			const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
			const topField = issue.path[0] === undefined ? undefined : String(issue.path[0]);
			// the deepest place the path reaches: a field, an item of a list such as corrections, or a field of that item
			const path = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
			const inner = path.length > 1 ? [path, path.slice(0, 2)].map((prefix) => split.locatePath(prefix)).find((place) => place !== undefined) : undefined;
			const place = inner || (topField && split.locate(topField)) || { line: 1, column: 1 };
			return { file, ...place, ...(field ? { field } : {}), message: issue.message };
		});
		return { ok: false, problems };
	}
	if (split.body.trim().length === 0) {
		return { ok: false, problems: [{ file, line: split.bodyLine, message: 'the article has no text after its frontmatter' }] };
	}
	const warnings: ContentProblem[] = Object.keys(split.data)
		.filter((key) => !ARTICLE_FIELDS.includes(key))
		.map((key) => ({ file, ...(split.locate(key) ?? {}), field: key, severity: 'warning' as const, message: `is not a known field and is ignored (did you mean "${closest(key, ARTICLE_FIELDS)}"?)` }));
	const today = options.today ?? format(new Date(), 'yyyy-MM-dd');
	if (parsed.data.date > today) {
		warnings.push({ file, ...(split.locate('date') ?? {}), field: 'date', severity: 'warning', message: `${parsed.data.date} is in the future (today is ${today})` });
	}
	const correctionLines = parsed.data.corrections.map((_, index) => split.locatePath(['corrections', index])?.line ?? split.locate('corrections')?.line ?? 1);
	return { ok: true, article: { file, frontmatter: parsed.data, body: split.body, bodyLine: split.bodyLine, correctionLines }, warnings };
}
