/**
 * Shapes the corpus for the views: speakers with their quote counts, events grouped by year
 * and month, and readable labels. Pure functions of collection data; no analysis happens here.
 */
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Quote } from '../analysis/schema.ts';
import type { EventEntry, QuoteEntry } from '../content-layer/schema.ts';
import { calendarSpan, newestFirst, remembered } from './dates.ts';
import { timelineYear } from './site-paths.ts';

/** What a fictional article says of itself, on its page and in search. */
export const FICTIONAL_NOTICE = 'This article is fictional: its people, places and organisations are invented.';

/** A speaker and how often they are quoted. */
export interface SpeakerCount {
	id: string | null;
	name: string;
	count: number;
}

/** Speakers of a list of quotes, most quoted first; unattributed quotes count under "Unattributed". */
export function speakerCounts(quotes: Array<Pick<Quote, 'speaker' | 'speakerName'>>): SpeakerCount[] {
	const counts = new Map<string, SpeakerCount>();
	for (const quote of quotes) {
		const key = quote.speaker ?? '';
		const entry = counts.get(key) ?? { id: quote.speaker, name: quote.speakerName ?? 'Unattributed', count: 0 };
		entry.count += 1;
		counts.set(key, entry);
	}
	return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** "2025-05-15" → "Thu 15 May 2025"; "2025-05" → "May 2025"; "2025" → "2025"; weeks, weekends, quarters, seasons as words. */
export const formatTimeValue = remembered((value: string): string => {
	if (/^\d{4}-\d\d-\d\d$/.test(value)) return format(parseISO(value), 'EEE d MMM yyyy');
	if (/^\d{4}-\d\d$/.test(value)) return format(parseISO(`${value}-01`), 'MMMM yyyy');
	const week = /^(\d{4})-W(\d\d)$/.exec(value);
	if (week) return `week ${Number(week[2])} of ${week[1]}`;
	const weekend = /^\d{4}-W\d\d-WE$/.test(value) ? calendarSpan(value) : undefined;
	if (weekend) return `weekend of ${dayRange(weekend.start, addDays(weekend.start, 1))}`;
	const quarter = /^(\d{4})-Q(\d)$/.exec(value);
	if (quarter) return `quarter ${quarter[2]} of ${quarter[1]}`;
	const half = /^(\d{4})-H(\d)$/.exec(value);
	if (half) return `${half[2] === '1' ? 'first' : 'second'} half of ${half[1]}`;
	const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
	if (season) return `${{ SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[season[2] as 'SP']} ${season[1]}`;
	return value;
});

/** Two days as a range: "10–11 May 2025", "31 May – 1 Jun 2025", "31 Dec 2022 – 1 Jan 2023". */
function dayRange(first: Date, last: Date): string {
	if (first.getFullYear() !== last.getFullYear()) return `${format(first, 'd MMM yyyy')} – ${format(last, 'd MMM yyyy')}`;
	if (first.getMonth() !== last.getMonth()) return `${format(first, 'd MMM')} – ${format(last, 'd MMM yyyy')}`;
	return `${format(first, 'd')}–${format(last, 'd MMM yyyy')}`;
}

/** Events grouped by year, then by date value, in date order; same-day events of different articles together. */
export function groupEvents(events: Array<{ id: string; data: EventEntry }>): Array<{ year: string; dates: Array<{ value: string; events: Array<{ id: string; data: EventEntry }> }> }> {
	// the same value together: a week starts on the day of its Monday, and a weekend on its Saturday
	const sorted = [...events].sort((a, b) => sortKey(a.data.date).localeCompare(sortKey(b.data.date)) || a.data.date.localeCompare(b.data.date) || a.data.article.date.localeCompare(b.data.article.date) || a.id.localeCompare(b.id));
	const years: Array<{ year: string; dates: Array<{ value: string; events: Array<{ id: string; data: EventEntry }> }> }> = [];
	for (const event of sorted) {
		const year = timelineYear(event.data.date);
		let group = years.at(-1);
		if (!group || group.year !== year) {
			group = { year, dates: [] };
			years.push(group);
		}
		let date = group.dates.at(-1);
		if (!date || date.value !== event.data.date) {
			date = { value: event.data.date, events: [] };
			group.dates.push(date);
		}
		date.events.push(event);
	}
	return years;
}

/** The number of events of a year of the timeline (its dates as `groupEvents` gives them). */
export function eventCount(dates: ReadonlyArray<{ events: readonly unknown[] }>): number {
	return dates.reduce((n, date) => n + date.events.length, 0);
}

/** Orders TimeML values by the time they start: a month before its days, a year before its months (remembered: sorts call it for every comparison). */
export const sortKey = remembered((value: string): string => {
	const quarter = /^(\d{4})-Q(\d)$/.exec(value);
	if (quarter) return `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}`;
	const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
	if (season) return `${season[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[season[2] as 'SP']}`;
	const half = /^(\d{4})-H(\d)$/.exec(value);
	if (half) return `${half[1]}-${half[2] === '1' ? '01' : '07'}`;
	// a week or weekend by its first day, within its year: "2025-W19-WE" sorts as 10 May 2025
	const week = /^(\d{4})-W\d\d/.test(value) ? calendarSpan(value) : undefined;
	if (week) {
		const first = format(week.start, 'yyyy-MM-dd');
		return first.startsWith(value.slice(0, 4)) ? first : `${value.slice(0, 4)}-01-01`;
	}
	return value;
});

/**
 * Quotes of a speaker shown where a list gives each speaker a few (the quote index, an actor's
 * page): the newest, with a link to every quote on the speaker's own page (`/quotes/<id>/`).
 */
export const LATEST_QUOTES_SHOWN = 5;

/** Orders quotes newest article first, and in their order of writing within an article. */
function newestQuoteFirst(a: { data: QuoteEntry }, b: { data: QuoteEntry }): number {
	return b.data.article.date.localeCompare(a.data.article.date) || a.data.start - b.data.start;
}

/** The {@link LATEST_QUOTES_SHOWN} newest of some quotes, newest article first. */
export function latestQuotes<Q extends { data: QuoteEntry }>(quotes: readonly Q[]): Q[] {
	return [...quotes].sort(newestQuoteFirst).slice(0, LATEST_QUOTES_SHOWN);
}

/** Quotes grouped by speaker, most quoted first; each speaker's quotes newest article first. */
export function quotesBySpeaker(quotes: Array<{ id: string; data: QuoteEntry }>): Array<SpeakerCount & { quotes: Array<{ id: string; data: QuoteEntry }> }> {
	const bySpeaker = groupBy(quotes, (q) => [q.data.speaker ?? '']);
	return speakerCounts(quotes.map((q) => q.data)).map((speaker) => ({
		...speaker,
		quotes: [...(bySpeaker.get(speaker.id ?? '') ?? [])].sort(newestQuoteFirst),
	}));
}

/** Items under each of their keys (an item with several keys is under each), in their order. */
export function groupBy<T>(items: readonly T[], keysOf: (item: T) => ReadonlyArray<string | null>): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keysOf(item))) {
			if (key === null) continue;
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/** A count with its noun, singular for one ("1 event", "2 events"), the number grouped in thousands ("5,000 articles"). */
export function countOf(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Items cut into pages of `perPage`, in their order; no items, one empty page (a list page always exists). */
export function pagesOf<T>(items: readonly T[], perPage: number): T[][] {
	if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`a page holds at least one item, not ${perPage}`);
	const pages: T[][] = [];
	for (let start = 0; start < items.length; start += perPage) pages.push(items.slice(start, start + perPage));
	return pages.length > 0 ? pages : [[]];
}

/** A link of a pager: a page's number, or a gap standing for the pages left out. */
export type PagerItem = { page: number } | { gap: true };

/**
 * The page numbers a pager shows on page `current` of `count`: the first and the last, and the two
 * either side of the current one, the pages left out between them as gaps; every page when there
 * are nine or fewer. `1 … 4 5 6 7 8 … 20`.
 */
export function pagerItems(current: number, count: number): PagerItem[] {
	const shown = new Set([1, count]);
	for (let page = current - 2; page <= current + 2; page += 1) if (page >= 1 && page <= count) shown.add(page);
	if (count <= 9) for (let page = 1; page <= count; page += 1) shown.add(page);
	const items: PagerItem[] = [];
	let last = 0;
	for (const page of [...shown].sort((a, b) => a - b)) {
		// a gap of one page is shown as that page: "1 2 3", not "1 … 3"
		if (page === last + 2) items.push({ page: last + 1 });
		else if (page > last + 2) items.push({ gap: true });
		items.push({ page });
		last = page;
	}
	return items;
}

/** Articles newest first, those of the same day by title: the order of the article list. */
export function newestArticlesFirst<A extends { data: { date: string; title: string } }>(articles: readonly A[]): A[] {
	return [...articles].sort((a, b) => newestFirst(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title));
}
