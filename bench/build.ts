/**
 * `npm run bench [-- --sizes 100,1000,5000] [--rounds 3]`: builds a generated fictional corpus at
 * each size and prints a table — cold build (wall and CPU time), warm rebuild, rebuild after
 * editing one article (each also as a ratio to a bare Astro 7 project that builds the same Markdown
 * as plain pages, written to a throwaway folder; Dateline's builds and the baseline's alternate for
 * a number of rounds and each time is the median of the rounds; and for comparison the same bare
 * project building as many plain pages as Dateline's site has), analysis throughput, peak memory,
 * dist/ and Pagefind sizes, the transfer of an article page (HTML, CSS and JS, gzip) and of a first
 * search in Chromium. Results go to bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { analyzeArticle } from '../src/analysis/index.ts';
import { parseArticleFile } from '../src/content-layer/article-file.ts';
import { countWords } from '../src/content-layer/markdown.ts';
import { writeCorpus } from './corpus.ts';
import { measureFirstSearch } from './search-transfer.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const TMP = join(ROOT, 'bench/.tmp');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Run {
	seconds: number;
	/** CPU time of the build and every process it started, user and system (from `/usr/bin/time`). */
	cpuSeconds: number | null;
	peakMB: number | null;
	ok: boolean;
	log: string;
}

/** Runs `astro build` in `cwd` and returns its wall time, CPU time, peak resident memory and log. */
function build(cwd: string, env: Record<string, string>, outDir: string): Run {
	const args = [process.execPath, ASTRO, 'build', '--outDir', outDir];
	const options = { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' as const, maxBuffer: 1 << 28 };
	const started = performance.now();
	const run = TIME ? spawnSync(TIME, ['-f', '%M %U %S', ...args], options) : spawnSync(args[0] ?? 'node', args.slice(1), options);
	const seconds = (performance.now() - started) / 1000;
	const [kb = NaN, user = NaN, system = NaN] = TIME ? (run.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
	if (run.status !== 0) process.stderr.write(run.stderr.slice(-2000));
	return { seconds, cpuSeconds: Number.isFinite(user + system) ? user + system : null, peakMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null, ok: run.status === 0, log: run.stdout };
}

/** A bare Astro 7 project rendering the same Markdown files as plain pages, with no analysis. */
export function writeBaseline(dir: string, corpus: string): void {
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

/** The HTML pages of a built site (not the search bundles). */
function htmlPages(dir: string): number {
	return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
		if (entry.isDirectory()) return entry.name.startsWith('pagefind') ? sum : sum + htmlPages(join(dir, entry.name));
		return sum + (entry.name.endsWith('.html') ? 1 : 0);
	}, 0);
}

/**
 * A copy of `corpus` grown to `pages` Markdown files by repeating its articles under other names, for
 * a bare build with as many pages as Dateline's site (its actor, speaker and list pages included).
 */
function writePageCountCorpus(corpus: string, target: string, pages: number): void {
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	const names = readdirSync(corpus).sort();
	for (let n = 0; n < pages; n++) {
		const name = names[n % names.length] ?? '';
		const copy = n < names.length ? name : `copy-${Math.floor(n / names.length)}-${name}`;
		writeFileSync(join(target, copy), readFileSync(join(corpus, name)));
	}
}

function editOne(corpus: string): void {
	const first = readdirSync(corpus).sort()[0];
	if (first) appendFileSync(join(corpus, first), '\nThe council met again on Friday, a spokesperson said.\n');
}

/** Words per second of the analysis engine on one core over the corpus (after a warm-up pass). */
function throughput(corpus: string): number {
	const articles = readdirSync(corpus)
		.map((name) => parseArticleFile(name, readFileSync(join(corpus, name), 'utf8')))
		.flatMap((result) => (result.ok ? [result.article] : []))
		.slice(0, 300);
	const words = articles.reduce((sum, article) => sum + countWords(article.body), 0);
	for (const article of articles) analyzeArticle(article.body, { date: article.frontmatter.date });
	const started = performance.now();
	for (const article of articles) analyzeArticle(article.body, { date: article.frontmatter.date });
	return Math.round(words / ((performance.now() - started) / 1000));
}

/** Bytes a browser downloads for an article page, gzip: the HTML, its stylesheets and its scripts. */
function pageWeight(dist: string, page: string): { html: number; css: number; js: number } {
	const html = readFileSync(page, 'utf8');
	const gz = (path: string) => (existsSync(path) ? gzipSync(readFileSync(path)).length : 0);
	const local = (href: string) => join(dist, href.replace(/^\/+/, ''));
	const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, m) => sum + gz(local(m[1] ?? '')), 0);
	const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((sum, m) => sum + gz(local(m[1] ?? '')), 0);
	// inline scripts are in the HTML's bytes already; count them as JavaScript too, so none goes unseen
	const inline = [...html.matchAll(/<script(?![^>]*src=)([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/application\/(ld\+)?json/.test(m[1] ?? '')).reduce((sum, m) => sum + gzipSync(m[2] ?? '').length, 0);
	return { html: gzipSync(html).length, css, js: scripts + inline };
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** The times of one round: every build of Dateline and of the bare baseline, in the order they ran. */
interface Round {
	baselineCold: number;
	cold: number;
	/** CPU seconds of the two cold builds: a build bound by the CPU it needs shows it better than its wall time. */
	baselineColdCpu: number;
	coldCpu: number;
	baselineWarm: number;
	warm: number;
	editOne: number;
}

const tenths = (value: number) => +value.toFixed(1);

if (process.argv[1]?.endsWith('build.ts')) {
	const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, rounds: { type: 'string', default: '3' }, 'no-browser': { type: 'boolean', default: false } } });
	const sizes = values.sizes.split(',').map(Number);
	const rounds = Number(values.rounds);
	if (!Number.isInteger(rounds) || rounds < 1) {
		console.error(`npm run bench: --rounds must be a whole number of at least 1, not ${values.rounds}`);
		process.exit(1);
	}
	const results: Array<Record<string, unknown>> = [];
	for (const size of sizes) {
		const corpus = join(TMP, `corpus-${size}`);
		const words = await writeCorpus(size, corpus);
		const out = join(TMP, `dist-${size}`);
		const env = { DATELINE_CONTENT_DIR: corpus };
		const baselineDir = join(TMP, `baseline-${size}`);
		const baselineCorpus = join(TMP, `baseline-corpus-${size}`);
		await writeCorpus(size, baselineCorpus);
		writeBaseline(baselineDir, baselineCorpus);
		// Dateline's builds and the baseline's alternate, round after round, so that a machine that
		// drifts (this one does: the same build can take a third longer a few minutes later) slows
		// both alike; each time reported is the median of the rounds
		const times: Round[] = [];
		const runs: Run[] = [];
		let editLog = '';
		for (let round = 1; round <= rounds; round++) {
			// cold: no cache and no earlier output, for both
			rmSync(join(baselineDir, 'node_modules'), { recursive: true, force: true });
			rmSync(join(baselineDir, 'dist'), { recursive: true, force: true });
			const baseCold = build(baselineDir, {}, join(baselineDir, 'dist'));
			rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
			rmSync(out, { recursive: true, force: true });
			const cold = build(ROOT, env, out);
			const baseWarm = build(baselineDir, {}, join(baselineDir, 'dist'));
			const warm = build(ROOT, env, out);
			editOne(corpus);
			const edited = build(ROOT, env, out);
			editLog = /\d+ articles: \d+ rendered, \d+ unchanged; \d+ analysed, \d+ from the analysis cache[^\n]*/.exec(edited.log)?.[0] ?? '';
			runs.push(baseCold, cold, baseWarm, warm, edited);
			times.push({ baselineCold: baseCold.seconds, cold: cold.seconds, baselineColdCpu: baseCold.cpuSeconds ?? NaN, coldCpu: cold.cpuSeconds ?? NaN, baselineWarm: baseWarm.seconds, warm: warm.seconds, editOne: edited.seconds });
			console.log(`${size} articles, round ${round} of ${rounds}: cold ${cold.seconds.toFixed(1)} s (bare ${baseCold.seconds.toFixed(1)} s; CPU ${cold.cpuSeconds?.toFixed(1)} s, bare ${baseCold.cpuSeconds?.toFixed(1)} s), warm ${warm.seconds.toFixed(1)} s (bare ${baseWarm.seconds.toFixed(1)} s), edit one ${edited.seconds.toFixed(1)} s`);
		}
		const typical = (key: keyof Round) => median(times.map((round) => round[key]));
		const [cold, warm, editOneTime, baseCold, baseWarm] = [typical('cold'), typical('warm'), typical('editOne'), typical('baselineCold'), typical('baselineWarm')];
		const [coldCpu, baseColdCpu] = [typical('coldCpu'), typical('baselineColdCpu')];
		// the same bare project with as many pages as Dateline's site (one plain page per Markdown file, and its index), once
		const pages = htmlPages(out);
		const samePagesDir = join(TMP, `baseline-pages-${size}`);
		const samePagesCorpus = join(TMP, `baseline-pages-corpus-${size}`);
		writePageCountCorpus(baselineCorpus, samePagesCorpus, pages - 1);
		writeBaseline(samePagesDir, samePagesCorpus);
		const samePagesCold = build(samePagesDir, {}, join(samePagesDir, 'dist'));
		const samePagesWarm = build(samePagesDir, {}, join(samePagesDir, 'dist'));
		const weights = readdirSync(join(out, 'articles')).map((id) => pageWeight(out, join(out, 'articles', id, 'index.html')));
		const totals = weights.map((p) => p.html + p.css + p.js).sort((a, b) => a - b);
		const worst = weights.reduce((a, b) => (a.html + a.css + a.js >= b.html + b.css + b.js ? a : b));
		const search = values['no-browser'] ? undefined : await measureFirstSearch(out, 'harbour');
		const dateline = runs.filter((_, index) => index % 5 === 1 || index % 5 >= 3);
		const row = {
			articles: size,
			words,
			rounds,
			coldSeconds: tenths(cold),
			warmSeconds: tenths(warm),
			editOneSeconds: tenths(editOneTime),
			editOneLog: editLog,
			baselineColdSeconds: tenths(baseCold),
			baselineWarmSeconds: tenths(baseWarm),
			coldRatio: +(cold / baseCold).toFixed(2),
			coldCpuSeconds: tenths(coldCpu),
			baselineColdCpuSeconds: tenths(baseColdCpu),
			coldCpuRatio: +(coldCpu / baseColdCpu).toFixed(2),
			warmRatio: +(warm / baseWarm).toFixed(2),
			editOneRatio: +(editOneTime / baseWarm).toFixed(2),
			// every round's times, and each round's own ratios (a build against the baseline's build next to it)
			roundTimes: times.map((round) => ({
				...Object.fromEntries(Object.entries(round).map(([key, value]) => [key, tenths(value)])),
				coldRatio: +(round.cold / round.baselineCold).toFixed(2),
				coldCpuRatio: +(round.coldCpu / round.baselineColdCpu).toFixed(2),
				editOneRatio: +(round.editOne / round.baselineWarm).toFixed(2),
			})),
			htmlPages: pages,
			samePagesColdSeconds: tenths(samePagesCold.seconds),
			samePagesWarmSeconds: tenths(samePagesWarm.seconds),
			samePagesColdRatio: +(cold / samePagesCold.seconds).toFixed(2),
			samePagesEditOneRatio: +(editOneTime / samePagesWarm.seconds).toFixed(2),
			wordsPerSecondPerCore: throughput(corpus),
			cores: availableParallelism(),
			peakMB: Math.max(...dateline.map((run) => run.peakMB ?? 0)) || null,
			distMB: +(sizeOf(out) / 1e6).toFixed(1),
			pagefindMB: +(sizeOf(join(out, 'pagefind')) / 1e6).toFixed(1),
			// every search bundle: each scope's shards (`pagefind*/`)
			searchMB: +(readdirSync(out).filter((name) => name.startsWith('pagefind')).reduce((sum, name) => sum + sizeOf(join(out, name)), 0) / 1e6).toFixed(1),
			articlePageMedianKB: kb(totals[Math.floor(totals.length / 2)] ?? 0),
			articlePageLargest: { htmlKB: kb(worst.html), cssKB: kb(worst.css), jsKB: kb(worst.js) },
			firstSearchKB: search ? kb(search.bytes) : null,
			firstSearchRequests: search?.requests ?? null,
			ok: runs.every((run) => run.ok) && samePagesCold.ok && samePagesWarm.ok,
		};
		results.push(row);
		console.log(JSON.stringify(row));
	}
	const header = ['articles', 'rounds', 'cold s', '×bare', 'cold CPU s (bare)', '×bare', 'warm s', '×bare', 'edit-one s', '×bare warm', 'bare cold s', 'bare warm s', 'pages', 'bare, same pages: cold s', 'warm s', 'cold ×', 'edit-one ×', 'words/s/core', 'peak MB', 'dist MB', 'first bundle MB', 'search bundles MB', 'page KB gz (median; largest html+css+js)', 'first search KB'];
	console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
	for (const r of results) {
		const largest = r.articlePageLargest as { htmlKB: number; cssKB: number; jsKB: number };
		console.log(`| ${[r.articles, r.rounds, r.coldSeconds, r.coldRatio, `${r.coldCpuSeconds} (${r.baselineColdCpuSeconds})`, r.coldCpuRatio, r.warmSeconds, r.warmRatio, r.editOneSeconds, r.editOneRatio, r.baselineColdSeconds, r.baselineWarmSeconds, r.htmlPages, r.samePagesColdSeconds, r.samePagesWarmSeconds, r.samePagesColdRatio, r.samePagesEditOneRatio, r.wordsPerSecondPerCore, r.peakMB, r.distMB, r.pagefindMB, r.searchMB, `${r.articlePageMedianKB}; ${largest.htmlKB}+${largest.cssKB}+${largest.jsKB}`, r.firstSearchKB ?? '–'].join(' | ')} |`);
	}
	// the spread of the rounds: each round's own ratios, a build against the baseline's next to it
	console.log('\n| articles | round | cold s (bare) | ×bare | cold CPU s (bare) | ×bare | warm s (bare) | edit-one s | ×bare warm |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
	for (const r of results) {
		(r.roundTimes as Array<Round & { coldRatio: number; coldCpuRatio: number; editOneRatio: number }>).forEach((t, index) => {
			console.log(`| ${r.articles} | ${index + 1} | ${t.cold} (${t.baselineCold}) | ${t.coldRatio} | ${t.coldCpu} (${t.baselineColdCpu}) | ${t.coldCpuRatio} | ${t.warm} (${t.baselineWarm}) | ${t.editOne} | ${t.editOneRatio} |`);
		});
	}
	writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), cores: availableParallelism(), results }, null, '\t')}\n`);
}
