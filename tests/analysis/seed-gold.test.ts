/**
 * The sample article against its hand-made gold annotation (tests/fixtures/articles/seed-2025-05-11.gold.json):
 * every required actor, quote, date, claim and event is asserted one by one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleAnalysis } from '../../src/analysis/index.ts';
import { parseArticleFile } from '../../src/content-layer/article-file.ts';
import { goldSchema } from '../../src/evaluation/gold.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const parsed = parseArticleFile('seed.md', fixture('seed-2025-05-11.md'));
if (!parsed.ok) throw new Error('the sample article must parse');
const body = parsed.article.body;
const gold = goldSchema.parse(JSON.parse(fixture('seed-2025-05-11.gold.json')));
const analysis: ArticleAnalysis = analyzeArticle(body, { date: gold.article.date });

/** Paragraph (1-based top-level block) of a body offset: blocks are separated by blank lines. */
const paragraphOf = (offset: number) => body.slice(0, offset).trimStart().split(/\n\s*\n/).length;
const actorNamed = (name: string) => analysis.actors.find((actor) => actor.name === name || actor.aliases.includes(name));

describe('the sample article', () => {
	it.each(gold.actors.filter((actor) => !actor.optional).map((actor) => [actor.name, actor] as const))('finds the actor %s', (_name, expected) => {
		const actor = analysis.actors.find((a) => a.name === expected.name);
		expect(actor, `${expected.name} as a canonical name`).toBeDefined();
		expect(actor?.kind).toBe(expected.kind);
		for (const alias of expected.aliases) {
			// Kyiv, Moscow and the Kremlin may also stand as actors of their own (see the gold's note)
			if (!actor?.aliases.includes(alias)) expect(actorNamed(alias.replace(/^the /, '')), alias).toBeDefined();
		}
		if (expected.role) expect(actor?.roles).toContain(expected.role);
	});

	it('finds the eleven required quotes, each with its kind, speaker, cue and channel', () => {
		const required = gold.quotes.filter((quote) => !quote.optional);
		expect(required).toHaveLength(11);
		for (const expected of required) {
			const quote = analysis.quotes.find((q) => q.text === expected.text);
			expect(quote, expected.text).toBeDefined();
			expect(quote?.kind, expected.text).toBe(expected.kind);
			expect(quote?.speakerName, expected.text).toBe(expected.speaker);
			expect(quote?.cue ?? null, expected.text).toBe(expected.cue ?? null);
			expect(quote?.channel ?? null, expected.text).toBe(expected.channel ?? null);
		}
		expect(analysis.quotes.filter((q) => !required.some((r) => r.text === q.text))).toEqual([]);
	});

	it('resolves every required date to its value', () => {
		for (const expected of gold.dates.filter((date) => !date.optional)) {
			const candidates = analysis.dates.filter((d) => d.text.includes(expected.text) || expected.text.includes(d.text));
			const date = expected.paragraph ? candidates.find((d) => paragraphOf(d.start) === expected.paragraph) : candidates[0];
			expect(date, `${expected.text} (paragraph ${expected.paragraph ?? 'any'})`).toBeDefined();
			expect(date?.value, expected.text).toBe(expected.value);
		}
	});

	it('explains how "on Thursday" was resolved: future tense from Sunday 11 May 2025', () => {
		const thursday = analysis.dates.find((d) => d.text === 'on Thursday');
		expect(thursday?.resolution).toEqual({
			anchor: 'publication',
			anchorDate: '2025-05-11',
			tense: 'future',
			explanation: '"on Thursday", article of Sun 11 May 2025, future tense → Thu 15 May 2025',
		});
	});

	it('finds the required claims with their attribution', () => {
		for (const expected of gold.claims.filter((claim) => !claim.optional)) {
			const claim = analysis.claims.find((c) => c.text === expected.text);
			expect(claim, expected.text).toBeDefined();
			expect(claim?.attributedToName ?? null, expected.text).toBe(expected.attributedTo);
		}
		const allowed = gold.claims.map((claim) => claim.text);
		expect(analysis.claims.map((c) => c.text).filter((text) => !allowed.includes(text))).toEqual([]);
	});

	it('places the six events on their dates', () => {
		expect(analysis.events.map((event) => event.date)).toEqual(gold.events.map((event) => event.date));
		const ceasefire = analysis.events.find((event) => event.date === '2025-05-12');
		expect(ceasefire?.actors).toEqual(expect.arrayContaining(['ukraine', 'russia']));
	});

	it('gives offsets that slice the body back to every text', () => {
		for (const item of [...analysis.quotes, ...analysis.dates, ...analysis.claims, ...analysis.actors.flatMap((a) => a.mentions)]) {
			expect(body.slice(item.start, item.end)).toBe(item.text);
		}
	});
});
