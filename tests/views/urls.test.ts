import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate } from '../../src/lib/dates.ts';
import { sitePaths, timelineAnchor, timelineYear } from '../../src/lib/site-paths.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { formatTimeValue, groupEvents, sortKey } from '../../src/lib/views.ts';

describe('absolute addresses', () => {
	const site = new URL('https://news.example.org/archive/');

	it('join the site origin and a plain path from the root, as the URL parser would', () => {
		expect(absoluteUrl('/news/articles/harbour-vote/#q1', site)).toBe('https://news.example.org/news/articles/harbour-vote/#q1');
		expect(absoluteUrl('/actors/ines_okonkwo-barros.2/', site)).toBe('https://news.example.org/actors/ines_okonkwo-barros.2/');
	});

	it('leave to the URL parser what it would change: dot segments, other characters, a path not from the root', () => {
		expect(absoluteUrl('/news/../articles/a/', site)).toBe('https://news.example.org/articles/a/');
		expect(absoluteUrl('/news/./a/', site)).toBe('https://news.example.org/news/a/');
		expect(absoluteUrl('/articles/café/', site)).toBe('https://news.example.org/articles/caf%C3%A9/');
		expect(absoluteUrl('articles/a/', site)).toBe('https://news.example.org/archive/articles/a/');
		expect(absoluteUrl('//elsewhere.example/a', site)).toBe('https://elsewhere.example/a');
	});

	it('stay paths when the site has no address', () => {
		expect(absoluteUrl('/articles/a/', undefined)).toBe('/articles/a/');
	});
});

describe('dates on pages', () => {
	it('are written the same the first time and every time after', () => {
		for (let i = 0; i < 2; i++) {
			expect(formatLongDate('2025-05-11')).toBe('Sunday 11 May 2025');
			expect(formatShortDate('2025-05-11')).toBe('11 May 2025');
			expect(formatTimeValue('2025-05-15')).toBe('Thu 15 May 2025');
			expect(formatTimeValue('2025-SU')).toBe('summer 2025');
		}
	});
});

describe('weeks and weekends on pages', () => {
	it('write a weekend as its two days', () => {
		expect(formatTimeValue('2025-W19-WE')).toBe('weekend of 10–11 May 2025');
		expect(formatTimeValue('2025-W22-WE')).toBe('weekend of 31 May – 1 Jun 2025');
		expect(formatTimeValue('2022-W52-WE')).toBe('weekend of 31 Dec 2022 – 1 Jan 2023');
		expect(formatTimeValue('2025-W20')).toBe('week 20 of 2025');
	});

	it('sort a week from its Monday and a weekend from its Saturday, within their year', () => {
		expect(sortKey('2025-W20')).toBe('2025-05-12');
		expect(sortKey('2025-W19-WE')).toBe('2025-05-10');
		// ISO week 1 of 2025 starts on Monday 30 December 2024: it stays at the start of 2025
		expect(sortKey('2025-W01')).toBe('2025-01-01');
	});

	it('keep the events of one value together on the timeline, in date order', () => {
		const event = (id: string, date: string, articleDate: string) => ({ id, data: { date, article: { date: articleDate } } }) as unknown as Parameters<typeof groupEvents>[0][number];
		const groups = groupEvents([event('a', '2025-05-10', '2025-05-12'), event('b', '2025-W19-WE', '2025-05-11'), event('c', '2025-05-10', '2025-05-10'), event('d', '2025-12', '2025-12-01'), event('e', '2025-W20', '2025-05-13')]);
		expect(groups.map((year) => [year.year, year.dates.map((date) => [date.value, date.events.map((e) => e.id)])])).toEqual([
			[
				'2025',
				[
					['2025-05-10', ['c', 'a']],
					['2025-W19-WE', ['b']],
					['2025-W20', ['e']],
					['2025-12', ['d']],
				],
			],
		]);
	});
});

describe('dates on the timeline', () => {
	it('are on the page of their year, at an anchor of their own, under the base path', () => {
		const paths = sitePaths('/news');
		expect(paths.timelineUrl()).toBe('/news/timeline/');
		expect(paths.timelineUrl('2025')).toBe('/news/timeline/2025/');
		expect(paths.timelineDateUrl('2025-05-15')).toBe('/news/timeline/2025/#t-2025-05-15');
		expect(paths.timelineDateUrl('2025-W19-WE')).toBe('/news/timeline/2025/#t-2025-W19-WE');
		expect(paths.timelineDateUrl('2024-SU')).toBe('/news/timeline/2024/#t-2024-SU');
		expect(timelineYear('1998-Q3')).toBe('1998');
		expect(timelineAnchor('2025-05')).toBe('t-2025-05');
	});
});
