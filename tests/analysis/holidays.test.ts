import { describe, expect, it } from 'vitest';
import { easterSunday, holidayDate } from '../../src/analysis/holidays.ts';
import { datesIn } from './dates-in.ts';

const iso = (date: Date | undefined) => (date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : undefined);

describe('the day a holiday falls on', () => {
	it('Easter by the Gregorian computus, and the days around it', () => {
		expect(iso(easterSunday(2024))).toBe('2024-03-31');
		expect(iso(easterSunday(2025))).toBe('2025-04-20');
		expect(iso(easterSunday(2026))).toBe('2026-04-05');
		expect(iso(holidayDate('Good Friday', 2025))).toBe('2025-04-18');
		expect(iso(holidayDate('Easter Monday', 2025))).toBe('2025-04-21');
	});

	it('the American holidays set by a weekday of their month, and the fixed ones', () => {
		expect(iso(holidayDate('Thanksgiving Day', 2023))).toBe('2023-11-23');
		expect(iso(holidayDate('Labor Day', 2025))).toBe('2025-09-01');
		expect(iso(holidayDate('Memorial Day', 2025))).toBe('2025-05-26');
		expect(iso(holidayDate('St. Stephen’s Day', 2024))).toBe('2024-12-26');
		expect(iso(holidayDate('New Year’s Eve', 2024))).toBe('2024-12-31');
		expect(holidayDate('Labour Day', 2025)).toBeUndefined();
	});
});

describe('holidays in the text', () => {
	it('"since Easter" has been, "before Christmas" in the future lies ahead, a holiday told of in the past tense is the latest', () => {
		expect(datesIn('The Tarsen line has been closed since Easter.', '2024-04-19')).toEqual([['since Easter', '2024-03-31']]);
		expect(datesIn('Repairs in Tarsen will finish before Christmas.', '2025-10-01')).toEqual([['before Christmas', '2025-12-25']]);
		expect(datesIn('He died in Tarsen on St Stephen’s Day.', '2025-01-08')).toEqual([['on St Stephen’s Day', '2024-12-26']]);
	});

	it('not a name or a period a holiday begins, nor one a date follows', () => {
		expect(datesIn('Christmas Island reported no damage, and the Easter weekend in Tarsen was quiet.', '2025-05-01')).toEqual([]);
		expect(datesIn('Trains in Tarsen will stop on Good Friday, April 18.', '2025-04-01')).toEqual([['Friday, April 18', '2025-04-18']]);
	});

	it('"into the autumn" and "from the autumn" are seasons; "the winter of 2020-21" is the winter of its first year', () => {
		expect(datesIn('The Tarsen strike could run into the autumn.', '2023-06-26')).toEqual([['into the autumn', '2023-FA']]);
		expect(datesIn('The winter of 2020-21 in Tarsen was worse.', '2024-08-19')).toEqual([['2020-21', '2020-WI']]);
	});
});
