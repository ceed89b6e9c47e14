/**
 * Content problems: what is wrong with an article file, where, and in which field.
 * Every problem of a run is collected before the build stops, so an editor fixes them all at once.
 */

/** One thing wrong with one content file. */
export interface ContentProblem {
	/** Path of the file, relative to the project root where possible. */
	file: string;
	/** 1-based line in the file, when known. */
	line?: number;
	/** 1-based column in the file, when known. */
	column?: number;
	/** The frontmatter field concerned (`title`, `date`…), when there is one. */
	field?: string;
	/** What is wrong, in plain words. */
	message: string;
	/** `warning` for what is published anyway (an unknown field, a date in the future); `error` by default. */
	severity?: 'error' | 'warning';
}

/** Formats one problem as `file:line:column field: message`, the shape editors and terminals link. */
export function formatProblem(problem: ContentProblem): string {
	const place = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
		.filter((part) => part !== undefined)
		.join(':');
	const field = problem.field ? ` ${problem.field}:` : '';
	const severity = problem.severity === 'warning' ? ' warning:' : '';
	return `${place}${severity}${field} ${problem.message}`;
}

/** The error that stops a build: it lists every content problem found in the run. */
export class ContentError extends Error {
	/** Every problem found, in file order. */
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`Dateline found ${count} in the articles:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
