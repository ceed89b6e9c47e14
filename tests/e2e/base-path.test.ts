/**
 * The site built for a sub-path (`DATELINE_BASE=/news/`) and a public address (`DATELINE_SITE`),
 * served under /news/ by a plain static server: links, anchors, styles, search, the feed, the
 * sitemap, canonical addresses and structured data all work there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, launchChromium, ROOT, serveFolder } from './helpers.ts';

const SEED_ID = '2025-05-11-trump-urges-ukraine-to-accept-russias-offer';
const SITE = 'https://news.example.org';
const work = mkdtempSync(join(tmpdir(), 'dateline-base-'));
const out = join(work, 'dist');
let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
	const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
		cwd: ROOT,
		env: childEnv({ DATELINE_BASE: '/news/', DATELINE_SITE: SITE }),
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`the /news/ build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	server = await serveFolder(out, '/news/');
	browser = await launchChromium();
	context = await browser.newContext();
}, 300_000);

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await server?.stop();
	rmSync(work, { recursive: true, force: true });
});

const page = async () => {
	if (!context || !server) throw new Error('set up in beforeAll');
	return { tab: await context.newPage(), origin: server.origin };
};

describe('a build under /news/', () => {
	it('links from the home page to the article, whose styles load and whose anchors exist', async () => {
		const { tab, origin } = await page();
		const failed: string[] = [];
		tab.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		await tab.goto(`${origin}/news/`);
		await tab.locator(`a[href="/news/articles/${SEED_ID}/"]`).first().click();
		await tab.waitForURL(`${origin}/news/articles/${SEED_ID}/`);
		// the stylesheet applied: the layer switches are laid out by it
		expect(await tab.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(/^\/news\/_astro\//);
		expect(await tab.locator('.ann-quote[id^="q"]').count()).toBe(11);
		// an actor link and a date link inside the annotated text stay under /news/ and resolve
		const actorHref = await tab.locator('.article-body a.ann-actor').first().getAttribute('href');
		expect(actorHref).toMatch(/^\/news\/actors\/[a-z0-9-]+\/$/);
		const dateHref = await tab.locator('.article-body a.ann-date-link').first().getAttribute('href');
		expect(dateHref).toMatch(/^\/news\/timeline\/\d{4}\/#t-/);
		await tab.goto(`${origin}${dateHref}`);
		expect(await tab.locator(`[id="${dateHref?.split('#')[1]}"]`).count()).toBe(1);
		await tab.goto(`${origin}${actorHref}`);
		expect(await tab.locator('h1').count()).toBe(1);
		expect(failed).toEqual([]);
		await tab.close();
	});

	it('searches under /news/, results linking under /news/', async () => {
		const { tab, origin } = await page();
		await tab.goto(`${origin}/news/search/?q=ceasefire`);
		const result = tab.locator('.search-result-title a').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await result.getAttribute('href')).toBe(`/news/articles/${SEED_ID}/`);
		await tab.goto(`${origin}/news/search/?scope=quotes&q=bloodbath`);
		const quote = tab.locator('.search-result-title a').first();
		await quote.waitFor({ timeout: 15_000 });
		expect(await quote.getAttribute('href')).toMatch(new RegExp(`^/news/articles/${SEED_ID}/#q\\d+$`));
		await tab.close();
	});

	it('answers an unknown address under /news/ with the 404 page', async () => {
		const { tab, origin } = await page();
		const response = await tab.goto(`${origin}/news/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await tab.locator('h1').textContent()).toBe('Page not found');
		expect(await tab.locator('link[rel="stylesheet"]').first().getAttribute('href')).toMatch(/^\/news\//);
		await tab.close();
	});
});

describe('publishing under a public address', () => {
	const articlePage = () => readFileSync(join(out, 'articles', SEED_ID, 'index.html'), 'utf8');

	it('gives every page its canonical address, Open Graph and Twitter card meta', () => {
		const html = articlePage();
		const meta = (pattern: RegExp) => pattern.exec(html)?.[1];
		expect(meta(/<link rel="canonical" href="([^"]+)"/)).toBe(`${SITE}/news/articles/${SEED_ID}/`);
		expect(meta(/<meta property="og:url" content="([^"]+)"/)).toBe(`${SITE}/news/articles/${SEED_ID}/`);
		expect(meta(/<meta property="og:type" content="([^"]+)"/)).toBe('article');
		expect(meta(/<meta property="og:title" content="([^"]+)"/)).toBe("Trump urges Ukraine to accept Russia's offer of direct talks in Istanbul");
		expect(meta(/<meta name="twitter:card" content="([^"]+)"/)).toBe('summary');
		expect(meta(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)"/)).toBe('/news/rss.xml');
	});

	it('describes the article as a NewsArticle with its mentions, quotes and claims (JSON-LD)', () => {
		const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(articlePage())?.[1] ?? '';
		const data = JSON.parse(json) as { '@type': string; headline: string; datePublished: string; url: string; mentions: Array<{ '@type': string; name: string; url: string }>; hasPart: Array<{ '@type': string; text: string; url: string; creator?: { name: string } }> };
		expect(data['@type']).toBe('NewsArticle');
		expect(data.datePublished).toBe('2025-05-11');
		expect(data.url).toBe(`${SITE}/news/articles/${SEED_ID}/`);
		expect(data.mentions).toContainEqual({ '@type': 'Person', name: 'Volodymyr Zelensky', url: `${SITE}/news/actors/volodymyr-zelensky/` });
		expect(data.mentions).toContainEqual({ '@type': 'Organization', name: 'NATO', url: `${SITE}/news/actors/nato/` });
		expect(data.hasPart.filter((part) => part['@type'] === 'Quotation')).toHaveLength(11);
		expect(data.hasPart.filter((part) => part['@type'] === 'Claim').length).toBeGreaterThan(0);
		const quote = data.hasPart.find((part) => part['@type'] === 'Quotation' && part.creator?.name === 'Donald Trump');
		expect(quote?.url).toMatch(new RegExp(`^${SITE}/news/articles/${SEED_ID}/#q\\d+$`));
	});

	it('publishes an RSS feed, a sitemap and the data files with public addresses', () => {
		const feed = readFileSync(join(out, 'rss.xml'), 'utf8');
		expect(feed).toContain(`<link>${SITE}/news/articles/${SEED_ID}/</link>`);
		expect(feed).toContain('<pubDate>Sun, 11 May 2025 00:00:00 GMT</pubDate>');
		expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(true);
		const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${SITE}/news/articles/${SEED_ID}/</loc>`);
		expect(sitemap).toContain(`<loc>${SITE}/news/timeline/</loc>`);
		const quotes = JSON.parse(readFileSync(join(out, 'data/quotes.json'), 'utf8')) as Array<{ url: string; speakerName: string }>;
		expect(quotes).toHaveLength(11);
		expect(quotes[0]?.url).toMatch(new RegExp(`^${SITE}/news/articles/${SEED_ID}/#q\\d+$`));
		const csv = readFileSync(join(out, 'data/quotes.csv'), 'utf8').split('\r\n');
		expect(csv[0]).toBe('id,article_id,article_title,article_date,speaker,speaker_id,kind,cue,channel,text,url');
		expect(csv).toHaveLength(13);
		const ics = readFileSync(join(out, 'data/timeline.ics'), 'utf8');
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(6);
		expect(ics).toContain('DTSTART;VALUE=DATE:20250515');
		for (const name of ['articles', 'actors', 'quotes', 'claims', 'events']) {
			const schema = JSON.parse(readFileSync(join(out, `data/schema/${name}.schema.json`), 'utf8')) as { $id: string; type: string };
			expect(schema.$id).toBe(`${SITE}/news/data/schema/${name}.schema.json`);
			expect(schema.type).toBe('array');
		}
	});
});
