import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prestartWorkers } from '../../src/content-layer/article-pool.ts';
import { articlesLoader } from '../../src/content-layer/loader.ts';
import { ContentError } from '../../src/content-layer/problems.ts';
import { readArticleIndex, readRecord, readRecordAnalysis } from '../../src/content-layer/records.ts';
import { fakeContext } from './fake-context.ts';
import { waiting } from './prestarted.ts';

let root = '';
beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'dateline-loader-'));
	await cp(new URL('../fixtures/content/valid/', import.meta.url), join(root, 'content/articles'), { recursive: true });
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('articlesLoader', () => {
	it('stores every article with its derived data, and its annotated HTML and analysis in its record', async () => {
		const { context, entries, logs } = fakeContext(root);
		await articlesLoader().load(context);
		expect([...entries.keys()]).toEqual(['harbour-vote', 'lighthouse']);
		const harbour = entries.get('harbour-vote');
		expect(harbour?.data).toMatchObject({
			title: 'Port Calder council approves harbour dredging after long debate',
			date: '2024-03-08',
			excerpt: "Port Calder's council voted 7-2 on Thursday to dredge the old harbour, ending a debate that began in 2021.",
			wordCount: 30,
			sourcePath: 'content/articles/2024/harbour-vote.md',
			counts: { actors: 2, quotes: 1, dates: 3, claims: 1, events: 3 },
		});
		// nothing heavy in Astro's data store
		expect(harbour?.rendered).toBeUndefined();
		expect(harbour?.data).not.toHaveProperty('analysis');
		expect(harbour?.data).not.toHaveProperty('blocks');
		const record = readRecord(join(root, '.cache/dateline-records'), String(harbour?.data.record));
		expect(record.headings).toEqual([{ depth: 2, slug: 'what-happens-next', text: 'What happens next' }]);
		// the body's structure, as offsets into the body (the text after the frontmatter)
		const body = (await readFile(join(root, 'content/articles/2024/harbour-vote.md'), 'utf8')).split('---\n')[2] ?? '';
		expect(record.blocks.map((block) => [block.type, body.slice(block.start, block.end)])).toEqual([
			['paragraph', "Port Calder's council voted 7-2 on Thursday to dredge the old harbour, ending a debate that began in 2021."],
			['heading', '## What happens next'],
			['paragraph', '“Work starts in June,” said Mayor Ines Okonkwo-Barros.'],
		]);
		expect(record.analysis.quotes.map((quote) => quote.speakerName)).toEqual(['Ines Okonkwo-Barros']);
		expect(record.html).toContain('<h2 id="what-happens-next">What happens next</h2>');
		// the analysis is shown inline, linking under the base path
		expect(record.html).toContain('<span class="ann-quote ann-direct" title="direct quote · Ines Okonkwo-Barros · said" id="q1">Work starts </span>');
		expect(record.html).toContain('said Mayor <a href="/news/actors/ines-okonkwo-barros/" class="ann-actor" data-kind="person">Ines Okonkwo-Barros</a>');
		expect(record.html).toContain('<a href="/news/timeline/2024/#t-2024-03-07" class="ann-date-link" data-resolved="Thu 7 Mar 2024"><time datetime="2024-03-07" class="ann-date"');
		expect(entries.get('lighthouse')?.data.excerpt).toBe('The Vell Coast guild chose Adaeze Marlow by a wide margin.');
		expect(logs).toEqual(['2 articles: 2 rendered, 0 unchanged; 2 analysed, 0 from the analysis cache of earlier builds']);
	});

	it('does not render unchanged files again, and forgets deleted ones', async () => {
		const { context, entries, logs } = fakeContext(root);
		await articlesLoader().load(context);
		const before = { ...entries.get('lighthouse')?.data };
		await articlesLoader().load(context);
		// the same article: the same record, the same hash of its content
		expect([entries.get('lighthouse')?.data.record, entries.get('lighthouse')?.data.recordHash]).toEqual([before.record, before.recordHash]);
		await writeFile(join(root, 'content/articles/lighthouse.md'), '---\ntitle: Changed\ndate: 2023-12-01\nfictional: true\n---\nNew text.\n');
		await articlesLoader().load(context);
		expect(entries.get('lighthouse')?.data.recordHash).not.toBe(before.recordHash);
		await rm(join(root, 'content/articles/2024/harbour-vote.md'));
		await articlesLoader().load(context);
		// the previous test analysed the same two texts in this process
		expect(logs).toEqual([
			'2 articles: 2 rendered, 0 unchanged; 2 analysed, 0 from the analysis cache of earlier builds',
			'2 articles: 0 rendered, 2 unchanged; 0 analysed, 0 from the analysis cache of earlier builds',
			'2 articles: 1 rendered, 1 unchanged; 1 analysed, 0 from the analysis cache of earlier builds',
			'1 articles: 0 rendered, 1 unchanged; 0 analysed, 0 from the analysis cache of earlier builds',
		]);
		expect([...entries.keys()]).toEqual(['lighthouse']);
		expect(entries.get('lighthouse')?.data.title).toBe('Changed');
		// the records (both files of each) of the old versions and of the deleted file are gone; the index lists what is left
		const key = entries.get('lighthouse')?.data.record;
		expect((await readdir(join(root, '.cache/dateline-records'))).sort()).toEqual([`${key}.json`, `${key}.analysis.json`, '_articles.json', '_sources.json'].sort());
		expect(readArticleIndex(join(root, '.cache/dateline-records')).map(({ id, data }) => [id, data.title, data.record])).toEqual([['lighthouse', 'Changed', entries.get('lighthouse')?.data.record]]);
	});

	it('renders an unchanged article again when its record has gone missing, and says which file a missing record is', async () => {
		const { context, entries, logs } = fakeContext(root);
		await articlesLoader().load(context);
		const key = String(entries.get('lighthouse')?.data.record);
		await rm(join(root, '.cache/dateline-records', `${key}.json`));
		expect(() => readRecord(join(root, '.cache/dateline-records'), key)).toThrow(`Dateline could not read the article record ${join(root, '.cache/dateline-records', `${key}.json`)}`);
		await articlesLoader().load(context);
		expect(logs.at(-1)).toBe('2 articles: 1 rendered, 1 unchanged; 0 analysed, 1 from the analysis cache of earlier builds');
		expect(readRecord(join(root, '.cache/dateline-records'), key).html).toContain('Adaeze Marlow');
		// the analysis has a file of its own: without it the record is made again too
		await rm(join(root, '.cache/dateline-records', `${key}.analysis.json`));
		expect(() => readRecordAnalysis(join(root, '.cache/dateline-records'), key)).toThrow(`Dateline could not read the article record ${join(root, '.cache/dateline-records', `${key}.analysis.json`)}`);
		await articlesLoader().load(context);
		expect(logs.at(-1)).toBe('2 articles: 1 rendered, 1 unchanged; 0 analysed, 1 from the analysis cache of earlier builds');
		expect(readRecordAnalysis(join(root, '.cache/dateline-records'), key).actors.map((actor) => actor.name)).toContain('Adaeze Marlow');
	});

	it('builds the same entries and records on worker threads as inline', async () => {
		const inline = fakeContext(root);
		await articlesLoader({ threads: 0 }).load(inline.context);
		const inlineRecords = [...inline.entries.values()].map((entry) => readRecord(join(root, '.cache/dateline-records'), String(entry.data.record)));
		await rm(join(root, '.cache'), { recursive: true });
		const threaded = fakeContext(root);
		await articlesLoader({ threads: 2 }).load(threaded.context);
		expect(threaded.logs).toEqual(['2 articles: 2 rendered, 0 unchanged; 2 analysed, 0 from the analysis cache of earlier builds']);
		expect([...threaded.entries.values()]).toEqual([...inline.entries.values()]);
		expect([...threaded.entries.values()].map((entry) => readRecord(join(root, '.cache/dateline-records'), String(entry.data.record)))).toEqual(inlineRecords);
	});

	it('applies the actor registry and the article’s corrections, and warns at every build about a correction that matches nothing', async () => {
		await writeFile(join(root, 'content/actors.yaml'), '- name: Ines Okonkwo-Barros\n  kind: person\n  roles: [Mayor of Port Calder]\n  description: Mayor since 2021.\n');
		await writeFile(
			join(root, 'content/articles/corrected.md'),
			'---\ntitle: Corrected\ndate: 2024-03-09\nfictional: true\ncorrections:\n  - quote: Work starts\n    speaker: Adaeze Marlow\n  - quote: words nobody said\n    drop: true\n---\n“Work starts in June,” said Mayor Ines Okonkwo-Barros.\n',
		);
		const { context, entries, warnings } = fakeContext(root);
		await articlesLoader().load(context);
		const corrected = entries.get('corrected');
		expect(corrected?.data.correctionReport).toEqual([
			{ index: 0, line: 6, matched: 1, description: 'quote "Work starts" → speaker Adaeze Marlow' },
			{ index: 1, line: 8, matched: 0, description: 'quote "words nobody said" → dropped' },
		]);
		const record = readRecord(join(root, '.cache/dateline-records'), String(corrected?.data.record));
		expect(record.analysis.quotes.map((quote) => quote.speakerName)).toEqual(['Adaeze Marlow']);
		expect(record.analysis.actors.find((actor) => actor.name === 'Ines Okonkwo-Barros')?.roles).toEqual(['Mayor', 'Mayor of Port Calder']);
		// unchanged on the second build, and still warned about
		await articlesLoader().load(context);
		const warning = 'content/articles/corrected.md:8 warning: corrections.1: quote "words nobody said" → dropped matches nothing in the article';
		expect(warnings).toEqual([warning, warning]);
	});

	it('fails naming the line and field of a problem in the actor registry', async () => {
		await writeFile(join(root, 'content/actors.yaml'), '- name: Ines Okonkwo-Barros\n  kind: mayor\n');
		const { context } = fakeContext(root);
		await expect(articlesLoader().load(context)).rejects.toThrow('Dateline found 1 problem in the articles:\n  content/actors.yaml:2:9 0.kind: Invalid option: expected one of "person"|"organization"|"place"|"group"');
	});

	it('fails with every problem listed and stores nothing from a bad run', async () => {
		await writeFile(join(root, 'content/articles/bad.md'), '---\ntitle: Bad\ndate: 2025-02-30\n---\nText.\n');
		const { context, entries } = fakeContext(root);
		// workers started ahead for this sync are ended with it, not left waiting with the engine loaded
		prestartWorkers(1);
		const failure = articlesLoader().load(context);
		await expect(failure).rejects.toBeInstanceOf(ContentError);
		await expect(failure).rejects.toThrow('Dateline found 1 problem in the articles:\n  content/articles/bad.md:3:1 date: "2025-02-30" is not a real calendar date');
		expect(entries.size).toBe(0);
		expect(waiting()).toHaveLength(0);
	});
});

describe('the analysis cache', () => {
	it('keeps analyses between runs, so a new process re-analyses nothing unchanged', async () => {
		const { analysisOf, useAnalysisCache } = await import('../../src/content-layer/analysis-cache.ts');
		useAnalysisCache(join(root, '.cache/dateline-analysis'));
		const article = { text: 'x', body: '“We are ready,” said Mayor Ada Oyelaran on Monday.\n', frontmatter: { date: '2024-05-01' } };
		const tally = { analysed: 0, cached: 0 };
		const first = analysisOf({ ...article, text: `${Math.random()}` }, undefined, tally);
		expect(tally).toEqual({ analysed: 1, cached: 0 });
		expect(first.quotes.map((q) => q.speakerName)).toEqual(['Ada Oyelaran']);
		// a second process has an empty memory but the same cache folder
		vi.resetModules();
		const fresh = await import('../../src/content-layer/analysis-cache.ts');
		fresh.useAnalysisCache(join(root, '.cache/dateline-analysis'));
		const cachedText = { ...article, text: 'same text' };
		fresh.analysisOf(cachedText);
		vi.resetModules();
		const third = await import('../../src/content-layer/analysis-cache.ts');
		third.useAnalysisCache(join(root, '.cache/dateline-analysis'));
		const thirdTally = { analysed: 0, cached: 0 };
		expect(third.analysisOf(cachedText, undefined, thirdTally)).toEqual(fresh.analysisOf(cachedText));
		expect(thirdTally).toEqual({ analysed: 0, cached: 1 });
	});
});

describe('progressReporter', () => {
	it('says nothing for short runs and a line every tenth of a long one, with the time left', async () => {
		const { progressReporter } = await import('../../src/content-layer/loader.ts');
		const short: string[] = [];
		const tickShort = progressReporter(150, (line) => short.push(line));
		for (let i = 0; i < 150; i += 1) tickShort();
		expect(short).toEqual([]);
		const lines: string[] = [];
		let clock = 0;
		const tick = progressReporter(1000, (line) => lines.push(line), () => clock);
		for (let i = 0; i < 1000; i += 1) {
			clock += 30;
			tick();
		}
		// lines start once the run has taken two seconds
		expect(lines).toHaveLength(9);
		expect(lines[0]).toBe('analysed and rendered 100/1000 articles (10%), about 27 s left');
		expect(lines[8]).toBe('analysed and rendered 900/1000 articles (90%), about 3 s left');
	});
});
