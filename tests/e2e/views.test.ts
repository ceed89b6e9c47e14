import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './helpers.ts';

const SEED = '/articles/2025-05-11-trump-urges-ukraine-to-accept-russias-offer/';

const site = useSite();

async function open(path: string): Promise<Page> {
	const page = await site.context.newPage();
	const response = await page.goto(`${site.origin}${path}`);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('the annotated article', () => {
	it('marks the eleven quotes of the sample article, direct and reported told apart', async () => {
		const page = await open(SEED);
		const ids = await page.locator('.article-body .ann-quote[id]').evaluateAll((els) => els.map((el) => [el.id, el.className]));
		expect(ids).toHaveLength(11);
		expect(ids.filter(([, className]) => className?.includes('ann-direct'))).toHaveLength(7);
		expect(ids.filter(([, className]) => className?.includes('ann-indirect'))).toHaveLength(4);
		const direct = await page.locator('.article-body .ann-direct').first().evaluate((el) => getComputedStyle(el).borderBottomStyle);
		const indirect = await page.locator('.article-body .ann-indirect').first().evaluate((el) => getComputedStyle(el).borderBottomStyle);
		expect([direct, indirect]).toEqual(['solid', 'dashed']);
		await page.close();
	});

	it('shows each date as <time> with its resolved value and how it was resolved', async () => {
		const page = await open(SEED);
		const thursday = page.locator('.article-body time.ann-date', { hasText: 'on Thursday' }).first();
		await expect(thursday.getAttribute('datetime')).resolves.toBe('2025-05-15');
		await expect(thursday.getAttribute('title')).resolves.toBe('"on Thursday", article of Sun 11 May 2025, future tense → Thu 15 May 2025');
		await expect(page.locator('.article-body a.ann-date-link:has(time[datetime="2025-05-15"])').first().getAttribute('href')).resolves.toBe('/timeline/2025/#t-2025-05-15');
		await page.close();
	});

	it('turns a layer off with the keyboard, without JavaScript', async () => {
		const page = await site.context.newPage();
		await page.route('**/*.js', (route) => route.abort());
		await page.goto(`${site.origin}${SEED}`);
		const quote = page.locator('.article-body .ann-direct').first();
		await expect(quote.evaluate((el) => getComputedStyle(el).borderBottomStyle)).resolves.toBe('solid');
		await page.locator('#layer-quotes').focus();
		await page.keyboard.press('Space');
		await expect(page.locator('#layer-quotes').isChecked()).resolves.toBe(false);
		await expect(quote.evaluate((el) => getComputedStyle(el).borderBottomStyle)).resolves.toBe('none');
		const actor = page.locator('.article-body .ann-actor').first();
		await expect(actor.evaluate((el) => getComputedStyle(el).fontWeight)).resolves.toBe('600');
		await page.close();
	});

	it('lists who is quoted beside the text, most quoted first', async () => {
		const page = await open(SEED);
		const speakers = await page.locator('.article-panel .counts li').allTextContents();
		expect(speakers.map((s) => s.replace(/\s+/g, ' ').trim())).toEqual(['Andriy Yermak 3', 'Donald Trump 3', 'Volodymyr Zelensky 3', 'Ukraine 2']);
		await page.close();
	});
});

describe('the quote index', () => {
	it('groups the sample quotes under their speakers', async () => {
		const page = await open('/quotes/');
		const counts = async (id: string) => page.locator(`#speaker-${id} figure`).count();
		expect(await counts('donald-trump')).toBe(3);
		expect(await counts('volodymyr-zelensky')).toBe(3);
		expect(await counts('andriy-yermak')).toBe(3);
		expect(await counts('ukraine')).toBe(2);
		await expect(page.locator('.speaker-chart svg title').textContent()).resolves.toBe('Quotes per speaker: Andriy Yermak 3, Donald Trump 3, Volodymyr Zelensky 3, Ukraine 2');
		await page.close();
	});

	it('has a page per speaker whose links land on the quote in its article', async () => {
		const page = await open('/quotes/andriy-yermak/');
		const link = page.locator('figure figcaption a').first();
		const href = await link.getAttribute('href');
		expect(href).toMatch(/#q\d+$/);
		await link.click();
		await page.waitForURL(/#q\d+$/);
		const id = new URL(page.url()).hash.slice(1);
		const target = page.locator(`.article-body [id="${id}"]`);
		await expect(target.getAttribute('class')).resolves.toContain('ann-quote');
		await expect(target.getAttribute('title')).resolves.toContain('· Andriy Yermak ·');
		await page.close();
	});
});

describe('the quote filter', () => {
	it('hides the quotes of other speakers and kinds at once', async () => {
		const page = await open('/quotes/');
		await page.locator('select[name="speaker"]').selectOption('donald-trump');
		expect(await page.locator('.quote-card:visible').count()).toBe(3);
		await page.locator('select[name="kind"]').selectOption('indirect');
		expect(await page.locator('.quote-card:visible').count()).toBe(1);
		await expect(page.locator('output[name="shown"]').textContent()).resolves.toBe('1 quote shown');
		await page.close();
	});

	it('shows the resolved date when a date link has keyboard focus', async () => {
		const page = await open(SEED);
		const link = page.locator('.article-body a.ann-date-link:has(time[datetime="2025-05-15"])').first();
		await expect(link.getAttribute('data-resolved')).resolves.toBe('Thu 15 May 2025');
		await link.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(link.evaluate((el) => getComputedStyle(el, '::after').content)).resolves.toBe('"Thu 15 May 2025"');
		await page.close();
	});
});

describe('the timeline', () => {
	it('lists the years with events, with their counts and first and last dates', async () => {
		const page = await open('/timeline/');
		await expect(page.locator('.lede').textContent()).resolves.toMatch(/^6 events from every article, in 2 years/);
		const years = await page.locator('.timeline-years li').allTextContents();
		expect(years.map((year) => year.replace(/\s+/g, ' ').trim())).toEqual(['2022 2 events February 2022 to March 2022', '2025 4 events Sat 10 May 2025 to Thu 15 May 2025']);
		await expect(page.getByRole('link', { name: '2025', exact: true }).getAttribute('href')).resolves.toBe('/timeline/2025/');
		await page.close();
	});

	it('has a page a year with its events in date order, months shown as spans', async () => {
		const page = await open('/timeline/2022/');
		await expect(page.locator('.timeline-date h2').allTextContents()).resolves.toEqual(['February 2022', 'March 2022']);
		await expect(page.locator('#t-2022-02').getAttribute('class')).resolves.toContain('is-span');
		await expect(page.locator('a[rel="next"]').getAttribute('href')).resolves.toBe('/timeline/2025/');
		await expect(page.locator('a[rel="prev"]').count()).resolves.toBe(0);
		await page.goto(`${site.origin}/timeline/2025/`);
		await expect(page.locator('.timeline-date h2').allTextContents()).resolves.toEqual(['Sat 10 May 2025', 'Sun 11 May 2025', 'Mon 12 May 2025', 'Thu 15 May 2025']);
		await expect(page.locator('#t-2025-05-15').getAttribute('class')).resolves.toContain('is-day');
		await expect(page.locator('.timeline-nav [aria-current="page"]').textContent()).resolves.toBe('2025');
		await page.close();
	});
});

describe('the actor pages', () => {
	it('show a person with roles, quotes, events and articles', async () => {
		const page = await open('/actors/volodymyr-zelensky/');
		await expect(page.locator('h1').textContent()).resolves.toBe('Volodymyr Zelensky');
		await expect(page.locator('.facts').textContent()).resolves.toContain('Ukrainian President');
		expect(await page.locator('figure.quote-card').count()).toBe(3);
		await page.close();
	});

	it('show what the actor registry (content/actors.yaml) says of an actor: description, other names, link', async () => {
		const page = await open('/actors/volodymyr-zelensky/');
		await expect(page.locator('h1 + p.lede').textContent()).resolves.toBe('President of Ukraine since 2019.');
		await expect(page.locator('.facts').textContent()).resolves.toContain('Volodymyr Zelenskyy');
		await expect(page.getByRole('link', { name: 'Wikidata Q3874799' }).getAttribute('href')).resolves.toBe('https://www.wikidata.org/wiki/Q3874799');
		await page.close();
	});
});

describe('accessibility', () => {
	it.each(['/', SEED, '/quotes/', '/quotes/donald-trump/', '/timeline/', '/timeline/2025/', '/actors/', '/actors/volodymyr-zelensky/', '/search/', '/404.html'])('axe finds no WCAG 2.2 A or AA violation on %s', async (path) => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}${path}`);
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
		await page.close();
	});

	it('axe finds no violation on the search page with results, sub-results and the filters open', async () => {
		const page = await site.context.newPage();
		await page.goto(`${site.origin}/search/?scope=quotes&q=bloodbath`);
		await page.locator('.search-subresults a').first().waitFor({ timeout: 15_000 });
		await page.getByText('Filters', { exact: true }).click();
		await page.getByRole('group', { name: 'Speaker' }).waitFor();
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
		// the header's search and the page's are two search landmarks, told apart by their names
		const landmarks = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
		expect(landmarks.violations.map((v) => v.id)).toEqual([]);
		await expect(page.getByRole('search').evaluateAll((forms) => forms.map((form) => form.getAttribute('aria-label')))).resolves.toEqual(['Site search', 'Search in a scope']);
		await page.close();
	});
});
