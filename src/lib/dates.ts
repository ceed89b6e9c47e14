/**
 * Calendar dates on pages. Dateline's dates are calendar values (`YYYY-MM-DD`), not instants, so
 * they are read and written in one local frame and never shift with the machine's time zone.
 */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

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
