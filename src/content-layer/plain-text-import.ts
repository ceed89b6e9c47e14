/**
 * Converts a plain-text story into a Dateline article: a `date YYYY-MM-DD` prefix, then one
 * paragraph a line; a short line without final punctuation is a subheading.
 * Pure: text in, Markdown file text out.
 */
import { stringify } from 'yaml';
import { slug } from 'github-slugger';
import { splitSentences } from '../analysis/text/sentences.ts';
import { calendarDateSchema } from './schema.ts';

/** Options of {@link plainTextToArticle}. */
export interface PlainTextImportOptions {
	/** Headline; the first sentence of the story when absent. */
	title?: string;
	/** Publisher, written to the `source` field. */
	source?: string;
	/** Address of the original, written to the `url` field. */
	url?: string;
	/** Marks an invented story (`fictional: true`). */
	fictional?: boolean;
}

/** A converted story. */
export interface ImportedArticle {
	/** Suggested file name: `<date>-<slug of the title>.md`. */
	fileName: string;
	/** Full Markdown file text, frontmatter included. */
	markdown: string;
	/** Headline used. */
	title: string;
	/** Publication date. */
	date: string;
	/** Number of paragraphs and subheadings written. */
	blocks: number;
}

/** Longest line (in characters) that can be a subheading. */
export const SUBHEADING_MAX_LENGTH = 80;
/** Most words a subheading can have. */
export const SUBHEADING_MAX_WORDS = 12;
const FINAL_PUNCTUATION = /[.!?…:;,"”’')\]]$/;
const DATE_PREFIX = /^date[ \t]+(\S+)[ \t]*/;

/** Tells whether a line of a plain-text story is a subheading: short, and no final punctuation. */
export function isSubheading(line: string): boolean {
	const words = line.split(/\s+/).filter(Boolean).length;
	return line.length <= SUBHEADING_MAX_LENGTH && words <= SUBHEADING_MAX_WORDS && !FINAL_PUNCTUATION.test(line);
}

/** Converts a plain-text story to an article file. Throws an `Error` saying what is wrong with the text. */
export function plainTextToArticle(text: string, options: PlainTextImportOptions = {}): ImportedArticle {
	const trimmed = text.replace(/^\uFEFF/, '').trimStart();
	const prefix = DATE_PREFIX.exec(trimmed);
	if (!prefix) throw new Error('line 1: the story must start with "date YYYY-MM-DD"');
	const date = prefix[1] ?? '';
	const dateCheck = calendarDateSchema.safeParse(date);
	if (!dateCheck.success) throw new Error(`line 1: date ${dateCheck.error.issues[0]?.message ?? 'is not valid'}`);
	const lines = trimmed
		.slice(prefix[0].length)
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
	if (lines.length === 0) throw new Error('the story has no text after its date');
	const blocks = lines.map((line, index) => (index > 0 && isSubheading(line) ? `## ${escapeMarkdown(line)}` : escapeMarkdown(line)));
	const title = options.title?.trim() || firstSentence(lines[0] ?? '');
	const frontmatter: Record<string, string | boolean> = { title, date };
	if (options.source) frontmatter.source = options.source;
	if (options.url) frontmatter.url = options.url;
	if (options.fictional) frontmatter.fictional = true;
	const yaml = stringify(frontmatter, { lineWidth: 0 });
	const name = fileNameWords(title).join('-');
	return {
		fileName: `${date}-${name || 'article'}.md`,
		markdown: `---\n${yaml}---\n\n${blocks.join('\n\n')}\n`,
		title,
		date,
		blocks: blocks.length,
	};
}

const TRAILING_FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'with', 'by', 'from']);

/** The first eight words of the title, as slug words, without a dangling "of" or "the" at the end. */
function fileNameWords(title: string): string[] {
	const words = slug(title).split('-').filter(Boolean).slice(0, 8);
	while (words.length > 1 && TRAILING_FUNCTION_WORDS.has(words.at(-1) ?? '')) words.pop();
	return words;
}

function firstSentence(paragraph: string): string {
	const sentence = splitSentences(paragraph)[0]?.text ?? paragraph;
	return sentence.replace(/[.]$/, '');
}

/**
 * Escapes only what Markdown would otherwise read as markup, so the body keeps the story's
 * characters (quotes, brackets, dashes) exactly and offsets into it match the original words.
 */
export function escapeMarkdown(line: string): string {
	let out = line
		.replace(/\\/g, '\\\\')
		.replace(/[*_`]/g, (char) => `\\${char}`)
		.replace(/<(?=[A-Za-z/!?])/g, '\\<')
		.replace(/&(?=#?\w+;)/g, '\\&')
		.replace(/\[([^\]]*)\](?=[([:])/g, '\\[$1]');
	if (/^(?:#{1,6}(?:\s|$)|>|[-+](?:\s|$)|=+$|~~~)/.test(out)) out = `\\${out}`;
	out = out.replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3');
	return out;
}
