import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-in.ts';

// Tuesday 17 June 2025 is in ISO week 25 (16–22 June); week 24 is 9–15 June, week 26 is 23–29 June
describe('a weekday with its week beside it (the English of West and East Africa)', () => {
	it('"last week Thursday", "on Monday next week", "Friday this week": that day of that week', () => {
		expect(datesIn('The assembly met last week Thursday.', '2025-06-17')).toEqual([['last week Thursday', '2025-06-12']]);
		expect(datesIn('The motion will be debated on Monday next week.', '2025-06-17')).toEqual([['on Monday next week', '2025-06-23']]);
		expect(datesIn('The list will be published on Friday this week.', '2025-06-17')).toEqual([['on Friday this week', '2025-06-20']]);
		expect(datesIn('The teachers had begun a sit-at-home on Monday last week.', '2025-06-17')).toEqual([['on Monday last week', '2025-06-09']]);
	});

	it('a week on its own and a weekday in the next sentence stay apart, as does a range ending in the week', () => {
		expect(datesIn('He left last week. Thursday was quiet.', '2025-06-17')).toEqual([
			['last week', '2025-W24'],
			['Thursday', '2025-06-12'],
		]);
		expect(datesIn('Officials said the bridge closed from Monday to Wednesday last week.', '2025-06-17')[1]).toEqual(['last week', '2025-W24']);
	});
});

describe('clock times written with a full stop (British, Irish and Australian style)', () => {
	it('"at 4.41pm" is a time of the day mentioned before, as "at 4:41 p.m." is', () => {
		expect(datesIn('The ferry left the pier at 4.19pm on Friday. At 4.41pm the master radioed the coastguard. By 4.53pm she had capsized.', '2025-02-05')).toEqual([
			['at 4.19pm on Friday', '2025-01-31'],
			['At 4.41pm', '2025-01-31'],
			['By 4.53pm', '2025-01-31'],
		]);
	});

	it('an early hour after a late one is the next day\'s', () => {
		expect(datesIn('He arrived at the hospital at 9.38pm on Friday, December 3. He was moved to intensive care at 7.30am.', '2021-12-20')).toEqual([
			['at 9.38pm on Friday, December 3', '2021-12-03'],
			['at 7.30am', '2021-12-04'],
		]);
	});
});
