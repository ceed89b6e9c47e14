/**
 * The analysed text of an article: its blocks (paragraphs, headings, quoted or listed paragraphs)
 * as plain text, each with a map from plain-text offsets back to body offsets, split into
 * sentences and tokens. Markdown markup (emphasis, links, escapes) never reaches the extractors,
 * and every span they find maps back to the body exactly.
 */
import type { Root, RootContent } from 'mdast';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { tokenize, type Token } from './tokens.ts';

/** A paragraph-like unit of the article. */
export interface TextBlock {
	/** 0-based position in the document's block list. */
	index: number;
	/** 1-based number of the top-level block it belongs to, as editors count paragraphs. */
	paragraph: number;
	/** `paragraph` or `heading`. */
	kind: 'paragraph' | 'heading';
	/** Plain text: the block's characters without Markdown markup. */
	text: string;
	/** For each plain-text offset, the body offset of that character. */
	map: Int32Array;
	/** Sentences, offsets in `text`. */
	sentences: SentenceSpan[];
	/** Tokens, offsets in `text`. */
	tokens: Token[];
	/** In the story's first paragraph, where the text starts after a wire dateline ("JAKARTA, Aug 11 (Pacific Rim Wire) - "); 0 elsewhere. */
	storyStart: number;
}

/** The analysed article text. */
export interface TextDocument {
	/** The Markdown body the offsets point into. */
	body: string;
	/** Every block, in reading order. */
	blocks: TextBlock[];
}

/**
 * A wire dateline opening a story: a place in capitals, maybe a date or country, maybe the agency
 * in brackets, then a dash: "JAKARTA, Aug 11 (Pacific Rim Wire) - ", "PORT ELSBY, Tarsenia (AP) — ",
 * "BRENNMOOR — ". The date in it is a date of the story; the rest is not part of its first sentence.
 */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M}.'’ /-]*\p{Lu}(?:,[^()\n—–]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|[—–])\s+(?=\S)/u;

/** The offset in the first paragraph's text where the story starts after its dateline, or 0. */
export function datelineEnd(text: string): number {
	return DATELINE.exec(text)?.[0].length ?? 0;
}

/** The sentence of `block` that holds the character at `offset`, if any. */
export function sentenceAt(block: TextBlock, offset: number): SentenceSpan | undefined {
	return block.sentences.find((sentence) => sentence.start <= offset && offset < sentence.end);
}

/** The part of a sentence of `block` that belongs to the story: all of it, or what follows the dateline it opens with. */
export function storyPart<T extends { start: number; end: number }>(block: TextBlock, sentence: T): T {
	return sentence.start < block.storyStart && block.storyStart < sentence.end ? { ...sentence, start: block.storyStart } : sentence;
}

/** Wire-service credit lines ("Reporting by …; Editing by …") are not part of the story. */
const CREDIT_LINE = /^\s*\(?\s*(?:(?:Additional\s+)?reporting|Writing|Editing|Compiled|Produced)\s+by\b/i;

/** A short closing line naming who helped report the story: "Associated Press writer X in Y contributed to this report." */
const CONTRIBUTOR_LINE = /\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting\b)[^.]*\.?\s*$/i;

/** Whether a paragraph's text is a credit line, no part of the story. */
const isCreditLine = (text: string): boolean => CREDIT_LINE.test(text) || (text.length < 300 && CONTRIBUTOR_LINE.test(text));

interface Piece {
	value: string;
	start: number;
	end: number;
}

/** Builds the document of `body` from its mdast tree (parsed from the same `body`). */
export function buildDocument(body: string, tree: Root): TextDocument {
	const blocks: TextBlock[] = [];
	tree.children.forEach((node, topIndex) => collectBlocks(node, topIndex + 1, body, blocks));
	return { body, blocks };
}

function collectBlocks(node: RootContent, paragraph: number, body: string, blocks: TextBlock[]): void {
	if (node.type === 'paragraph' || node.type === 'heading') {
		const pieces: Piece[] = [];
		for (const child of node.children) collectPieces(child, pieces);
		const text = pieces.map((piece) => piece.value).join('');
		if (text.trim().length === 0 || isCreditLine(text)) return;
		const block = makeBlock(pieces, body, blocks.length, paragraph, node.type);
		if (node.type === 'paragraph' && !blocks.some((b) => b.kind === 'paragraph')) block.storyStart = datelineEnd(block.text);
		blocks.push(block);
		return;
	}
	if ('children' in node) for (const child of node.children as RootContent[]) collectBlocks(child, paragraph, body, blocks);
}

function collectPieces(node: RootContent, pieces: Piece[]): void {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if ((node.type === 'text' || node.type === 'inlineCode') && start !== undefined && end !== undefined) {
		pieces.push({ value: node.value, start, end });
	} else if (node.type === 'break' && start !== undefined && end !== undefined) {
		pieces.push({ value: '\n', start, end });
	} else if ('children' in node) {
		for (const child of node.children as RootContent[]) collectPieces(child, pieces);
	}
}

function makeBlock(pieces: Piece[], body: string, index: number, paragraph: number, kind: 'paragraph' | 'heading'): TextBlock {
	const text = pieces.map((piece) => piece.value).join('');
	const map = new Int32Array(text.length + 1);
	let at = 0;
	for (const piece of pieces) {
		const source = body.slice(piece.start, piece.end);
		if (source === piece.value) {
			for (let i = 0; i < piece.value.length; i += 1) map[at + i] = piece.start + i;
		} else {
			alignPiece(piece, source, map, at);
		}
		at += piece.value.length;
	}
	const last = pieces.at(-1);
	map[text.length] = last ? last.end : 0;
	return { index, paragraph, kind, text, map, sentences: splitSentences(text), tokens: tokenize(text), storyStart: 0 };
}

/** Maps the characters of a text node whose source differs (escapes, entities) onto the source. */
function alignPiece(piece: Piece, source: string, map: Int32Array, at: number): void {
	map.set(alignText(piece.value, source, piece.start), at);
}

/**
 * For each character of `value` (text as Markdown shows it), the offset in the body of the
 * character it comes from, where `source` (the body from `sourceStart`) writes it with escapes or
 * entities: `\#` gives `#`, `&amp;` gives `&`.
 */
export function alignText(value: string, source: string, sourceStart: number): Int32Array {
	const offsets = new Int32Array(value.length);
	if (source === value) {
		for (let i = 0; i < value.length; i += 1) offsets[i] = sourceStart + i;
		return offsets;
	}
	let cursor = 0;
	for (let i = 0; i < value.length; i += 1) {
		const found = source.indexOf(value[i] ?? '', cursor);
		const position = found === -1 ? Math.min(cursor, source.length - 1) : found;
		offsets[i] = sourceStart + Math.max(0, position);
		cursor = found === -1 ? cursor : found + 1;
	}
	return offsets;
}

/** The body span of the plain-text span `[start, end)` of `block`. */
export function toBodySpan(block: TextBlock, start: number, end: number): { start: number; end: number } {
	if (end <= start) {
		const at = block.map[start] ?? 0;
		return { start: at, end: at };
	}
	return { start: block.map[start] ?? 0, end: (block.map[end - 1] ?? 0) + 1 };
}

/** The first index of `items` (sorted by `start`) whose `start` is at least `offset`. */
export function lowerBound(items: ReadonlyArray<{ start: number }>, offset: number): number {
	let low = 0;
	let high = items.length;
	while (low < high) {
		const middle = (low + high) >> 1;
		if ((items[middle]?.start ?? 0) < offset) low = middle + 1;
		else high = middle;
	}
	return low;
}

/** The tokens of `block` lying inside `[start, end)`, found by binary search. */
export function tokensIn(block: TextBlock, start: number, end: number): Token[] {
	const tokens = block.tokens;
	const out: Token[] = [];
	for (let k = lowerBound(tokens, start); k < tokens.length; k += 1) {
		const token = tokens[k];
		if (!token || token.start >= end) break;
		if (token.end <= end) out.push(token);
	}
	return out;
}
