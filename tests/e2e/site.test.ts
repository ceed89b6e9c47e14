import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectArticles } from '../../src/content-layer/collect.ts';
import { launchChromium, ROOT, serveDist } from './helpers.ts';

const SEED_ID = '2025-05-11-trump-urges-ukraine-to-accept-russias-offer';
const SEED_TITLE = "Trump urges Ukraine to accept Russia's offer of direct talks in Istanbul";
const dist = join(ROOT, 'dist');

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	server = await serveDist();
	browser = await launchChromium();
	context = await browser.newContext();
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.stop();
});

describe('the built site', () => {
	it('has the home page, a page per article, the search page, the 404 page and the Pagefind bundle', async () => {
		const { articles } = await collectArticles(join(ROOT, 'content/articles'), ROOT);
		expect(articles.length).toBeGreaterThan(0);
		for (const file of ['index.html', '404.html', 'search/index.html', 'pagefind/pagefind.js', 'pagefind/pagefind-ui.js']) {
			expect(existsSync(join(dist, file)), file).toBe(true);
		}
		for (const article of articles) expect(existsSync(join(dist, 'articles', article.id, 'index.html')), article.id).toBe(true);
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(articles.length);
	});

	it('lists the sample article on the home page, linking to its page', async () => {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		const link = page.getByRole('link', { name: SEED_TITLE });
		await expect(link.getAttribute('href')).resolves.toBe(`/articles/${SEED_ID}/`);
		await expect(page.locator('.article-card time').first().textContent()).resolves.toBe('Sunday 11 May 2025');
		await page.close();
	});

	it('shows the subheading with the id rehype-slug gives it', async () => {
		const page = await context.newPage();
		await page.goto(`${server.origin}/articles/${SEED_ID}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe(SEED_TITLE);
		await expect(page.locator('h2#first-ceasefire-then-the-rest').textContent()).resolves.toBe('‘First ceasefire,’ then the rest');
		expect(await page.locator('.article-body p').count()).toBe(17);
		await page.close();
	});

	it('finds the sample article when "ceasefire" is typed into the search page', async () => {
		const page = await context.newPage();
		await page.goto(`${server.origin}/search/`);
		await page.locator('.pagefind-ui__search-input').fill('ceasefire');
		const result = page.locator('.pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		await expect(result.textContent()).resolves.toBe(SEED_TITLE);
		await expect(result.getAttribute('href')).resolves.toBe(`/articles/${SEED_ID}/`);
		await page.close();
	});

	it('runs the search given in the address (?q=), as the header search box sends it', async () => {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await page.getByRole('searchbox', { name: 'Search articles' }).fill('ceasefire');
		await page.getByRole('button', { name: 'Search' }).click();
		await page.waitForURL(/\/search\/\?q=ceasefire$/);
		const result = page.locator('.pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		await expect(result.textContent()).resolves.toBe(SEED_TITLE);
		await page.close();
	});

	it('answers an unknown address with the 404 page', async () => {
		const page = await context.newPage();
		const response = await page.goto(`${server.origin}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
		await page.close();
	});
});
