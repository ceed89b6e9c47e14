import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-in.ts';

describe('the end, start or middle of a week, month or year', () => {
	it('is the period it is part of, counted from the publication date', () => {
		expect(datesIn('The plant will close by the end of the year.')).toEqual([['by the end of the year', '2025']]);
		expect(datesIn('The plant will close by the end of next year.')).toEqual([['by the end of next year', '2026']]);
		expect(datesIn('Talks resume at the start of next month.')).toEqual([['at the start of next month', '2025-06']]);
		expect(datesIn('The deal collapsed in the middle of last week.')).toEqual([['the middle of last week', '2025-W19']]);
	});
});

describe('the early, middle or late part of a year', () => {
	it('is the year, its words kept in the text', () => {
		expect(datesIn('The plant will reopen in mid-2026.')).toEqual([['in mid-2026', '2026']]);
		expect(datesIn('The plant will reopen by early 2027.')).toEqual([['by early 2027', '2027']]);
		expect(datesIn('Late 2024 saw a surge in orders.')).toEqual([['Late 2024', '2024']]);
	});

	it('"the end of 2025", "the middle of 2022": the year, with the words before it', () => {
		expect(datesIn('The plant will close by the end of 2025.')).toEqual([['by the end of 2025', '2025']]);
		expect(datesIn('The deal was signed in the middle of 2022.')).toEqual([['in the middle of 2022', '2022']]);
		expect(datesIn('The beginning of 2019 saw growth.')).toEqual([['The beginning of 2019', '2019']]);
	});
});

describe('a relative period with "late", "early", "earlier" or "later" before it', () => {
	it('is the period, its word kept in the text', () => {
		expect(datesIn('The Tarsen talks collapsed late last month.')).toEqual([['late last month', '2025-04']]);
		expect(datesIn('Prices rose earlier this week.')).toEqual([['earlier this week', '2025-W20']]);
		expect(datesIn('The Tarsen plant will reopen early next year.')).toEqual([['early next year', '2026']]);
		expect(datesIn('Prices will rise later this year.')).toEqual([['later this year', '2025']]);
	});

	it('leaves "later" to a count of time before it', () => {
		expect(datesIn('Two years later this month the plant closed.')).toEqual([['this month', '2025-05']]);
	});
});

describe('a season with a preposition and no year', () => {
	it('"since the spring", "in spring", "by the summer": the season nearest the publication date in the tense\'s direction', () => {
		expect(datesIn('Tarsen drivers have worked double shifts since the spring.', '2024-10-17')).toEqual([['since the spring', '2024-SP']]);
		expect(datesIn('The Tarsen plant closed in spring.', '2024-10-17')).toEqual([['in spring', '2024-SP']]);
		expect(datesIn('The Tarsen plant will reopen by the summer.', '2024-10-17')).toEqual([['by the summer', '2025-SU']]);
	});
});
