import { analyzeArticle } from '../../src/analysis/index.ts';

/** Every date of a one-paragraph body as [text, value], in a story published on `date` (by default Wednesday 14 May 2025, ISO week 20). */
export function datesIn(body: string, date = '2025-05-14'): Array<[string, string | null]> {
	return analyzeArticle(`${body}\n`, { date }).dates.map((d) => [d.text, d.value]);
}
