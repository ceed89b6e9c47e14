import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate } from '../../src/lib/dates.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { formatTimeValue } from '../../src/lib/views.ts';

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
