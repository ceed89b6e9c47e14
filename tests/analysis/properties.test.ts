/** Properties of the engine and the annotated rendering, checked on generated text with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleAnalysis } from '../../src/analysis/index.ts';
import { renderArticleBody } from '../../src/content-layer/markdown.ts';

/** Runs per property: 1,000 in CI (`CI=true`), 200 elsewhere to keep the local loop quick. */
const RUNS = process.env.CI ? 1000 : 200;

/** Pieces that exercise the engine: quotes of every kind, names, dates, Markdown and odd Unicode. */
const PIECES = [
	'“', '”', '"', "'", '‘', '’', '«', '»', ', said ', ' said: ', ' he added', ' she told reporters', ' according to ', ' wrote on X ',
	'Mayor Ada Oyelaran', 'the Tarsen Board', 'U.N.', 'Mr. Dale', 'Port Elsby', 'NATO', 'Kenya', 'Nairobi', 'the Kenyans',
	'on Thursday', 'last week', 'in March 2022', 'February of that year', 'two days later', 'tomorrow', 'the 1990s', '30-day', 'since then',
	'*', '_', '**', '[link](https://example.org)', '<b>', '&amp;', '\\', '`', '# ', '> ', '- ', '1. ', '\n', '\n\n', '.', '?', '!', ',', ' — ',
	'🌊', '🇬🇭', '𝔘', '\u200b', '\u0301', 'é', 'Ω', '中文', ' ', ' ', ' ',
];
const words = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ maxLength: 4 })), { maxLength: 120 }).map((parts) => parts.join(''));
const dates = fc.date({ min: new Date(1990, 0, 1), max: new Date(2035, 11, 31), noInvalidDate: true }).map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

function spans(analysis: ArticleAnalysis) {
	return [...analysis.quotes, ...analysis.dates, ...analysis.claims, ...analysis.actors.flatMap((a) => a.mentions)];
}

describe('analyzeArticle, on generated text', () => {
	it('never throws and every offset slices the body back to its text', () => {
		fc.assert(
			fc.property(words, dates, (body, date) => {
				const analysis = analyzeArticle(body, { date });
				for (const span of spans(analysis)) {
					expect(span.start).toBeLessThanOrEqual(span.end);
					expect(body.slice(span.start, span.end)).toBe(span.text);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('gives the same output for the same input', () => {
		fc.assert(
			fc.property(words, dates, (body, date) => {
				expect(analyzeArticle(body, { date })).toEqual(analyzeArticle(body, { date }));
			}),
			{ numRuns: RUNS },
		);
	});

	it('gives unique, URL-safe ids', () => {
		fc.assert(
			fc.property(words, dates, (body, date) => {
				const analysis = analyzeArticle(body, { date });
				for (const list of [analysis.actors, analysis.quotes, analysis.dates, analysis.claims, analysis.events]) {
					const ids = list.map((entry) => entry.id);
					expect(new Set(ids).size).toBe(ids.length);
					for (const id of ids) expect(id).toMatch(/^[\p{L}\p{N}_-]+$/u);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('terminates quickly on inputs up to 1 MB', () => {
		const big = fc.sample(words, { numRuns: 400, seed: 7 }).join('\n\n').repeat(20).slice(0, 1_000_000);
		const started = performance.now();
		const analysis = analyzeArticle(big, { date: '2024-05-01' });
		expect(performance.now() - started).toBeLessThan(60_000);
		for (const span of spans(analysis)) expect(big.slice(span.start, span.end)).toBe(span.text);
	});
});

describe('the annotated article, on generated text', () => {
	it('reads exactly as the plain article, with one anchor for each quote, claim and event', async () => {
		await fc.assert(
			fc.asyncProperty(words, dates, async (body, date) => {
				const analysis = analyzeArticle(body, { date });
				const plain = await renderArticleBody(body);
				const annotated = await renderArticleBody(body, { annotate: { body, analysis, actorHref: () => '/a/', timelineHref: () => '/t/' } });
				const text = (html: string) => html.replace(/<[^>]+>/g, '');
				expect(text(annotated.html)).toBe(text(plain.html));
				// every quote, claim and dated sentence has exactly one anchor
				for (const { id } of [...analysis.quotes, ...analysis.claims, ...analysis.events]) expect(annotated.html.split(`id="${id}"`).length - 1, id).toBe(1);
			}),
			{ numRuns: RUNS },
		);
	});
});
