/**
 * One article against its gold: the engine's analysis of the body, scored item by item. Used by
 * `npm run eval` and by the test that keeps the gold articles' scores from falling.
 */
import { analyzeArticle } from '../analysis/index.ts';
import { parseMarkdown } from '../content-layer/markdown.ts';
import type { Gold } from './gold.ts';
import { scoreArticle, type ArticleScore } from './score.ts';

/** Analyses `body` (published on `date`) and scores it against `gold`; paragraphs are the body's top-level Markdown blocks. */
export function scoreAgainstGold(body: string, date: string, gold: Gold): ArticleScore {
	const analysis = analyzeArticle(body, { date });
	const paragraphs = parseMarkdown(body).children.map((node) => ({ start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 }));
	return scoreArticle(body, analysis, gold, paragraphs);
}
