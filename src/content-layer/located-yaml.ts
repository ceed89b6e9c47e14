/**
 * YAML (and so JSON) read with positions: the data, and for any path into it the line and column
 * it was written at, so that a problem found by a schema names the file, the line and the field.
 * Used for the actor registry and for gold files.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './problems.ts';

/** A parsed text: its data (undefined when the text is not valid YAML), its syntax problems, and where each path of the data was written. */
export interface LocatedYaml {
	data: unknown;
	problems: ContentProblem[];
	/** The line and column of the deepest node of `path` that was written (the document's start when none was). */
	locate(path: ReadonlyArray<PropertyKey>): { line: number; column: number };
}

/** Parses `text` (`file` is how problems name it, `language` how they name its format: JSON is YAML too); duplicate keys are syntax problems. */
export function parseLocatedYaml(text: string, file: string, language: 'YAML' | 'JSON' = 'YAML'): LocatedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line, column: pos.col };
	};
	const locate = (path: ReadonlyArray<PropertyKey>) => {
		for (let length = path.length; length > 0; length -= 1) {
			const node = doc.getIn(path.slice(0, length) as Array<string | number>, true) as { range?: [number, number] } | undefined;
			if (node?.range) return at(node.range[0]);
		}
		return { line: 1, column: 1 };
	};
	if (doc.errors.length > 0) {
		return { data: undefined, locate, problems: doc.errors.map((error) => ({ file, ...at(error.pos[0]), message: `is not valid ${language}: ${error.message.split('\n')[0] ?? ''}` })) };
	}
	return { data: doc.toJS(), locate, problems: [] };
}

/** A schema's issues as problems at the lines their paths were written at, each naming its field (`dates.3.value`). */
export function schemaProblems(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, file: string, source: Pick<LocatedYaml, 'locate'>): ContentProblem[] {
	return issues.map((issue) => ({ file, ...source.locate(issue.path), ...(issue.path.length > 0 ? { field: issue.path.map(String).join('.') } : {}), message: issue.message }));
}
