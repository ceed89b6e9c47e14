/**
 * `npm run import -- <file.txt>... [--out content/articles] [--title "…"] [--source "…"] [--url "…"] [--fictional] [--force]`
 * Converts plain-text stories (a `date YYYY-MM-DD` prefix, one paragraph a line) into article files.
 */
import { mkdir, readFile, writeFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import { plainTextToArticle } from '../content-layer/plain-text-import.ts';
import { parseCommandLine } from './command-line.ts';

const USAGE = 'usage: npm run import -- <file.txt>... [--out content/articles] [--title "Headline"] [--source "Publisher"] [--url https://…] [--fictional] [--force]';

async function main(): Promise<number> {
	const parsed = parseCommandLine(
		{
			out: { type: 'string', default: 'content/articles' },
			title: { type: 'string' },
			source: { type: 'string' },
			url: { type: 'string' },
			fictional: { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
		},
		USAGE,
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	if (positionals.length === 0) {
		console.error(`no file given\n${USAGE}`);
		return 2;
	}
	if (values.title && positionals.length > 1) {
		console.error('--title names one story: give one file with it');
		return 2;
	}
	await mkdir(values.out, { recursive: true });
	let failures = 0;
	for (const file of positionals) {
		try {
			const article = plainTextToArticle(await readFile(file, 'utf8'), {
				title: values.title,
				source: values.source,
				url: values.url,
				fictional: values.fictional,
			});
			const target = join(values.out, article.fileName);
			if (!values.force && (await exists(target))) throw new Error(`${target} already exists (use --force to replace it)`);
			await writeFile(target, article.markdown);
			console.log(`${file} → ${target} (${article.blocks} blocks, "${article.title}", ${article.date})`);
		} catch (error) {
			failures += 1;
			console.error(`${file}: ${(error as Error).message}`);
		}
	}
	return failures === 0 ? 0 : 1;
}

async function exists(path: string): Promise<boolean> {
	try {
		await access(path);
		return true;
	} catch {
		return false;
	}
}

process.exitCode = await main();
