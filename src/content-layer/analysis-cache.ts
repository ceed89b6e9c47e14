/**
 * Analyses of articles, kept between builds: each article is analysed once per process, and with a
 * cache folder its analysis survives between builds (one JSON file per article text, date and
 * engine version), so an edit re-analyses only the edited article.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { analyzeArticle, ENGINE_VERSION, type ArticleAnalysis } from '../analysis/index.ts';
import type { IdentifiedArticle } from './collect.ts';
import { parseMarkdown } from './markdown.ts';
import type { StoredAnalysis } from './schema.ts';

/** The analysis as an article's record keeps it: each actor with a count of its mentions instead of every mention. */
export function storedAnalysis(analysis: ArticleAnalysis): StoredAnalysis {
	return { ...analysis, actors: analysis.actors.map(({ mentions, ...actor }) => ({ ...actor, mentionCount: mentions.length })) };
}

let cacheDir: string | undefined;

/** Keeps analyses in `dir` between builds (one JSON file per article text, date and engine version). */
export function useAnalysisCache(dir: string): void {
	mkdirSync(dir, { recursive: true });
	cacheDir = dir;
}

/** Counts of analyses made in this process and analyses read from the cache of earlier builds. */
export interface AnalysisTally {
	analysed: number;
	cached: number;
}

/**
 * The analysis of an article: read from the cache of earlier builds when the same text, date and
 * engine version were analysed before, otherwise made (and cached). `tally`, when given, counts which.
 */
export function analysisOf(article: Pick<IdentifiedArticle, 'text' | 'body'> & { frontmatter: { date: string } }, tree?: Root, tally?: AnalysisTally): ArticleAnalysis {
	const key = createHash('sha256').update(`${ENGINE_VERSION}\n${article.frontmatter.date}\n${article.text}`).digest('hex');
	const file = cacheDir ? join(cacheDir, `${key}.json`) : undefined;
	let analysis: ArticleAnalysis | undefined;
	try {
		if (file) analysis = JSON.parse(readFileSync(file, 'utf8')) as ArticleAnalysis;
	} catch {
		analysis = undefined;
	}
	if (analysis) {
		if (tally) tally.cached += 1;
		return analysis;
	}
	analysis = analyzeArticle(article.body, { date: article.frontmatter.date, tree: tree ?? parseMarkdown(article.body) });
	if (file) writeFileSync(file, JSON.stringify(analysis));
	if (tally) tally.analysed += 1;
	return analysis;
}
