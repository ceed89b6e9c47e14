/**
 * Splits an article file into its YAML frontmatter and its Markdown body, keeping line numbers
 * so that a problem in a field can be reported at the line where the field is written.
 */
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';

/** A file split into frontmatter and body. */
export interface SplitArticle {
	/** The parsed YAML mapping, or `undefined` when the YAML could not be read. */
	data: Record<string, unknown> | undefined;
	/** The Markdown body: the file text after the closing `---` line. */
	body: string;
	/** 1-based line of the file on which the body starts. */
	bodyLine: number;
	/** Where a top-level frontmatter field is written (1-based line and column in the file). */
	locate(field: string): { line: number; column: number } | undefined;
	/** Where a value inside the frontmatter starts, by its path (`['corrections', 1]`). */
	locatePath(path: ReadonlyArray<string | number>): { line: number; column: number } | undefined;
	/** Problems in the frontmatter block itself (no block, not YAML, not a mapping). */
	problems: Array<{ line: number; column?: number; message: string }>;
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits `text` into frontmatter and body. The frontmatter is the block between a first line `---`
 * and the next line `---`. Never throws: problems are returned.
 */
export function splitFrontmatter(text: string): SplitArticle {
	const lines = text.split('\n');
	const stripCr = (line: string) => line.replace(/\r$/, '');
	const none = { data: undefined, body: text, bodyLine: 1, locate: () => undefined, locatePath: () => undefined };
	if (!FENCE.test(stripCr(lines[0] ?? ''))) {
		return { ...none, problems: [{ line: 1, message: 'the file must start with a frontmatter block: a line ---, the fields (title, date…), and a closing line ---' }] };
	}
	const close = lines.findIndex((line, index) => index > 0 && FENCE.test(stripCr(line)));
	if (close === -1) {
		return { ...none, problems: [{ line: 1, message: 'the frontmatter block opened on line 1 is never closed with a line ---' }] };
	}
	const yamlText = lines.slice(1, close).join('\n');
	const bodyStart = lines.slice(0, close + 1).reduce((length, line) => length + line.length + 1, 0);
	const body = text.slice(Math.min(bodyStart, text.length));
	const bodyLine = close + 2;

	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFile = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + 1, column: pos.col };
	};
	if (doc.errors.length > 0) {
		return {
			data: undefined,
			body,
			bodyLine,
			locate: () => undefined,
			locatePath: () => undefined,
			problems: doc.errors.map((error) => ({ ...toFile(error.pos[0]), message: `the frontmatter is not valid YAML: ${firstLine(error.message)}` })),
		};
	}
	const value: unknown = doc.toJS();
	if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
		return {
			data: undefined,
			body,
			bodyLine,
			locate: () => undefined,
			locatePath: () => undefined,
			problems: [{ line: 2, message: 'the frontmatter must be a YAML mapping of fields (title: …, date: …)' }],
		};
	}
	const locatePath = (path: ReadonlyArray<string | number>) => {
		const node = doc.getIn([...path], true) as { range?: [number, number] } | undefined;
		return node?.range ? toFile(node.range[0]) : undefined;
	};
	return { data: value as Record<string, unknown>, body, bodyLine, locate: (field) => locateField(doc, field, toFile), locatePath, problems: [] };
}

function locateField(
	doc: Document,
	field: string,
	toFile: (offset: number) => { line: number; column: number },
): { line: number; column: number } | undefined {
	if (!isMap(doc.contents)) return undefined;
	const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === field);
	const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
	return range ? toFile(range[0]) : undefined;
}

function firstLine(message: string): string {
	return message.split('\n')[0] ?? message;
}
