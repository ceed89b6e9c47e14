import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/content-layer/article-file.ts';
import { formatProblem } from '../../src/content-layer/problems.ts';

const fixture = (name: string) => new URL(`../fixtures/content/${name}`, import.meta.url);
const read = async (name: string) => parseArticleFile(`content/articles/${name.split('/').pop()}`, await readFile(fixture(name), 'utf8'));

describe('parseArticleFile', () => {
	it('reads a valid article, trimming text and filling defaults', async () => {
		const result = await read('valid/lighthouse.md');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.article.frontmatter).toEqual({
			title: "Lighthouse keepers' guild elects its first woman president",
			date: '2023-11-30',
			summary: 'The Vell Coast guild chose Adaeze Marlow by a wide margin.',
			fictional: true,
			tags: [],
			corrections: [],
		});
		expect(result.article.bodyLine).toBe(7);
		expect(result.article.body).toBe("\nThe Vell Coast Lighthouse Keepers' Guild elected Adaeze Marlow as president on Wednesday.\n");
	});

	it('reports a missing title at the frontmatter with the field named', async () => {
		const result = await read('bad/missing-title.md');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map(formatProblem)).toEqual(['content/articles/missing-title.md:1:1 title: is required']);
	});

	it('reports a malformed YAML block with its line', async () => {
		const result = await read('bad/malformed-yaml.md');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ file: 'content/articles/malformed-yaml.md', line: 3, column: 1 });
		expect(result.problems[0]?.message).toMatch(/^the frontmatter is not valid YAML: /);
	});

	it('refuses a thirteenth month, at the line of the date field', async () => {
		const result = await read('bad/impossible-month.md');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map(formatProblem)).toEqual(['content/articles/impossible-month.md:4:1 date: "2024-13-45" is not a real calendar date']);
	});

	it('refuses the thirtieth of February', async () => {
		const result = await read('bad/impossible-day.md');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map(formatProblem)).toEqual(['content/articles/impossible-day.md:3:1 date: "2025-02-30" is not a real calendar date']);
	});

	it('accepts the twenty-ninth of February of a leap year', () => {
		const result = parseArticleFile('a.md', '---\ntitle: T\ndate: 2024-02-29\n---\nText.\n');
		expect(result.ok && result.article.frontmatter.date).toBe('2024-02-29');
	});

	it.each([
		['---\ntitle: T\ndate: 25-05-11\n---\n', 'date: "25-05-11" is not written YYYY-MM-DD'],
		['---\ntitle: T\ndate: 2023-02-29\n---\n', 'date: "2023-02-29" is not a real calendar date'],
		['---\ntitle: T\ndate: 0000-01-01\n---\n', 'date: "0000-01-01" is not a real calendar date'],
		['---\ntitle: T\n---\n', 'date: is required'],
		['---\ntitle: "  "\ndate: 2025-05-11\n---\n', 'title: must not be empty'],
		['---\ntitle: T\ndate: 2025-05-11\nfictional: maybe\n---\n', 'fictional: must be true or false'],
		['---\ntitle: T\ndate: 2025-05-11\nurl: javascript:alert(1)\n---\n', 'url: must be an http(s) address'],
	])('explains a bad field: %j', (text, expected) => {
		const result = parseArticleFile('a.md', text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([expected]);
	});

	it('refuses a file without frontmatter, and frontmatter that is not a mapping', () => {
		const none = parseArticleFile('a.md', 'Just text.\n');
		const list = parseArticleFile('b.md', '---\n- one\n- two\n---\nText\n');
		const unclosed = parseArticleFile('c.md', '---\ntitle: T\n');
		expect(none.ok || none.problems.map(formatProblem)).toEqual([
			'a.md:1 the file must start with a frontmatter block: a line ---, the fields (title, date…), and a closing line ---',
		]);
		expect(list.ok || list.problems.map(formatProblem)).toEqual(['b.md:2 the frontmatter must be a YAML mapping of fields (title: …, date: …)']);
		expect(unclosed.ok || unclosed.problems.map(formatProblem)).toEqual(['c.md:1 the frontmatter block opened on line 1 is never closed with a line ---']);
	});
});
