import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const evaluate = (...args: string[]) => spawnSync(process.execPath, ['src/cli/eval.ts', ...args], { cwd: root, encoding: 'utf8' });
const USAGE = 'usage: npm run --silent eval -- [--verbose] [folder | article.md]   (default folder: tests/fixtures/articles)';

const work = mkdtempSync(join(tmpdir(), 'dateline-eval-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding the fictional lighthouse article and the given gold file beside it. */
function withGold(name: string, gold: string): string {
	const folder = join(work, name);
	mkdirSync(folder, { recursive: true });
	copyFileSync(join(root, 'tests/fixtures/content/valid/lighthouse.md'), join(folder, 'lighthouse.md'));
	writeFileSync(join(folder, 'lighthouse.gold.json'), gold);
	return folder;
}

describe('npm run eval', () => {
	it('names a gold field of the wrong type with its file, line and column, and scores nothing from it', () => {
		const folder = withGold('wrong-type', '{\n  "article": { "date": "2023-11-30" },\n  "actors": [],\n  "quotes": [],\n  "dates": [\n    { "text": "on Wednesday", "value": 20231129 }\n  ],\n  "claims": [],\n  "events": []\n}\n');
		const run = evaluate(folder);
		expect(run.status).toBe(1);
		expect(run.stderr).toBe(`${folder}/lighthouse.gold.json:6:40 dates.0.value: Invalid input: expected string, received number\nno gold file could be read: nothing scored\n`);
		expect(run.stdout).toBe('');
	});

	it('names an article whose frontmatter is not valid YAML, leaves it out of the scores and scores the others', () => {
		const folder = withGold('bad-article', '{ "article": { "date": "2023-11-30" }, "actors": [], "quotes": [], "dates": [], "claims": [], "events": [] }\n');
		writeFileSync(join(folder, 'colon.md'), '---\ntitle: Twelve years a doctor: a long road back\ndate: 2024-10-06\n---\n\nText.\n');
		writeFileSync(join(folder, 'colon.gold.json'), '{ "article": { "date": "2024-10-06" }, "actors": [], "quotes": [], "dates": [], "claims": [], "events": [] }\n');
		const run = evaluate(folder);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/colon\.md:2:\d+ the frontmatter is not valid YAML: /);
		expect(run.stdout).toContain('1 gold articles');
	});

	it('says where a gold file stops being JSON', () => {
		const run = evaluate(withGold('broken', '{ "article": '));
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/lighthouse\.gold\.json:1:14 is not valid JSON: /);
	});

	it('says so when a folder has no gold, and shows the usage for an unknown option', () => {
		const none = evaluate('tests/fixtures/no-such-folder');
		expect(none.status).toBe(2);
		expect(none.stderr).toBe(`no article with a gold file (NAME.md beside NAME.gold.json) in tests/fixtures/no-such-folder\n${USAGE}\n`);
		const unknown = evaluate('--nope');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain(`Unknown option '--nope'`);
		expect(unknown.stderr.endsWith(`${USAGE}\n`)).toBe(true);
		expect(evaluate('--help').stdout).toBe(`${USAGE}\n`);
	});

	it('scores one article file, and says a file that is no article is none', () => {
		const folder = withGold('one-file', '{ "article": { "date": "2023-11-30" }, "actors": [], "quotes": [], "dates": [], "claims": [], "events": [] }\n');
		const one = evaluate(join(folder, 'lighthouse.md'));
		expect(one.status).toBe(0);
		expect(one.stdout).toContain('1 gold articles');
		const other = evaluate(join(folder, 'lighthouse.gold.json'));
		expect(other.status).toBe(2);
		expect(other.stderr).toBe(`${join(folder, 'lighthouse.gold.json')} is no article: give a folder or a NAME.md file\n${USAGE}\n`);
	});
});
