import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectArticles } from '../../src/content-layer/collect.ts';
import { ROOT, useSite } from './helpers.ts';

const SEED_ID = '2025-05-11-trump-urges-ukraine-to-accept-russias-offer';
const SEED_TITLE = "Trump urges Ukraine to accept Russia's offer of direct talks in Istanbul";
const dist = join(ROOT, 'dist');

const site = useSite();

describe('the built site', () => {
	it('has the home page, a page per article, the search page, the 404 page and the Pagefind bundle', async () => {
		const { articles } = await collectArticles(join(ROOT, 'content/articles'), ROOT);
		expect(articles.length).toBeGreaterThan(0);
		for (const file of ['index.html', '404.html', 'search/index.html', 'pagefind/pagefind.js']) {
			expect(existsSync(join(dist, file)), file).toBe(true);
		}
		for (const article of articles) expect(existsSync(join(dist, 'articles', article.id, 'index.html')), article.id).toBe(true);
		// the default bundle holds every article and every actor; quotes and events have bundles of their own
		const pageCount = (bundle: string) => JSON.parse(readFileSync(join(dist, bundle, 'pagefind-entry.json'), 'utf8')).languages.en.page_count;
		const listed = <T,>(name: string) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as T[];
		expect(pageCount('pagefind')).toBe(articles.length + listed('actors').length);
		// a record per speaker and article, a record per article with events
		const quotes = listed<{ speaker: string | null; article: { id: string } }>('quotes');
		const events = listed<{ article: { id: string } }>('events');
		expect(pageCount('pagefind-quotes')).toBe(new Set(quotes.map((quote) => `${quote.article.id} ${quote.speaker}`)).size);
		expect(pageCount('pagefind-events')).toBe(new Set(events.map((event) => event.article.id)).size);
		// the seed alone: 11 quotes by Donald Trump, Ukraine, Volodymyr Zelensky and Andriy Yermak; 6 events
		expect(quotes.length).toBeGreaterThanOrEqual(11);
		expect(pageCount('pagefind-quotes')).toBeGreaterThanOrEqual(4);
		expect(events.length).toBeGreaterThanOrEqual(6);
	});

	it('lists the sample article on the home page, linking to its page', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}/`);
		const link = page.getByRole('link', { name: SEED_TITLE });
		await expect(link.getAttribute('href')).resolves.toBe(`/articles/${SEED_ID}/`);
		await expect(page.locator('.article-card time').first().textContent()).resolves.toBe('Sunday 11 May 2025');
		await page.close();
	});

	it('shows the subheading with the id rehype-slug gives it', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}/articles/${SEED_ID}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(SEED_TITLE);
		await expect(page.locator('h2#first-ceasefire-then-the-rest').textContent()).resolves.toBe('‘First ceasefire,’ then the rest');
		expect(await page.locator('.article-body p').count()).toBe(17);
		await page.close();
	});

	it('finds the sample article when "ceasefire" is typed into the search page, with no CSP violation', async () => {
		const page = await site.context.newPage();
		const refused: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
		});
		await page.goto(`${site.origin}/search/`);
		await page.getByRole('searchbox', { name: 'Search words' }).fill('ceasefire');
		const result = page.locator('.search-result-title a', { hasText: SEED_TITLE }).first();
		await result.waitFor({ timeout: 15_000 });
		await expect(result.getAttribute('href')).resolves.toBe(`/articles/${SEED_ID}/`);
		expect(refused).toEqual([]);
		await page.close();
	});

	it('sends a Content-Security-Policy with every page', async () => {
		const pages = ['/', `/articles/${SEED_ID}/`, '/quotes/', '/timeline/', '/actors/', '/search/', '/404.html'];
		for (const path of pages) {
			const html = readFileSync(join(dist, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
			expect(csp, path).toContain("default-src 'self'");
			expect(csp, path).toContain("object-src 'none'");
			expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
		}
	});

	it('finds the quotes of a speaker in an article as one result, each quote a sub-result that lands on it', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}/search/`);
		await page.getByRole('searchbox', { name: 'Search words' }).fill('bloodbath');
		// the scope links carry the query: searching quotes keeps what was typed
		await page.getByRole('link', { name: 'Quotes' , exact: true }).and(page.locator('.search-scopes a')).click();
		await page.waitForURL(/\/search\/\?scope=quotes&q=bloodbath$/);
		const result = page.locator('.search-result', { hasText: `Donald Trump: 3 quotes in “${SEED_TITLE}”` }).first();
		await result.waitFor({ timeout: 15_000 });
		const quote = result.locator('.search-subresults a', { hasText: 'Direct quote, wrote on Truth Social' });
		const href = await quote.getAttribute('href');
		expect(href).toMatch(new RegExp(`^/articles/${SEED_ID}/#q\\d+$`));
		await quote.click();
		await page.waitForURL(/#q\d+$/);
		const id = new URL(page.url()).hash.slice(1);
		await expect(page.locator(`[id="${id}"]`).getAttribute('title')).resolves.toBe('direct quote · Donald Trump · wrote on Truth Social');
		await page.close();
	});

	it('searches events in their own scope, each result landing on its sentence', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}/search/?scope=events&q=Istanbul`);
		await expect(page.locator('.search-scopes a[aria-current="page"]').textContent()).resolves.toBe('Events');
		const result = page.locator('.search-result-title a').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await result.getAttribute('href')).toMatch(new RegExp(`^/articles/${SEED_ID}/#e\\d+$`));
		// no article page among the results of this scope
		expect(await page.locator('.search-result-title a').evaluateAll((links) => links.filter((a) => !/#e\d+$/.test(a.getAttribute('href') ?? '')).length)).toBe(0);
		// the article's first event (the invasion, February 2022) is a sub-result too, though the result itself links to it
		await page.getByRole('searchbox', { name: 'Search words' }).fill('invasion');
		const first = page.locator('.search-subresults a', { hasText: 'February 2022' });
		await first.waitFor({ timeout: 15_000 });
		expect(await first.getAttribute('href')).toBe(`/articles/${SEED_ID}/#e1`);
		await page.close();
	});

	it('filters results by type', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}/search/`);
		await page.getByRole('searchbox', { name: 'Search words' }).fill('Zelensky');
		await page.locator('.search-result-title a').first().waitFor({ timeout: 15_000 });
		// the filters load when opened: a type filter of two values, articles and actors
		await page.getByText('Filters', { exact: true }).click();
		const types = page.getByRole('group', { name: 'Type' });
		// they arrive after the click: wait for the first box before listing them
		await types.getByRole('checkbox').first().waitFor({ timeout: 15_000 });
		await expect(types.getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value).sort())).resolves.toEqual(['Actor', 'Article']);
		await types.getByRole('checkbox', { name: /^Actor/ }).check();
		await page.waitForFunction(() => [...document.querySelectorAll('.search-result-title a')].every((a) => a.getAttribute('href')?.includes('/actors/')));
		await expect(page.locator('.search-result-title a').first().textContent()).resolves.toBe('Volodymyr Zelensky');
		await page.close();
	});

	it('shows five results at a time, adds five with "More results", and clears them when the words are removed', async () => {
		const page = await site.context.newPage();
		// "a" finds every record with a word starting with it: more than ten on the sample site
		await page.goto(`${site.origin}/search/?q=a`);
		const results = page.locator('.search-result');
		await results.first().waitFor({ timeout: 15_000 });
		const total = Number(/^(\d+) results for “a”$/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1]);
		expect(total).toBeGreaterThan(10);
		await expect(results.count()).resolves.toBe(5);
		const more = page.getByRole('button', { name: 'More results' });
		await more.click();
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 10);
		// the reader goes on from the first result added
		await expect(page.evaluate(() => document.activeElement === document.querySelectorAll('.search-result')[5]?.querySelector('a'))).resolves.toBe(true);
		for (let shown = 10; shown < total; shown = Math.min(shown + 5, total)) {
			await more.click();
			await page.waitForFunction((count) => document.querySelectorAll('.search-result').length === count, Math.min(shown + 5, total));
		}
		await expect(more.isHidden()).resolves.toBe(true);
		// the address keeps the words; removing them clears the results
		const box = page.getByRole('searchbox', { name: 'Search words' });
		await box.fill('');
		await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 0);
		expect(new URL(page.url()).search).toBe('');
		await expect(page.locator('[data-search-status]').textContent()).resolves.toBe('');
		await page.close();
	});

	it('leaves out a shard that holds no records, and says when a scope has nothing to search or no index', async () => {
		const page = await site.context.newPage();
		// a scope whose only shard is empty (Pagefind writes a bundle without languages)
		await page.route('**/pagefind-quotes/pagefind-entry.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"version":"1.6.0","languages":{}}' }));
		await page.goto(`${site.origin}/search/?scope=quotes&q=bloodbath`);
		await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent === 'Nothing to search in this scope yet.');
		await expect(page.locator('[data-search-missing]').isHidden()).resolves.toBe(true);
		// a scope whose bundle is not there (`npm run dev` before a build)
		await page.route('**/pagefind-events/pagefind-entry.json', (route) => route.fulfill({ status: 404, body: '' }));
		await page.goto(`${site.origin}/search/?scope=events&q=Istanbul`);
		await page.locator('[data-search-missing]').waitFor({ state: 'visible', timeout: 15_000 });
		await expect(page.locator('.search-result').count()).resolves.toBe(0);
		await page.close();
	});

	it('runs the search given in the address (?q=), as the header search box sends it', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}/`);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('ceasefire');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.waitForURL(/\/search\/\?q=ceasefire$/);
		const result = page.locator('.search-result-title a', { hasText: SEED_TITLE }).first();
		await result.waitFor({ timeout: 15_000 });
		await page.close();
	});

	it('answers an unknown address with the 404 page', async () => {
		const page = await site.context.newPage();
		const response = await page.goto(`${site.origin}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
		await page.close();
	});
});
