import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/content-layer/article-file.ts';
import { renderArticleBody } from '../../src/content-layer/markdown.ts';
import { escapeMarkdown, isSubheading, plainTextToArticle } from '../../src/content-layer/plain-text-import.ts';

const story = () => readFile(new URL('../fixtures/plain-text/fictional-ferry-strike.txt', import.meta.url), 'utf8');

describe('plainTextToArticle', () => {
	it('writes frontmatter, paragraphs and a subheading, titling the story by its first sentence', async () => {
		const article = plainTextToArticle(await story(), { fictional: true });
		expect(article.title).toBe('Ferry crews in the fictional port of Esk Harbour walked out on Friday, stranding hundreds of travellers');
		expect(article.fileName).toBe('2024-09-14-ferry-crews-in-the-fictional-port-of-esk.md');
		expect(article.markdown).toBe(
			[
				'---',
				'title: Ferry crews in the fictional port of Esk Harbour walked out on Friday, stranding hundreds of travellers',
				'date: 2024-09-14',
				'fictional: true',
				'---',
				'',
				'Ferry crews in the fictional port of Esk Harbour walked out on Friday, stranding hundreds of travellers.',
				'',
				"The Esk Harbour Mariners' Union said the strike would last until Tuesday unless wages rose by 6%.",
				'',
				'## Talks resume next week',
				'',
				'“We have waited two years for a fair offer,” union secretary Tomasz Fairlie-Nwosu said.',
				'',
				'\\# Not a heading: the line starts with a hash sign, which Markdown would read as one.',
				'',
			].join('\n'),
		);
	});

	it('produces a file the content layer accepts, with the same paragraphs', async () => {
		const article = plainTextToArticle(await story(), { title: 'Ferry crews strike', source: 'Fictional Wire', fictional: true });
		const parsed = parseArticleFile(article.fileName, article.markdown);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.article.frontmatter).toMatchObject({ title: 'Ferry crews strike', date: '2024-09-14', source: 'Fictional Wire', fictional: true });
		const { blocks } = await renderArticleBody(parsed.article.body);
		expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
		expect(blocks[4]?.text).toBe('# Not a heading: the line starts with a hash sign, which Markdown would read as one.');
	});

	it('converts the sample story into 18 blocks with one subheading', async () => {
		const article = plainTextToArticle(await readFile(new URL('../fixtures/seed-2025-05-11.txt', import.meta.url), 'utf8'));
		expect(article.date).toBe('2025-05-11');
		expect(article.blocks).toBe(18);
		expect(article.markdown.match(/^## .*$/gm)).toEqual(['## ‘First ceasefire,’ then the rest']);
		expect(article.title).toBe(
			'U.S. President Donald Trump called on Sunday for Ukraine to accept Russia\'s offer of direct talks in Istanbul, saying a face-to-face meeting would determine whether peace was possible',
		);
	});

	it.each([
		['Ferry crews walked out.', 'line 1: the story must start with "date YYYY-MM-DD"'],
		['date 2024-02-30 Text.', 'line 1: date "2024-02-30" is not a real calendar date'],
		['date 2024-02-03   \n\n', 'the story has no text after its date'],
	])('refuses %j', (text, message) => {
		expect(() => plainTextToArticle(text)).toThrow(message);
	});
});

describe('isSubheading', () => {
	it.each([
		['Talks resume next week', true],
		['‘First steps,’ then the rest', true],
		['Talks resume next week.', false],
		['Who pays?', false],
		['A line far too long to be a subheading because it runs on and on past twelve words in all', false],
	])('%j → %s', (line, expected) => {
		expect(isSubheading(line)).toBe(expected);
	});
});

describe('escapeMarkdown', () => {
	it.each([
		['5 * 3 = 15', '5 \\* 3 = 15'],
		['1. Not a list', '1\\. Not a list'],
		['- not a bullet', '\\- not a bullet'],
		['> not a quote', '\\> not a quote'],
		['a <b>tag</b> stays text', 'a \\<b>tag\\</b> stays text'],
		['[Turkey] stays as written', '[Turkey] stays as written'],
		['[a link](http://x) is not made', '\\[a link](http://x) is not made'],
		['AT&T and &amp;', 'AT&T and \\&amp;'],
	])('%j → %j', (line, expected) => {
		expect(escapeMarkdown(line)).toBe(expected);
	});
});
