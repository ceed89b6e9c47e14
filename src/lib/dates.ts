/**
 * Calendar dates on pages. Dateline's dates are calendar values (`YYYY-MM-DD`), not instants, so
 * they are read and written in one local frame and never shift with the machine's time zone.
 */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/** `2025-05-11` → `Sunday 11 May 2025`. */
export function formatLongDate(isoDate: string): string {
	return format(parseISO(isoDate), 'EEEE d MMMM yyyy');
}

/** `2025-05-11` → `11 May 2025`. */
export function formatShortDate(isoDate: string): string {
	return format(parseISO(isoDate), 'd MMM yyyy');
}

/** Orders ISO calendar dates newest first (ISO dates sort as text). */
export function newestFirst(a: string, b: string): number {
	return a < b ? 1 : a > b ? -1 : 0;
}
