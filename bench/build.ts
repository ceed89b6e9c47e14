/**
 * `npm run bench [-- --sizes 100,1000,5000]`: builds a generated fictional corpus at each size and
 * prints a table — cold build, warm rebuild, rebuild after editing one article, peak memory, dist/
 * and Pagefind sizes, article page weight (gzip) — each time also as a ratio to a bare Astro 7
 * project that builds the same Markdown as plain pages (written to a throwaway folder). Results go
 * to bench/results.json. Engine throughput alone: `npm run bench:engine`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './corpus.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, 'bench/.tmp');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
	seconds: number;
	peakMB: number | null;
	ok: boolean;
}

/** Runs `astro build` in `cwd` and returns its wall time and peak resident memory. */
function build(cwd: string, env: Record<string, string>, outDir: string): Run {
	const args = [process.execPath, ASTRO, 'build', '--outDir', outDir];
	const started = performance.now();
	const run = TIME
		? spawnSync(TIME, ['-f', '%M', ...args], { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 })
		: spawnSync(args[0] ?? 'node', args.slice(1), { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - started) / 1000;
	const kb = TIME ? Number(run.stderr.trim().split('\n').at(-1)) : NaN;
	if (run.status !== 0) process.stderr.write(run.stderr.slice(-2000));
	return { seconds, peakMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null, ok: run.status === 0 };
}

/** A bare Astro 7 project rendering the same Markdown files as plain pages, with no analysis. */
function writeBaseline(dir: string, corpus: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
	writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(corpus)} }) }) };\n`,
	);
	writeFileSync(
		join(dir, 'src/pages/articles/[id].astro'),
		"---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('articles')).map((article) => ({ params: { id: article.id }, props: { article } })); }\nconst { article } = Astro.props;\nconst { Content } = await render(article);\n---\n<html lang=\"en\"><head><title>{article.data.title}</title></head><body><h1>{article.data.title}</h1><Content /></body></html>\n",
	);
	writeFileSync(join(dir, 'src/pages/index.astro'), "---\nimport { getCollection } from 'astro:content';\nconst articles = await getCollection('articles');\n---\n<html lang=\"en\"><head><title>Articles</title></head><body><ul>{articles.map((a) => <li><a href={`/articles/${a.id}/`}>{a.data.title}</a></li>)}</ul></body></html>\n");
}

function sizeOf(path: string): number {
	const info = statSync(path);
	if (!info.isDirectory()) return info.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function editOne(corpus: string): void {
	const first = readdirSync(corpus).sort()[0];
	if (first) appendFileSync(join(corpus, first), '\nThe council met again on Friday, a spokesperson said.\n');
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000' } } });
const sizes = values.sizes.split(',').map(Number);
const results: Array<Record<string, unknown>> = [];
for (const size of sizes) {
	const corpus = join(TMP, `corpus-${size}`);
	const words = await writeCorpus(size, corpus);
	const out = join(TMP, `dist-${size}`);
	const cache = join(ROOT, 'node_modules/.astro');
	rmSync(cache, { recursive: true, force: true });
	const cold = build(ROOT, { DATELINE_CONTENT_DIR: corpus }, out);
	const warm = build(ROOT, { DATELINE_CONTENT_DIR: corpus }, out);
	editOne(corpus);
	const edited = build(ROOT, { DATELINE_CONTENT_DIR: corpus }, out);
	const baselineDir = join(TMP, `baseline-${size}`);
	const baselineCorpus = join(TMP, `baseline-corpus-${size}`);
	await writeCorpus(size, baselineCorpus);
	writeBaseline(baselineDir, baselineCorpus);
	const baseCold = build(baselineDir, {}, join(baselineDir, 'dist'));
	const baseWarm = build(baselineDir, {}, join(baselineDir, 'dist'));
	const page = readdirSync(join(out, 'articles'))[0] ?? '';
	const html = readFileSync(join(out, 'articles', page, 'index.html'));
	const row = {
		articles: size,
		words,
		coldSeconds: +cold.seconds.toFixed(1),
		warmSeconds: +warm.seconds.toFixed(1),
		editOneSeconds: +edited.seconds.toFixed(1),
		baselineColdSeconds: +baseCold.seconds.toFixed(1),
		baselineWarmSeconds: +baseWarm.seconds.toFixed(1),
		coldRatio: +(cold.seconds / baseCold.seconds).toFixed(2),
		editOneRatio: +(edited.seconds / baseWarm.seconds).toFixed(2),
		peakMB: cold.peakMB,
		distMB: +(sizeOf(out) / 1e6).toFixed(1),
		pagefindMB: +(sizeOf(join(out, 'pagefind')) / 1e6).toFixed(1),
		articleHtmlGzipKB: +(gzipSync(html).length / 1024).toFixed(1),
		ok: cold.ok && warm.ok && edited.ok && baseCold.ok && baseWarm.ok,
	};
	results.push(row);
	console.log(JSON.stringify(row));
}
const header = ['articles', 'cold s', 'warm s', 'edit-one s', 'bare cold s', 'cold ×bare', 'edit ×bare warm', 'peak MB', 'dist MB', 'pagefind MB', 'page gz KB'];
console.log(`\n${header.join(' | ')}`);
for (const r of results) console.log([r.articles, r.coldSeconds, r.warmSeconds, r.editOneSeconds, r.baselineColdSeconds, r.coldRatio, r.editOneRatio, r.peakMB, r.distMB, r.pagefindMB, r.articleHtmlGzipKB].join(' | '));
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, '\t')}\n`);
