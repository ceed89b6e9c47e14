/**
 * `npm run bench [-- --sizes 100,1000,5000]`: builds a generated fictional corpus at each size and
 * prints a table — cold build, warm rebuild, rebuild after editing one article (each also as a ratio
 * to a bare Astro 7 project that builds the same Markdown as plain pages, written to a throwaway
 * folder, and for comparison to the same bare project building as many plain pages as Dateline's
 * site has), analysis throughput, peak memory, dist/ and Pagefind sizes, the transfer of an article
 * page (HTML, CSS and JS, gzip) and of a first search in Chromium. Results go to bench/results.json.
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
	peakMB: number | null;
	ok: boolean;
	log: string;
}

/** Runs `astro build` in `cwd` and returns its wall time, peak resident memory and log. */
function build(cwd: string, env: Record<string, string>, outDir: string): Run {
	const args = [process.execPath, ASTRO, 'build', '--outDir', outDir];
	const options = { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' as const, maxBuffer: 1 << 28 };
	const started = performance.now();
	const run = TIME ? spawnSync(TIME, ['-f', '%M', ...args], options) : spawnSync(args[0] ?? 'node', args.slice(1), options);
	const seconds = (performance.now() - started) / 1000;
	const kb = TIME ? Number(run.stderr.trim().split('\n').at(-1)) : NaN;
	if (run.status !== 0) process.stderr.write(run.stderr.slice(-2000));
	return { seconds, peakMB: Number.isFinite(kb) ? Math.round(kb / 1024) : null, ok: run.status === 0, log: run.stdout };
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

if (process.argv[1]?.endsWith('build.ts')) {
	const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,5000' }, 'no-browser': { type: 'boolean', default: false } } });
	const sizes = values.sizes.split(',').map(Number);
	const results: Array<Record<string, unknown>> = [];
	for (const size of sizes) {
		const corpus = join(TMP, `corpus-${size}`);
		const words = await writeCorpus(size, corpus);
		const out = join(TMP, `dist-${size}`);
		// cold: no cache and no earlier output, as the baseline's cold build (its project is written afresh)
		rmSync(join(ROOT, 'node_modules/.astro'), { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });
		const env = { DATELINE_CONTENT_DIR: corpus };
		const cold = build(ROOT, env, out);
		const warm = build(ROOT, env, out);
		editOne(corpus);
		const edited = build(ROOT, env, out);
		const editLog = /\d+ articles: \d+ rendered, \d+ unchanged; \d+ analysed, \d+ from the analysis cache[^\n]*/.exec(edited.log)?.[0] ?? '';
		const baselineDir = join(TMP, `baseline-${size}`);
		const baselineCorpus = join(TMP, `baseline-corpus-${size}`);
		await writeCorpus(size, baselineCorpus);
		writeBaseline(baselineDir, baselineCorpus);
		rmSync(join(baselineDir, 'node_modules'), { recursive: true, force: true });
		const baseCold = build(baselineDir, {}, join(baselineDir, 'dist'));
		const baseWarm = build(baselineDir, {}, join(baselineDir, 'dist'));
		// the same bare project with as many pages as Dateline's site (one plain page per Markdown file, and its index)
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
		const row = {
			articles: size,
			words,
			coldSeconds: +cold.seconds.toFixed(1),
			warmSeconds: +warm.seconds.toFixed(1),
			editOneSeconds: +edited.seconds.toFixed(1),
			editOneLog: editLog,
			baselineColdSeconds: +baseCold.seconds.toFixed(1),
			baselineWarmSeconds: +baseWarm.seconds.toFixed(1),
			coldRatio: +(cold.seconds / baseCold.seconds).toFixed(2),
			warmRatio: +(warm.seconds / baseWarm.seconds).toFixed(2),
			editOneRatio: +(edited.seconds / baseWarm.seconds).toFixed(2),
			htmlPages: pages,
			samePagesColdSeconds: +samePagesCold.seconds.toFixed(1),
			samePagesWarmSeconds: +samePagesWarm.seconds.toFixed(1),
			samePagesColdRatio: +(cold.seconds / samePagesCold.seconds).toFixed(2),
			samePagesEditOneRatio: +(edited.seconds / samePagesWarm.seconds).toFixed(2),
			wordsPerSecondPerCore: throughput(corpus),
			cores: availableParallelism(),
			peakMB: Math.max(cold.peakMB ?? 0, warm.peakMB ?? 0, edited.peakMB ?? 0) || null,
			distMB: +(sizeOf(out) / 1e6).toFixed(1),
			pagefindMB: +(sizeOf(join(out, 'pagefind')) / 1e6).toFixed(1),
			// every search bundle: each scope's shards (`pagefind*/`)
			searchMB: +(readdirSync(out).filter((name) => name.startsWith('pagefind')).reduce((sum, name) => sum + sizeOf(join(out, name)), 0) / 1e6).toFixed(1),
			articlePageMedianKB: kb(totals[Math.floor(totals.length / 2)] ?? 0),
			articlePageLargest: { htmlKB: kb(worst.html), cssKB: kb(worst.css), jsKB: kb(worst.js) },
			firstSearchKB: search ? kb(search.bytes) : null,
			firstSearchRequests: search?.requests ?? null,
			ok: cold.ok && warm.ok && edited.ok && baseCold.ok && baseWarm.ok && samePagesCold.ok && samePagesWarm.ok,
		};
		results.push(row);
		console.log(JSON.stringify(row));
	}
	const header = ['articles', 'cold s', '×bare', 'warm s', '×bare', 'edit-one s', '×bare warm', 'bare cold s', 'bare warm s', 'pages', 'bare, same pages: cold s', 'warm s', 'cold ×', 'edit-one ×', 'words/s/core', 'peak MB', 'dist MB', 'first bundle MB', 'search bundles MB', 'page KB gz (median; largest html+css+js)', 'first search KB'];
	console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
	for (const r of results) {
		const largest = r.articlePageLargest as { htmlKB: number; cssKB: number; jsKB: number };
		console.log(`| ${[r.articles, r.coldSeconds, r.coldRatio, r.warmSeconds, r.warmRatio, r.editOneSeconds, r.editOneRatio, r.baselineColdSeconds, r.baselineWarmSeconds, r.htmlPages, r.samePagesColdSeconds, r.samePagesWarmSeconds, r.samePagesColdRatio, r.samePagesEditOneRatio, r.wordsPerSecondPerCore, r.peakMB, r.distMB, r.pagefindMB, r.searchMB, `${r.articlePageMedianKB}; ${largest.htmlKB}+${largest.cssKB}+${largest.jsKB}`, r.firstSearchKB ?? '–'].join(' | ')} |`);
	}
	writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), cores: availableParallelism(), results }, null, '\t')}\n`);
}
