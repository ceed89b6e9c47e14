import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleAnalysis } from '../../src/analysis/index.ts';

const slicesBack = (body: string, analysis: ArticleAnalysis) => {
	for (const item of [...analysis.quotes, ...analysis.dates, ...analysis.claims, ...analysis.actors.flatMap((a) => a.mentions)]) {
		expect(body.slice(item.start, item.end)).toBe(item.text);
	}
};

describe('analyzeArticle on bad input', () => {
	it('returns nothing for an empty or blank body', () => {
		for (const body of ['', '   \n\n  ', '---\n']) {
			expect(analyzeArticle(body, { date: '2024-01-01' })).toEqual({ actors: [], quotes: [], dates: [], claims: [], events: [] });
		}
	});

	it('ends an unclosed quote at its paragraph and keeps the next paragraph apart', () => {
		const body = '“We will not move, said Mayor Tova Lindqvist of Port Elsby.\n\nThe council met on Tuesday.\n';
		const analysis = analyzeArticle(body, { date: '2024-03-08' });
		const quote = analysis.quotes.find((q) => q.kind === 'direct');
		expect(quote?.text).toBe('We will not move, said Mayor Tova Lindqvist of Port Elsby.');
		expect(quote?.end).toBeLessThan(body.indexOf('The council'));
		slicesBack(body, analysis);
	});

	it('keeps offsets right around emoji and other astral characters', () => {
		const body = '🌊🌊 “The dike held 🙏,” said engineer Ama Boateng 🇬🇭 on Friday. 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 text follows.\n';
		const analysis = analyzeArticle(body, { date: '2024-03-10' });
		expect(analysis.quotes.map((q) => [q.text, q.speakerName])).toEqual([['The dike held 🙏,', 'Ama Boateng']]);
		expect(analysis.dates.map((d) => [d.text, d.value])).toEqual([['on Friday', '2024-03-08']]);
		slicesBack(body, analysis);
	});

	it('maps quotes that hold Markdown (links, emphasis) back to the body', () => {
		const body = '“We *will* rebuild the [harbour](https://example.org/harbour) by June,” said Mayor Ines Okafor.\n';
		const analysis = analyzeArticle(body, { date: '2024-03-10' });
		const quote = analysis.quotes[0];
		expect(quote?.text).toBe('We *will* rebuild the [harbour](https://example.org/harbour) by June,');
		expect(quote?.speakerName).toBe('Ines Okafor');
		expect(analysis.dates.map((d) => [d.text, d.value])).toEqual([['by June', '2024-06']]);
		slicesBack(body, analysis);
	});

	it('analyses a paragraph of 100,000 characters without hanging', () => {
		const body = `${'“Yes,” said Ada Oyelaran of the Tarsen Board on Monday. '.repeat(1800)}\n`.slice(0, 100_000);
		const started = Date.now();
		const analysis = analyzeArticle(body, { date: '2024-05-01' });
		expect(Date.now() - started).toBeLessThan(20_000);
		expect(analysis.quotes.length).toBeGreaterThan(1000);
		slicesBack(body, analysis);
	});

	it('survives unbalanced and odd quotation marks', () => {
		for (const body of ['”Closing first,“ said Bo.', '"One "two" three', '‘It’s', '««»»', '“', '"', 'a "b', '“”“”']) {
			const analysis = analyzeArticle(`${body}\n`, { date: '2024-01-01' });
			slicesBack(`${body}\n`, analysis);
		}
	});
});
