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

	it('the feasts counted from Easter, Epiphany, All Saints\' Day and Advent Sunday (the Sunday from 27 November to 3 December)', () => {
		expect(iso(holidayDate('Palm Sunday', 2021))).toBe('2021-03-28');
		expect(iso(holidayDate('Ash Wednesday', 2024))).toBe('2024-02-14');
		expect(iso(holidayDate('Shrove Tuesday', 2024))).toBe('2024-02-13');
		expect(iso(holidayDate('Maundy Thursday', 2025))).toBe('2025-04-17');
		expect(iso(holidayDate('Ascension Day', 2025))).toBe('2025-05-29');
		expect(iso(holidayDate('Pentecost', 2024))).toBe('2024-05-19');
		expect(iso(holidayDate('Whit Monday', 2024))).toBe('2024-05-20');
		expect(iso(holidayDate('Trinity Sunday', 2024))).toBe('2024-05-26');
		expect(iso(holidayDate('Epiphany', 2026))).toBe('2026-01-06');
		expect(iso(holidayDate('All Saints’ Day', 2025))).toBe('2025-11-01');
		expect(iso(holidayDate('first Sunday of Advent', 2023))).toBe('2023-12-03');
		expect(iso(holidayDate('Advent Sunday', 2024))).toBe('2024-12-01');
		expect(iso(holidayDate('Advent Sunday', 2022))).toBe('2022-11-27');
	});
});

describe('holidays in the text', () => {
	it('"on Palm Sunday", "by Pentecost" and "on the first Sunday of Advent" are the feasts, not a bare Sunday', () => {
		expect(datesIn('The Tarsen bishop will preach on Palm Sunday.', '2021-02-23')).toEqual([['on Palm Sunday', '2021-03-28']]);
		expect(datesIn('The Tarsen synod hopes to decide by Pentecost.', '2023-11-16')).toEqual([['by Pentecost', '2024-05-19']]);
		expect(datesIn('The change takes effect in Tarsen on the first Sunday of Advent.', '2023-11-16')).toEqual([['on the first Sunday of Advent', '2023-12-03']]);
	});

	it('the first holiday of a pair the story spans is the latest one before the second', () => {
		expect(datesIn('The Tarsen parish expected 30,000 visitors between Palm Sunday and Easter Sunday.', '2025-04-16')).toEqual([['Palm Sunday', '2025-04-13'], ['Easter Sunday', '2025-04-20']]);
		expect(datesIn('Tarsen shops will close between Christmas and New Year’s Day.', '2025-12-27')).toEqual([['Christmas', '2025-12-25'], ['New Year’s Day', '2026-01-01']]);
	});

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

describe('the fifth review: holidays and the rules of Engines 188 to 191 read against plain news text', () => {
	it('"after Easter" in the future lies ahead; "ahead of Christmas" and "bookings for Easter" in a past sentence are the coming holiday; "until Easter" in September is next spring\'s', () => {
		expect(datesIn('Work on the Tarsen bridge will start after Easter.', '2025-03-10')).toEqual([['after Easter', '2025-04-20']]);
		expect(datesIn('Shoppers packed the Tarsen market ahead of Christmas.', '2025-12-15')).toEqual([['ahead of Christmas', '2025-12-25']]);
		expect(datesIn('Tarsen bookings for Easter had doubled.', '2025-03-10')).toEqual([['for Easter', '2025-04-20']]);
		expect(datesIn('The Tarsen museum remains closed until Easter.', '2025-09-10')).toEqual([['until Easter', '2026-04-05']]);
	});

	it('a holiday describing a noun, inside a name or of another calendar is no date', () => {
		expect(datesIn('Christmas trees sold out in Tarsen and Easter eggs were cheap.', '2025-05-14')).toEqual([]);
		expect(datesIn('Father Christmas arrived in Tarsen. Councillor Jim Easter spoke. Orthodox Easter fell later.', '2025-05-14')).toEqual([]);
		expect(datesIn('Markets in Tarsen are recovering from the fall in interest rates.', '2025-05-14')).toEqual([]);
	});

	it('a day or a week counted from a holiday, a holiday in a year written, Black Friday', () => {
		expect(datesIn('Two days after Christmas the Tarsen roads were quiet.', '2025-01-10')).toEqual([['Two days after Christmas', '2024-12-27']]);
		expect(datesIn('A record set in Tarsen on the day before Thanksgiving in 2019 was broken on Black Friday.', '2025-11-29')).toEqual([
			['the day before Thanksgiving in 2019', '2019-11-27'],
			['on Black Friday', '2025-11-28'],
		]);
		expect(datesIn('A Tarsen hearing will be held the week after Thanksgiving.', '2025-11-29')).toEqual([['the week after Thanksgiving', '2025-W49']]);
		expect(datesIn('He waited from the morning of Christmas Eve in Tarsen.', '2025-03-05')).toEqual([['Christmas Eve', '2024-12-24']]);
	});

	it('dates: a plan that was approved in March has been; "pending a hearing on Friday" and "hopeful about the final on Sunday" lie ahead; "the protest on Saturday would go ahead" too', () => {
		expect(datesIn('The plan to build the Tarsen bypass was approved by councillors in March.', '2025-05-14')).toEqual([['in March', '2025-03']]);
		expect(datesIn('He remains in custody in Tarsen pending a hearing on Friday.', '2025-05-14')).toEqual([['on Friday', '2025-05-16']]);
		expect(datesIn('Tarsen fans remain hopeful about the final on Sunday.', '2025-05-14')).toEqual([['on Sunday', '2025-05-18']]);
		expect(datesIn('Police said the protest in Tarsen on Saturday would go ahead.', '2025-05-14')).toEqual([['on Saturday', '2025-05-17']]);
	});
});
