import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArticles, prestartWorkers, releasePrestarted } from '../../src/content-layer/article-pool.ts';
import { collectArticles } from '../../src/content-layer/collect.ts';
import { waiting } from './prestarted.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/content/valid/', import.meta.url));

let cache = '';
beforeEach(async () => {
	cache = await mkdtemp(join(tmpdir(), 'dateline-pool-'));
});
afterEach(async () => {
	releasePrestarted();
	await rm(cache, { recursive: true, force: true });
});

async function jobs() {
	const { articles } = await collectArticles(FIXTURES, FIXTURES);
	return articles.map((article, n) => ({ article, options: { analysisCache: join(cache, 'analysis'), records: join(cache, 'records'), key: `k${n}`, base: '/', registry: [] } }));
}

describe('the article pool', () => {
	it('builds on the workers started ahead, the same entries as inline', async () => {
		prestartWorkers(2);
		const started = waiting() as Worker[];
		expect(started).toHaveLength(2);
		let answers = 0;
		for (const worker of started) worker.on('message', () => (answers += 1));
		const threaded = await buildArticles(await jobs(), { threads: 2 });
		// the two articles were built by the workers started ahead
		expect(answers).toBe(2);
		expect(waiting()).toHaveLength(0);
		await rm(cache, { recursive: true, force: true });
		const inline = await buildArticles(await jobs(), { threads: 0 });
		expect(threaded.map((built) => built.entry)).toEqual(inline.map((built) => built.entry));
		expect(threaded.map((built) => built.entry.title)).toEqual(['Port Calder council approves harbour dredging after long debate', "Lighthouse keepers' guild elects its first woman president"]);
	});

	it('drops a worker started ahead that stops before it is taken, and builds on a new one', async () => {
		prestartWorkers(2);
		const [first] = waiting() as Worker[];
		await first?.terminate();
		expect(waiting()).toHaveLength(1);
		const built = await buildArticles(await jobs(), { threads: 2 });
		expect(built.map((article) => article.entry.date)).toEqual(['2024-03-08', '2023-11-30']);
	});

	it('builds a single article on a worker started ahead, and ends the others', async () => {
		prestartWorkers(2);
		const started = waiting() as Worker[];
		let answers = 0;
		for (const worker of started) worker.on('message', () => (answers += 1));
		const built = await buildArticles((await jobs()).slice(0, 1));
		expect(built.map((article) => article.entry.date)).toEqual(['2024-03-08']);
		expect(answers).toBe(1);
		expect(waiting()).toHaveLength(0);
	});

	it('ends the workers started ahead when told to build inline', async () => {
		prestartWorkers(2);
		const started = waiting() as Worker[];
		let answers = 0;
		for (const worker of started) worker.on('message', () => (answers += 1));
		const built = await buildArticles((await jobs()).slice(0, 1), { threads: 0 });
		expect(built).toHaveLength(1);
		expect(answers).toBe(0);
		expect(waiting()).toHaveLength(0);
	});
});
