import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/content-layer/article-file.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const analyze = (...args: string[]) => spawnSync(process.execPath, ['src/cli/analyze.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run analyze', () => {
	it('prints one JSON object with every article of a folder, sorted, offsets into each body', () => {
		const run = analyze('--json', 'tests/fixtures/content/valid');
		expect(run.status).toBe(0);
		const output = JSON.parse(run.stdout) as { articles: Array<Record<string, unknown> & { path: string; quotes: Array<{ text: string; start: number; end: number; speakerName: string | null; cue: string | null }> }> };
		expect(output.articles.map((a) => [a.id, a.title, a.date, a.path])).toEqual([
			['harbour-vote', 'Port Calder council approves harbour dredging after long debate', '2024-03-08', 'tests/fixtures/content/valid/2024/harbour-vote.md'],
			['lighthouse', "Lighthouse keepers' guild elects its first woman president", '2023-11-30', 'tests/fixtures/content/valid/lighthouse.md'],
		]);
		const harbour = output.articles[0];
		expect(Object.keys(harbour ?? {})).toEqual(['id', 'title', 'date', 'path', 'actors', 'quotes', 'dates', 'claims', 'events']);
		const parsed = parseArticleFile('x.md', readFileSync(new URL('../fixtures/content/valid/2024/harbour-vote.md', import.meta.url), 'utf8'));
		if (!parsed.ok) throw new Error('fixture must parse');
		expect(harbour?.quotes.map((q) => [q.text, q.speakerName, q.cue])).toEqual([['Work starts in June,', 'Ines Okonkwo-Barros', 'said']]);
		for (const quote of harbour?.quotes ?? []) expect(parsed.article.body.slice(quote.start, quote.end)).toBe(quote.text);
	});

	it('prints a readable report with each date and how it was resolved', () => {
		const output = execFileSync(process.execPath, ['src/cli/analyze.ts', 'tests/fixtures/content/valid/2024/harbour-vote.md'], { cwd: root, encoding: 'utf8' });
		expect(output).toContain('# Port Calder council approves harbour dredging after long debate');
		expect(output).toContain('## Dates (3)');
		expect(output).toContain('on Thursday  2024-03-07  "on Thursday", article of Fri 8 Mar 2024, past tense → Thu 7 Mar 2024');
	});

	it('applies an article’s corrections and reports which applied and which match nothing', () => {
		const output = execFileSync(process.execPath, ['src/cli/analyze.ts', 'tests/fixtures/corrections/velora.md'], { cwd: root, encoding: 'utf8' });
		expect(output).toContain(
			['## Corrections (3)', 'line  outcome          correction', '----  ---------------  ---------------------------------------------', '6     applied (1)      quote "We are ready" → speaker Sven Lindqvist', '8     applied (1)      date "next month" → value 2024-07', '10    matches nothing  claim "words nobody wrote" → dropped'].join('\n'),
		);
		const json = JSON.parse(analyze('--json', 'tests/fixtures/corrections/velora.md').stdout) as { articles: Array<{ quotes: Array<{ speakerName: string }>; dates: Array<{ text: string; value: string }>; corrections: Array<{ matched: number }> }> };
		const article = json.articles[0];
		expect(article?.quotes.map((quote) => quote.speakerName)).toEqual(['Ines Okonkwo-Barros', 'Sven Lindqvist', 'Sven Lindqvist']);
		expect(article?.dates.find((date) => date.text === 'next month')?.value).toBe('2024-07');
		expect(article?.corrections.map((outcome) => outcome.matched)).toEqual([1, 1, 0]);
		// --raw: the engine's own output
		const raw = JSON.parse(analyze('--json', '--raw', 'tests/fixtures/corrections/velora.md').stdout) as typeof json;
		expect(raw.articles[0]?.quotes.map((quote) => quote.speakerName)).toEqual(['Ines Okonkwo-Barros', 'Ines Okonkwo-Barros', 'Sven Lindqvist']);
		expect(raw.articles[0]).not.toHaveProperty('corrections');
	});

	it('names a bad file and fails, still analysing the good ones', () => {
		const run = analyze('--json', 'tests/fixtures/content/bad/impossible-day.md', 'tests/fixtures/content/valid/lighthouse.md', 'no/such/file.md');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('tests/fixtures/content/bad/impossible-day.md:3:1 date: "2025-02-30" is not a real calendar date');
		expect(run.stderr).toContain('no/such/file.md no such file or folder');
		expect(JSON.parse(run.stdout).articles).toHaveLength(1);
	});
});
