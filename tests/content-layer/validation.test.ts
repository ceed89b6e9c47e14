import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/content-layer/article-file.ts';
import { collectArticles } from '../../src/content-layer/collect.ts';
import { MAX_ARTICLE_BYTES } from '../../src/content-layer/file-checks.ts';
import { formatProblem } from '../../src/content-layer/problems.ts';

const header = '---\ntitle: A fictional test\ndate: 2024-05-01\nfictional: true\n---\n';

describe('warnings', () => {
	it('names an unknown field and the nearest known one, and publishes the article anyway', () => {
		const result = parseArticleFile('a.md', '---\ntitle: T\ndate: 2024-05-01\nsumary: Oops\n---\nText.\n', { today: '2024-06-01' });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.warnings.map(formatProblem)).toEqual(['a.md:4:1 warning: sumary: is not a known field and is ignored (did you mean "summary"?)']);
	});

	it('warns about a publication date in the future', () => {
		const result = parseArticleFile('a.md', '---\ntitle: T\ndate: 2031-01-02\n---\nText.\n', { today: '2026-11-25' });
		expect(result.ok && result.warnings.map(formatProblem)).toEqual(['a.md:3:1 warning: date: 2031-01-02 is in the future (today is 2026-11-25)']);
	});
});

describe('files that cannot be articles', () => {
	let dir = '';
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'dateline-validation-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('lists every one, with file and line', async () => {
		await writeFile(join(dir, 'empty-body.md'), `${header}\n   \n`);
		await writeFile(join(dir, 'nul-byte.md'), `${header}First line.\nSecond\u0000line.\n`);
		await writeFile(join(dir, 'latin1.md'), Buffer.concat([Buffer.from(`${header}Caf`), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]));
		const tooBig = `${header}${'word '.repeat(MAX_ARTICLE_BYTES / 4)}\n`;
		await writeFile(join(dir, 'too-big.md'), tooBig);
		await writeFile(join(dir, 'good.md'), `${header}A body.\n`);
		const { articles, problems } = await collectArticles(dir, dir);
		expect(articles.map((a) => a.id)).toEqual(['good']);
		expect(problems.map(formatProblem)).toEqual([
			'empty-body.md:6 the article has no text after its frontmatter',
			'latin1.md:6 the file is not valid UTF-8: save it as UTF-8',
			'nul-byte.md:7 the file contains a NUL byte: it is not a text file',
			`too-big.md the file is ${Buffer.byteLength(tooBig).toLocaleString('en')} bytes; articles may be at most 1,048,576 bytes (1 MiB)`,
		]);
	});

	it('reads a file that starts with a byte-order mark', async () => {
		await writeFile(join(dir, 'bom.md'), `\uFEFF${header}A body.\n`);
		const { articles, problems } = await collectArticles(dir, dir);
		expect(problems).toEqual([]);
		expect(articles[0]?.frontmatter.title).toBe('A fictional test');
	});
});
