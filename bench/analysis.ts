/**
 * `npm run bench`: measures the analysis engine on one core. Prints words per second over the
 * gold fixture articles (analysed repeatedly after a warm-up) and the time of a 100,000-character
 * paragraph. Numbers, not pass/fail: budgets are checked by reading them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/analysis/index.ts';
import { parseArticleFile } from '../src/content-layer/article-file.ts';
import { countWords } from '../src/content-layer/markdown.ts';

const dir = new URL('../tests/fixtures/articles/', import.meta.url);
const articles = readdirSync(dir)
	.filter((name) => name.endsWith('.md') && name !== 'GUIDELINES.md')
	.map((name) => parseArticleFile(name, readFileSync(new URL(name, dir), 'utf8')))
	.flatMap((result) => (result.ok ? [result.article] : []));
const words = articles.reduce((sum, article) => sum + countWords(article.body), 0);

const run = () => {
	for (const article of articles) analyzeArticle(article.body, { date: article.frontmatter.date });
};
for (let i = 0; i < 20; i += 1) run();
const rounds = 100;
const started = performance.now();
for (let i = 0; i < rounds; i += 1) run();
const seconds = (performance.now() - started) / 1000;
const perArticle = (seconds * 1000) / (rounds * articles.length);

const long = `${'“Yes,” said Ada Oyelaran of the Tarsen Board on Monday, adding that 40 people had left. '.repeat(1200)}`.slice(0, 100_000);
const longStarted = performance.now();
analyzeArticle(long, { date: '2024-05-01' });
const longMs = performance.now() - longStarted;

console.log(`articles analysed         ${articles.length} × ${rounds}`);
console.log(`words per article         ${Math.round(words / articles.length)}`);
console.log(`time per article          ${perArticle.toFixed(2)} ms`);
console.log(`throughput (one core)     ${Math.round((words * rounds) / seconds).toLocaleString('en')} words/s (target ≥ 100,000)`);
console.log(`100,000-character paragraph ${longMs.toFixed(0)} ms`);
