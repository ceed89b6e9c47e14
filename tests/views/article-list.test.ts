import { describe, expect, it } from 'vitest';
import { articlesPerPage, DEFAULT_ARTICLES_PER_PAGE } from '../../src/lib/site.ts';
import { sitePaths } from '../../src/lib/site-paths.ts';
import { newestArticlesFirst, pagerItems, pagesOf, type PagerItem } from '../../src/lib/views.ts';

/** A pager's items written as a line: `1 … 4 5 6 … 20`. */
const line = (items: PagerItem[]): string => items.map((item) => ('gap' in item ? '…' : String(item.page))).join(' ');

describe('the pages of the article list', () => {
	it('hold the articles in their order, the last page the rest', () => {
		expect(pagesOf(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect(pagesOf(['a', 'b', 'c', 'd'], 2)).toEqual([['a', 'b'], ['c', 'd']]);
		expect(pagesOf(['a'], 50)).toEqual([['a']]);
	});

	it('are one empty page when there are no articles, so the home page always exists', () => {
		expect(pagesOf([], 50)).toEqual([[]]);
	});

	it('hold at least one article each', () => {
		expect(() => pagesOf(['a'], 0)).toThrow('a page holds at least one item, not 0');
		expect(() => pagesOf(['a'], 2.5)).toThrow(RangeError);
	});

	it('are the home page first, then /page/<n>/, under the base path', () => {
		expect(sitePaths('/').articleListUrl(1)).toBe('/');
		expect(sitePaths('/').articleListUrl(2)).toBe('/page/2/');
		expect(sitePaths('/news').articleListUrl(1)).toBe('/news/');
		expect(sitePaths('/news/').articleListUrl(12)).toBe('/news/page/12/');
	});

	it('list the newest articles first, those of one day by title', () => {
		const article = (title: string, date: string) => ({ data: { title, date } });
		const sorted = newestArticlesFirst([article('Brennmoor ferry', '2025-03-02'), article('Tarsen vote', '2025-04-01'), article('Alder dock', '2025-03-02')]);
		expect(sorted.map((a) => a.data.title)).toEqual(['Tarsen vote', 'Alder dock', 'Brennmoor ferry']);
	});
});

describe('the pager', () => {
	it('shows every page when there are nine or fewer', () => {
		expect(line(pagerItems(1, 1))).toBe('1');
		expect(line(pagerItems(3, 5))).toBe('1 2 3 4 5');
		expect(line(pagerItems(9, 9))).toBe('1 2 3 4 5 6 7 8 9');
	});

	it('shows the first, the last and two either side of the current page, the others as gaps', () => {
		expect(line(pagerItems(10, 20))).toBe('1 … 8 9 10 11 12 … 20');
		expect(line(pagerItems(1, 20))).toBe('1 2 3 … 20');
		expect(line(pagerItems(20, 20))).toBe('1 … 18 19 20');
	});

	it('shows a single page left out as that page, not as a gap', () => {
		expect(line(pagerItems(4, 20))).toBe('1 2 3 4 5 6 … 20');
		expect(line(pagerItems(17, 20))).toBe('1 … 15 16 17 18 19 20');
	});
});

describe('articles a page', () => {
	it(`are ${DEFAULT_ARTICLES_PER_PAGE} when DATELINE_ARTICLES_PER_PAGE is unset or empty`, () => {
		expect(DEFAULT_ARTICLES_PER_PAGE).toBe(50);
		expect(articlesPerPage(undefined)).toBe(50);
		expect(articlesPerPage('')).toBe(50);
	});

	it('are the whole number DATELINE_ARTICLES_PER_PAGE gives', () => {
		expect(articlesPerPage('20')).toBe(20);
		expect(articlesPerPage(' 1 ')).toBe(1);
	});

	it('stop the build on anything else, naming the variable', () => {
		expect(() => articlesPerPage('0')).toThrow('DATELINE_ARTICLES_PER_PAGE: "0" is not a whole number of articles from 1 (unset, the list shows 50 a page)');
		for (const value of ['-5', '2.5', 'twenty', '1e3']) expect(() => articlesPerPage(value), value).toThrow(`DATELINE_ARTICLES_PER_PAGE: "${value}"`);
	});
});
