/**
 * The article body pipeline: Markdown → mdast (remark) → hast → sanitised, slugged HTML.
 * One unified processor for every article, so every page renders the same way. A change to what
 * it renders must raise `RENDER_VERSION` (`render-version.ts`), so that every article is rendered again.
 */
import type { Heading, Root as MdastRoot, RootContent } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeAnnotate, type AnnotateOptions } from './annotate.ts';
import type { Block } from './schema.ts';

/** A heading of the rendered article, as Astro's `MarkdownHeading`. */
export interface RenderedHeading {
	depth: number;
	slug: string;
	text: string;
}

/** What the pipeline makes of an article body. */
export interface RenderedArticle {
	/** Sanitised HTML of the body, headings carrying rehype-slug ids. */
	html: string;
	/** Every heading of the body, in order. */
	headings: RenderedHeading[];
	/** The body's top-level blocks with their offsets in the body. */
	blocks: Block[];
	/** Number of words in the body's text. */
	wordCount: number;
	/** The body's mdast tree, for the analysis engine. */
	tree: MdastRoot;
}

/**
 * The processor: remark-parse → remark-rehype (raw HTML dropped) → rehype-sanitize (GitHub's schema)
 * → rehype-slug → rehype-stringify. Slugs come after sanitising so heading ids stay clean.
 */
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeSanitize).use(rehypeSlug).use(rehypeStringify);

/** Parses `body` into its mdast tree (with offsets into `body`). */
export function parseMarkdown(body: string): MdastRoot {
	return processor.parse(body);
}

/** Options of {@link renderArticleBody}. */
export interface RenderOptions {
	/** The body's mdast tree when already parsed. */
	tree?: MdastRoot;
	/** The analysis to show inline, and where its annotations link. */
	annotate?: AnnotateOptions;
}

/** Renders an article body to sanitised HTML (annotated when an analysis is given) and reports its structure. */
export async function renderArticleBody(body: string, options: RenderOptions = {}): Promise<RenderedArticle> {
	const mdast = options.tree ?? parseMarkdown(body);
	const mdastHeadings = collect(mdast, (node): node is Heading => node.type === 'heading');
	const hast = (await processor.run(structuredClone(mdast))) as HastRoot;
	const hastHeadings = collect(hast, (node): node is Element => node.type === 'element' && /^h[1-6]$/.test((node as Element).tagName));
	const slugOf = new Map<Heading, string>();
	mdastHeadings.forEach((heading, index) => {
		const id = hastHeadings[index]?.properties.id;
		if (typeof id === 'string') slugOf.set(heading, id);
	});
	const blocks = mdast.children.flatMap((node) => toBlock(node, slugOf));
	if (options.annotate) rehypeAnnotate(options.annotate)(hast);
	return {
		html: processor.stringify(hast),
		headings: mdastHeadings.map((heading) => ({ depth: heading.depth, slug: slugOf.get(heading) ?? '', text: toString(heading) })),
		blocks,
		tree: mdast,
		wordCount: blocks.reduce((sum, block) => sum + countWords(block.text), 0),
	};
}

function toBlock(node: RootContent, slugOf: Map<Heading, string>): Block[] {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined || node.type === 'definition' || node.type === 'yaml') return [];
	const block: Block = { type: node.type, text: toString(node), start, end };
	if (node.type === 'heading') {
		block.depth = node.depth;
		const slug = slugOf.get(node);
		if (slug) block.slug = slug;
	}
	return [block];
}

/** Counts the words of a plain text: runs of letters or digits, apostrophes and hyphens inside. */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

interface TreeNode {
	type: string;
	children?: TreeNode[];
}

/** Every node of `tree` (depth first, document order) that passes `test`. */
function collect<T extends TreeNode>(tree: TreeNode, test: (node: TreeNode) => node is T): T[] {
	const found: T[] = [];
	const walk = (node: TreeNode) => {
		if (test(node)) found.push(node);
		node.children?.forEach(walk);
	};
	walk(tree);
	return found;
}
