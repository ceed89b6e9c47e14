/**
 * Calendar dates on pages. Dateline's dates are calendar values (`YYYY-MM-DD`), not instants, so
 * they are read and written in one local frame and never shift with the machine's time zone.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';

/** `2025-05-11` → `Sunday 11 May 2025`. */
export const formatLongDate = remembered((isoDate: string) => format(parseISO(isoDate), 'EEEE d MMMM yyyy'));

/** `2025-05-11` → `11 May 2025`. */
export const formatShortDate = remembered((isoDate: string) => format(parseISO(isoDate), 'd MMM yyyy'));

/**
 * A function of a text that remembers its answers: a site of thousands of articles writes the same
 * few thousand dates hundreds of thousands of times, and date-fns takes microseconds for each.
 */
export function remembered<T>(compute: (value: string) => T): (value: string) => T {
	const answers = new Map<string, T>();
	return (value) => {
		if (!answers.has(value)) answers.set(value, compute(value));
		return answers.get(value) as T;
	};
}

/** Orders ISO calendar dates newest first (ISO dates sort as text). */
export function newestFirst(a: string, b: string): number {
	return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * The first day of a TimeML value and the day after its last: days, weeks (`2025-W20`), weekends
 * (`2025-W19-WE`, its Saturday and Sunday), months, quarters and years; undefined for values that
 * are not spans of days (durations, seasons, references).
 */
export function calendarSpan(value: string): { start: Date; end: Date } | undefined {
	if (/^\d{4}-\d\d-\d\d$/.test(value)) {
		const start = parseISO(value);
		return { start, end: addDays(start, 1) };
	}
	if (/^\d{4}-\d\d$/.test(value)) {
		const start = parseISO(`${value}-01`);
		return { start, end: addMonths(start, 1) };
	}
	const week = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value);
	if (week) {
		const monday = addDays(startOfISOWeek(parseISO(`${week[1]}-01-04`)), (Number(week[2]) - 1) * 7);
		return week[3] ? { start: addDays(monday, 5), end: addDays(monday, 7) } : { start: monday, end: addDays(monday, 7) };
	}
	const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
	if (quarter) {
		const start = parseISO(`${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`);
		return { start, end: addMonths(start, 3) };
	}
	if (/^\d{4}$/.test(value)) {
		const start = parseISO(`${value}-01-01`);
		return { start, end: addYears(start, 1) };
	}
	return undefined;
}
