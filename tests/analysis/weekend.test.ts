import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';
import { datesIn } from './dates-in.ts';

// Sunday 11 May 2025 is in ISO week 19, whose weekend is 10–11 May; Wednesday 14 May is in week 20
describe('weekends, as TimeML weekend values (YYYY-Www-WE)', () => {
	it('in a story of a weekday: the weekend before for the past, the one to come for the future', () => {
		expect(datesIn('Protesters blocked the port over the weekend.', '2025-05-14')).toEqual([['over the weekend', '2025-W19-WE']]);
		expect(datesIn('Protesters will block the port over the weekend.', '2025-05-14')).toEqual([['over the weekend', '2025-W20-WE']]);
		expect(datesIn('The port reopens this weekend.', '2025-05-14')).toEqual([['this weekend', '2025-W20-WE']]);
		expect(datesIn('The port closed last weekend.', '2025-05-14')).toEqual([['last weekend', '2025-W19-WE']]);
		expect(datesIn('The port will close next weekend.', '2025-05-14')).toEqual([['next weekend', '2025-W20-WE']]);
	});

	it('in a story of a Sunday: the weekend it is for the past, the next one for "next" and the future', () => {
		expect(datesIn('Protesters blocked the port over the weekend.', '2025-05-11')).toEqual([['over the weekend', '2025-W19-WE']]);
		expect(datesIn('The port closed last weekend.', '2025-05-11')).toEqual([['last weekend', '2025-W18-WE']]);
		expect(datesIn('The port will close next weekend.', '2025-05-11')).toEqual([['next weekend', '2025-W20-WE']]);
	});

	it('a weekend is an event on the timeline', () => {
		const { events } = analyzeArticle('Protesters blocked the port over the weekend, police said.\n', { date: '2025-05-14' });
		expect(events.map((e) => [e.date, e.granularity])).toEqual([['2025-W19-WE', 'week']]);
	});
});
