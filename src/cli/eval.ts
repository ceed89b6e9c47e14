/**
 * `npm run eval -- [--verbose] [dir-or-file]`: scores the engine on every article of `dir` (default
 * `tests/fixtures/articles`), or on one article file, that has a `NAME.gold.json` beside its `NAME.md`, and prints precision,
 * recall and F1 per entity type. A gold file that is not valid JSON or not in the gold format is
 * reported with its line and field and left out; the run then exits with 1.
 */
import { access, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { displayPath, listArticleFiles } from '../content-layer/article-folder.ts';
import { scoreAgainstGold } from '../evaluation/evaluate.ts';
import { parseGoldFile } from '../evaluation/gold.ts';
import { prf, SCORED_TYPES, totalScores, type ArticleScore } from '../evaluation/score.ts';
import { readArticles, reportProblems } from './articles.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = 'usage: npm run --silent eval -- [--verbose] [folder | article.md]   (default folder: tests/fixtures/articles)';

async function main(): Promise<number> {
	const parsed = parseCommandLine({ verbose: { type: 'boolean', short: 'v', default: false } }, USAGE);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	if (positionals.length > 1) {
		console.error(`one folder at a time, not ${positionals.length}\n${USAGE}`);
		return 2;
	}
	const folder = resolve(positionals[0] ?? 'tests/fixtures/articles');
	// (one article file scores that article alone)
	const isFile = await stat(folder).then((found) => found.isFile(), () => false);
	if (isFile && !folder.toLowerCase().endsWith('.md')) {
		console.error(`${displayPath(folder, process.cwd())} is no article: give a folder or a NAME.md file\n${USAGE}`);
		return 2;
	}
	const files = isFile ? [folder] : await listArticleFiles(folder);
	const withGold = [];
	for (const file of files) if (await access(file.replace(/\.md$/, '.gold.json')).then(() => true, () => false)) withGold.push(file);
	if (withGold.length === 0) {
		console.error(`no article with a gold file (NAME.md beside NAME.gold.json) in ${displayPath(folder, process.cwd())}\n${USAGE}`);
		return 2;
	}
	const { articles, problems } = await readArticles(withGold);
	// an article that cannot be read is reported and left out of the scores, as a gold file that cannot be read is below
	reportProblems(problems);
	const scores: ArticleScore[] = [];
	for (const article of articles) {
		const goldPath = article.path.replace(/\.md$/, '.gold.json');
		const { gold, problems: goldProblems } = parseGoldFile(await readFile(goldPath, 'utf8'), displayPath(goldPath, process.cwd()));
		if (!gold) {
			// a gold file that cannot be read is reported and left out of the scores, not scored as empty
			reportProblems(goldProblems);
			problems.push(...goldProblems);
			continue;
		}
		const score = scoreAgainstGold(article.body, article.date, gold);
		scores.push(score);
		if (values.verbose && score.errors.length > 0) console.log(`\n${article.path}\n${score.errors.map((e) => `  ${e}`).join('\n')}`);
	}
	if (scores.length === 0) {
		console.error('no gold file could be read: nothing scored');
		return 1;
	}
	const totals = totalScores(scores);
	const speaker = totals.directSpeaker;
	const value = totals.dateValue;
	const pct = (n: number) => n.toFixed(3);
	console.log(`\n${scores.length} gold articles\n`);
	console.log('type      precision  recall  F1     (tp/fp/fn)');
	for (const type of SCORED_TYPES) {
		const { precision, recall, f1 } = prf(totals[type]);
		const t = totals[type];
		console.log(`${type.padEnd(9)} ${pct(precision).padStart(9)}  ${pct(recall).padStart(6)}  ${pct(f1)}  (${t.truePositives}/${t.falsePositives}/${t.falseNegatives})`);
	}
	console.log(`\ndirect-quote speaker accuracy ${pct(speaker.total ? speaker.correct / speaker.total : 1)} (${speaker.correct}/${speaker.total})`);
	console.log(`date value accuracy           ${pct(value.total ? value.correct / value.total : 1)} (${value.correct}/${value.total})`);
	return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
