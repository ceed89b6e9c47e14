import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectArticles } from '../../src/content-layer/collect.ts';
import { formatProblem } from '../../src/content-layer/problems.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = (name: string) => fileURLToPath(new URL(`../fixtures/content/${name}`, import.meta.url));

describe('collectArticles', () => {
	it('finds articles in nested folders, sorted, with ids from their file names', async () => {
		const { articles, problems } = await collectArticles(dir('valid'), root);
		expect(problems).toEqual([]);
		expect(articles.map((article) => [article.id, article.file])).toEqual([
			['harbour-vote', 'tests/fixtures/content/valid/2024/harbour-vote.md'],
			['lighthouse', 'tests/fixtures/content/valid/lighthouse.md'],
		]);
	});

	it('lists every problem of the run, duplicate ids included', async () => {
		const { articles, problems } = await collectArticles(dir('bad'), root);
		expect(articles.map((article) => article.id)).toEqual(['duplicate-id']);
		expect(problems.map(formatProblem)).toEqual([
			'tests/fixtures/content/bad/impossible-day.md:3:1 date: "2025-02-30" is not a real calendar date',
			'tests/fixtures/content/bad/impossible-month.md:4:1 date: "2024-13-45" is not a real calendar date',
			"tests/fixtures/content/bad/malformed-yaml.md:3:1 the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
			'tests/fixtures/content/bad/missing-title.md:1:1 title: is required',
			'tests/fixtures/content/bad/nested/duplicate-id.md id: the id "duplicate-id" is already used by tests/fixtures/content/bad/duplicate-id.md: rename one of the two files',
		]);
	});

	it('treats a missing folder as no articles', async () => {
		await expect(collectArticles(dir('no-such-folder'), root)).resolves.toEqual({ articles: [], problems: [], warnings: [] });
	});
});
