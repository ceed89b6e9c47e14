/**
 * `npm run --silent analyze -- [--json] <file-or-dir>...`: analyses Markdown articles and prints
 * one JSON object (`--json`) or a readable report per article. The actor registry
 * (`content/actors.yaml`) and each article's corrections apply as in the site build, and the
 * report says which corrections applied (`--raw` shows the engine's output untouched).
 */
import { analyzeArticle, type ArticleAnalysis } from '../analysis/index.ts';
import { displayPath } from '../content-layer/article-folder.ts';
import { applyCorrections, applyRegistry } from '../content-layer/corrections.ts';
import { readActorRegistry, registryPath } from '../content-layer/registry.ts';
import type { CorrectionOutcome } from '../content-layer/schema.ts';
import { readArticles, reportProblems, type ArticleOnDisk } from './articles.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = 'usage: npm run --silent analyze -- [--json] [--raw] <file-or-dir>...';

async function main(): Promise<number> {
	const parsed = parseCommandLine({ json: { type: 'boolean', default: false }, raw: { type: 'boolean', default: false } }, USAGE);
	if (typeof parsed === 'number') return parsed;
	if (parsed.positionals.length === 0) {
		console.error(`no file or folder given\n${USAGE}`);
		return 2;
	}
	const { articles, problems } = await readArticles(parsed.positionals);
	const registryFile = registryPath(process.cwd());
	const registry = parsed.values.raw ? { registry: [], problems: [] } : readActorRegistry(registryFile, displayPath(registryFile, process.cwd()));
	problems.unshift(...registry.problems);
	reportProblems(problems);
	const results = articles.map((article) => {
		const raw = analyzeArticle(article.body, { date: article.date });
		if (parsed.values.raw) return { article, analysis: raw, outcomes: [] };
		const { analysis, outcomes } = applyCorrections(applyRegistry(raw, registry.registry), article.corrections, article.correctionLines);
		return { article, analysis, outcomes };
	});
	if (parsed.values.json) {
		const output = {
			articles: results.map(({ article, analysis, outcomes }) => ({ id: article.id, title: article.title, date: article.date, path: article.path, ...analysis, ...(outcomes.length > 0 ? { corrections: outcomes } : {}) })),
		};
		process.stdout.write(`${JSON.stringify(output)}\n`);
	} else {
		for (const { article, analysis, outcomes } of results) process.stdout.write(report(article, analysis, outcomes));
	}
	return problems.length > 0 ? 1 : 0;
}

/** A readable report of one article: a table per entity type, each date with how it was resolved. */
function report(article: ArticleOnDisk, analysis: ArticleAnalysis, outcomes: CorrectionOutcome[]): string {
	const lines: string[] = [`# ${article.title}`, `${article.path} · published ${article.date}`, ''];
	const table = (title: string, header: string[], rows: string[][]) => {
		lines.push(`## ${title} (${rows.length})`);
		if (rows.length === 0) {
			lines.push('(none)', '');
			return;
		}
		const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length))));
		// every column but the last is clipped to its width; the last (text, explanation) is printed whole
		const format = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : clip(cell, widths[i] ?? 10).padEnd(widths[i] ?? 10))).join('  ').trimEnd();
		lines.push(format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format), '');
	};
	table('Actors', ['name', 'kind', 'aliases', 'roles', 'mentions'], analysis.actors.map((a) => [a.name, a.kind, a.aliases.join(', '), a.roles.join(', '), String(a.mentions.length)]));
	table('Quotes', ['¶', 'kind', 'speaker', 'cue', 'channel', 'text'], analysis.quotes.map((q) => [String(q.paragraph), q.kind, q.speakerName ?? '—', q.cue ?? '—', q.channel ?? '', q.text]));
	table('Dates', ['¶', 'text', 'value', 'how'], analysis.dates.map((d) => [String(d.paragraph), d.text, d.value ?? '?', d.resolution.explanation]));
	table('Claims', ['¶', 'kind', 'by', 'text'], analysis.claims.map((c) => [String(c.paragraph), c.kind, c.attributedToName ?? 'article', c.text]));
	table('Events', ['date', 'actors', 'summary'], analysis.events.map((e) => [e.date, e.actors.join(', '), e.summary]));
	if (outcomes.length > 0) table('Corrections', ['line', 'outcome', 'correction'], outcomes.map((o) => [String(o.line ?? ''), o.matched === 0 ? 'matches nothing' : `applied (${o.matched})`, o.description]));
	return `${lines.join('\n')}\n`;
}

function clip(text: string, width: number): string {
	return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

process.exitCode = await main();
