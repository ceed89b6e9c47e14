/**
 * Incremental builds (`experimental.incrementalBuild`, keys in `src/lib/page-keys.ts`): a rebuild
 * copies the pages whose props are unchanged from the last build, renders the others, and gives
 * exactly the site a full build (`--force`) gives. The builds here have a cache folder of their own,
 * so they start from nothing and leave the project's cache alone.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { childEnv, launchChromium, ROOT, serveFolder } from './helpers.ts';

const ARTICLES = ['a01-tindrevik-schools', 'a02-calhuen-dock-strike', 'b01-sudrawa-dam-talks', 'c02-serindit-ferry'];
const EDITED = 'a02-calhuen-dock-strike';
const work = mkdtempSync(join(tmpdir(), 'dateline-incremental-'));
const content = join(work, 'articles');
const registry = join(work, 'actors.yaml');
const config = join(work, 'astro.config.mjs');

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the fixture articles into `work/<name>`; returns the log. */
function build(name: string, ...flags: string[]): string {
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', ROOT, '--config', relative(ROOT, config), '--outDir', join(work, name), ...flags], {
		cwd: ROOT,
		// three articles a page: the home page and /page/2/, keyed like the actor and year pages
		env: childEnv({ DATELINE_CONTENT_DIR: content, DATELINE_ACTORS_FILE: registry, DATELINE_ARTICLES_PER_PAGE: '3' }),
		encoding: 'utf8',
	});
	const log = `${run.stdout}\n${run.stderr}`;
	if (run.status !== 0) throw new Error(`the ${name} build failed:\n${log.slice(-3000)}`);
	return log;
}

/** Every file under a folder, by its path relative to it. */
function files(dir: string): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else found.set(relative(dir, path), readFileSync(path));
		}
	};
	walk(dir);
	return found;
}

/** The paths whose files differ between two sites, or that only one of them has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
	const paths = new Set([...a.keys(), ...b.keys()]);
	return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) || !b.has(path)).sort();
}

/** The pages Astro says it copied from the last build instead of rendering. */
const restored = (log: string): string[] => [...log.matchAll(/─ \/(\S+) \(restored\)/g)].map((match) => match[1] ?? '').sort();

/** The pages keyed for reuse: those of the dynamic routes (articles, actors, a speaker's quotes, a year of the timeline, the article list after its first page) and the data files made from the whole corpus. */
const keyedPages = (site: Map<string, Buffer>): string[] =>
	[...site.keys()].filter((path) => /^(articles|actors|quotes|timeline|page)\/[^/]+\/index\.html$/.test(path) || /^data\/(articles|actors|quotes|claims|events)\.json$/.test(path)).sort();

describe('an incremental build', () => {
	let first = new Map<string, Buffer>();
	beforeAll(() => {
		mkdirSync(content);
		for (const name of ARTICLES) copyFileSync(join(ROOT, 'tests/fixtures/articles', `${name}.md`), join(content, `${name}.md`));
		copyFileSync(join(ROOT, 'content/actors.yaml'), registry);
		// the project's configuration with a cache folder of its own
		writeFileSync(config, `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(join(work, 'cache/'))} };\n`);
		build('first');
		first = files(join(work, 'first'));
	}, 300_000);

	it('copies every keyed page from the last build when nothing changed, giving the same files', () => {
		const log = build('unchanged');
		const pages = keyedPages(first);
		expect(pages.filter((path) => path.startsWith('articles/'))).toHaveLength(ARTICLES.length);
		expect(pages.filter((path) => path.startsWith('data/'))).toHaveLength(5);
		expect(pages.filter((path) => path.startsWith('page/'))).toEqual(['page/2/index.html']);
		expect(restored(log)).toEqual(pages);
		expect(differences(files(join(work, 'unchanged')), first)).toEqual([]);
	});

	it('lists three articles a page, newest first, with links between the pages that axe finds accessible', async () => {
		const home = first.get('index.html')?.toString() ?? '';
		const second = first.get('page/2/index.html')?.toString() ?? '';
		const listed = (html: string) => [...html.matchAll(/<h2><a href="\/articles\/([^/]+)\/">/g)].map((match) => match[1]);
		expect(listed(home)).toEqual(['c02-serindit-ferry', 'b01-sudrawa-dam-talks', 'a02-calhuen-dock-strike']);
		expect(listed(second)).toEqual(['a01-tindrevik-schools']);
		expect(home).toContain('4 articles, newest first. Page 1 of 2: 1–3.');
		expect(second).toContain('4 articles, newest first. Page 2 of 2: 4.');
		expect(second).toContain('<ol class="article-list" start="4">');
		expect(home).toContain('<a href="/page/2/" rel="next">Older articles →</a>');
		expect(second).toContain('<a href="/" rel="prev">← Newer articles</a>');
		expect(second).toContain('<a href="/page/2/" aria-current="page" aria-label="Page 2">2</a>');
		// the header marks the section, not the page: the home page is another page of it
		expect(second).toContain('<a href="/" aria-current="true">Articles</a>');
		expect(home).toContain('<a href="/" aria-current="page">Articles</a>');
		const server = await serveFolder(join(work, 'first'), '/');
		const browser = await launchChromium();
		try {
			const context = await browser.newContext();
			for (const path of ['/', '/page/2/']) {
				const page = await context.newPage();
				await page.goto(`${server.origin}${path}`);
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
				expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
				await page.close();
			}
		} finally {
			await browser.close();
			await server.stop();
		}
	});

	it('after an edit renders the edited article again and gives what a full build gives', () => {
		appendFileSync(join(content, `${EDITED}.md`), '\nThe harbour master, Ilse Varrow, said the cranes would be inspected on Friday.\n');
		const log = build('edited');
		const copied = restored(log);
		expect(copied).not.toContain(`articles/${EDITED}/index.html`);
		for (const name of ARTICLES.filter((id) => id !== EDITED)) expect(copied).toContain(`articles/${name}/index.html`);
		// the edited article is on the first page of the list, the home page: the second is as it was
		expect(copied).toContain('page/2/index.html');
		// the data files hold every article: an edit makes them again
		expect(copied.filter((path) => path.startsWith('data/'))).toEqual([]);
		// each made from the kept parts of the three unchanged articles and a new part of the edited one
		const parts = join(work, 'cache/dateline-data-parts');
		expect(readdirSync(parts).sort()).toEqual(['articles.json', 'claims.json', 'events.json', 'quotes.csv', 'quotes.json', 'timeline.ics']);
		for (const name of readdirSync(parts)) expect((JSON.parse(readFileSync(join(parts, name), 'utf8').split('\n', 1)[0] ?? '') as { kept: number }).kept, name).toBe(ARTICLES.length - 1);
		const edited = files(join(work, 'edited'));
		expect(edited.get(`articles/${EDITED}/index.html`)?.toString()).toContain('Ilse Varrow');
		// the full build makes every part of the data files afresh (`--force` keeps those of unchanged articles)
		rmSync(join(work, 'cache/dateline-data-parts'), { recursive: true, force: true });
		const full = build('full', '--force');
		expect(restored(full)).toEqual([]);
		expect(differences(edited, files(join(work, 'full')))).toEqual([]);
	});

	// after the edit above, which brought Ilse Varrow in
	it('after an edit to the actor registry renders every article again and gives what a full build gives', () => {
		appendFileSync(registry, '- name: Ilse Varrow\n  kind: person\n  description: Harbour master of Puerto Calhuen (fictional).\n');
		const log = build('registry');
		// every article's record depends on the registry
		expect(restored(log).filter((path) => path.startsWith('articles/'))).toEqual([]);
		const site = files(join(work, 'registry'));
		expect(site.get('actors/ilse-varrow/index.html')?.toString()).toContain('Harbour master of Puerto Calhuen (fictional).');
		rmSync(join(work, 'cache/dateline-data-parts'), { recursive: true, force: true });
		build('registry-full', '--force');
		expect(differences(site, files(join(work, 'registry-full')))).toEqual([]);
	});

	// dist/ is kept between builds of the same cache (src/integrations/prune-out-dir.ts): what a rebuild does not make must go
	it('a rebuild into the same dist/ leaves unchanged pages where they are and, after an article is deleted, deletes its pages: what a full build gives', () => {
		const dist = join(work, 'kept');
		const removed = 'c02-serindit-ferry';
		build('kept');
		const once = files(dist);
		// nothing changed: every page left where it is, nothing deleted, the same files
		const again = build('kept');
		expect(again).not.toMatch(/deleted [\d,]+ files? of the last build/);
		for (const name of ARTICLES) expect(again).toMatch(new RegExp(`─ /articles/${name}/index\\.html \\(cached\\)`));
		expect(differences(files(dist), once)).toEqual([]);
		mkdirSync(join(dist, 'stray'));
		writeFileSync(join(dist, 'stray/old.html'), '<p>left by hand</p>');
		mkdirSync(join(dist, '.git'));
		writeFileSync(join(dist, '.git/HEAD'), 'ref: refs/heads/main\n');
		const before = files(dist);
		rmSync(join(content, `${removed}.md`));
		const log = build('kept');
		expect(log).toMatch(/deleted [\d,]+ files? of the last build that this one did not make/);
		// the unchanged articles' pages were left in place, not copied from the cache
		for (const name of ARTICLES.filter((id) => id !== removed)) expect(log).toMatch(new RegExp(`─ /articles/${name}/index\\.html \\(cached\\)`));
		const site = files(dist);
		expect(before.has(`articles/${removed}/index.html`)).toBe(true);
		expect(site.has(`articles/${removed}/index.html`)).toBe(false);
		expect(site.has('stray/old.html')).toBe(false);
		// three articles left: one page of the list
		expect(site.has('page/2/index.html')).toBe(false);
		expect(site.get('.git/HEAD')?.toString()).toBe('ref: refs/heads/main\n');
		site.delete('.git/HEAD');
		rmSync(join(work, 'cache/dateline-data-parts'), { recursive: true, force: true });
		build('removed-full', '--force');
		expect(differences(site, files(join(work, 'removed-full')))).toEqual([]);
	});
});
