import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/content-layer/article-file.ts';
import { countWords, renderArticleBody } from '../../src/content-layer/markdown.ts';

describe('renderArticleBody', () => {
	it('renders the sample article: 18 blocks, one subheading with its rehype-slug id, offsets that slice back', async () => {
		const text = await readFile(new URL('../../content/articles/2025-05-11-trump-urges-ukraine-to-accept-russias-offer.md', import.meta.url), 'utf8');
		const parsed = parseArticleFile('seed.md', text);
		if (!parsed.ok) throw new Error('the sample article must parse');
		const { html, headings, blocks } = await renderArticleBody(parsed.article.body);
		expect(blocks).toHaveLength(18);
		expect(blocks.filter((block) => block.type === 'heading')).toEqual([
			{ type: 'heading', depth: 2, slug: 'first-ceasefire-then-the-rest', text: '‘First ceasefire,’ then the rest', start: expect.any(Number), end: expect.any(Number) },
		]);
		expect(headings).toEqual([{ depth: 2, slug: 'first-ceasefire-then-the-rest', text: '‘First ceasefire,’ then the rest' }]);
		expect(html).toContain('<h2 id="first-ceasefire-then-the-rest">‘First ceasefire,’ then the rest</h2>');
		for (const block of blocks.filter((b) => b.type === 'paragraph')) {
			expect(parsed.article.body.slice(block.start, block.end)).toBe(block.text);
		}
		expect(blocks[8]?.type).toBe('heading');
		expect(parsed.article.body.slice(blocks[8]?.start, blocks[8]?.end)).toBe('## ‘First ceasefire,’ then the rest');
	});

	it('drops raw HTML and dangerous links, keeps the text', async () => {
		const { html } = await renderArticleBody(
			'Hello <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [ok](https://example.org/a).\n\n<iframe src="https://evil.example"></iframe>\n',
		);
		expect(html).toBe('<p>Hello alert(1)  <a>click</a> <a href="https://example.org/a">ok</a>.</p>');
	});

	it('keeps the ids of several headings distinct', async () => {
		const { headings } = await renderArticleBody('# Talks\n\n## Talks\n\n> ## Quoted heading\n');
		expect(headings).toEqual([
			{ depth: 1, slug: 'talks', text: 'Talks' },
			{ depth: 2, slug: 'talks-1', text: 'Talks' },
			{ depth: 2, slug: 'quoted-heading', text: 'Quoted heading' },
		]);
	});
});

describe('countWords', () => {
	it('counts words with inner apostrophes and hyphens as one', () => {
		expect(countWords("Russia's full-scale invasion — in 2022, isn't it?")).toBe(7);
		expect(countWords('')).toBe(0);
	});
});

describe('annotated rendering', () => {
	it('reads exactly as the plain article, with every quote, claim and event anchored once', async () => {
		const { analyzeArticle } = await import('../../src/analysis/index.ts');
		const text = await readFile(new URL('../fixtures/articles/seed-2025-05-11.md', import.meta.url), 'utf8');
		const parsed = parseArticleFile('seed.md', text);
		if (!parsed.ok) throw new Error('the sample article must parse');
		const analysis = analyzeArticle(parsed.article.body, { date: '2025-05-11' });
		const plain = await renderArticleBody(parsed.article.body);
		const annotated = await renderArticleBody(parsed.article.body, { annotate: { body: parsed.article.body, analysis, actorHref: (name) => `/actors/${name}/`, timelineHref: (value) => `/timeline/#t-${value}` } });
		const textOf = (html: string) => html.replace(/<[^>]+>/g, '');
		expect(textOf(annotated.html)).toBe(textOf(plain.html));
		for (const id of [...analysis.quotes, ...analysis.claims, ...analysis.events].map((entry) => entry.id)) {
			expect(annotated.html.match(new RegExp(`id="${id}"`, 'g')), id).toHaveLength(1);
		}
		expect(annotated.html).toContain('<span class="ann-quote ann-direct" title="direct quote · Andriy Yermak · added" id="q11">And what about </span>');
	});
});
