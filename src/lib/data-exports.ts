/**
 * The site's data for researchers: what `/data/*.json` holds (articles, actors, quotes, claims,
 * events), the Zod schema of each file — from which `/data/schema/*.schema.json` is generated —,
 * the quotes as CSV and the timeline as iCalendar. Pure functions of the corpus. Every file but the
 * actors' is a `PartedFile`: a part per article, each made from that article alone, so that a
 * rebuild can keep the parts of unchanged articles (`data-parts.ts`).
 */
import { z } from 'astro/zod';
import { format } from 'date-fns/format';
import type { Corpus } from '../content-layer/query.ts';
import { actorEntrySchema, analysisCountsSchema, articleFrontmatterSchema, claimEntrySchema, correctionOutcomeSchema, eventEntrySchema, quoteEntrySchema } from '../content-layer/schema.ts';
import { calendarSpan, remembered } from './dates.ts';
import { groupBy } from './views.ts';
import { actorUrl, anchorUrl, articleUrl } from './urls.ts';

/** Where an exported entry is on the site, and its site-wide id. */
const located = {
	/** Address of the entry's page or anchor (absolute when the site's address is configured). */
	url: z.string(),
};

/** Each file of `/data/`: a list of entries of one schema. */
export const DATA_SCHEMAS = {
	articles: z.array(
		articleFrontmatterSchema.omit({ corrections: true }).extend({
			/** The article's id: the slug of its file name. */
			id: z.string(),
			...located,
			/** The summary shown in lists. */
			excerpt: z.string(),
			wordCount: z.number().int(),
			counts: analysisCountsSchema,
			/** The editors' corrections and what each matched. */
			corrections: z.array(correctionOutcomeSchema),
		}),
	),
	actors: z.array(actorEntrySchema.extend({ id: z.string(), ...located })),
	quotes: z.array(quoteEntrySchema.extend({ /** Site-wide id: `<article id>--<anchor>`. */ id: z.string(), /** The anchor of the quote in its article (`q3`). */ anchor: z.string(), ...located })),
	claims: z.array(claimEntrySchema.extend({ id: z.string(), anchor: z.string(), ...located })),
	events: z.array(eventEntrySchema.extend({ id: z.string(), anchor: z.string(), ...located })),
};

/** The name of a data file. */
export type DataName = keyof typeof DATA_SCHEMAS;

/** Turns a site path into the address exports give: absolute when the site's address is known. */
export type Locate = (path: string) => string;

/** One article's share of the corpus: the article, and its quotes, claims and events as the corpus lists them. */
export interface ArticleShare {
	article: Corpus['articles'][number];
	quotes: Corpus['quotes'];
	claims: Corpus['claims'];
	events: Corpus['events'];
}

/** The corpus article by article, in the corpus's order (the order of the articles' ids). */
export function sharesOf(corpus: Corpus): ArticleShare[] {
	const byArticle = <T extends { data: { article: { id: string } } }>(entries: T[]) => groupBy(entries, (entry) => [entry.data.article.id]);
	const quotes = byArticle(corpus.quotes);
	const claims = byArticle(corpus.claims);
	const events = byArticle(corpus.events);
	return corpus.articles.map((article) => ({ article, quotes: quotes.get(article.id) ?? [], claims: claims.get(article.id) ?? [], events: events.get(article.id) ?? [] }));
}

/** The data files made of a part per article (every one but `actors`, whose entries merge articles). */
export type ArticleDataName = Exclude<DataName, 'actors'>;

/** The entries one article gives the data file `name`. */
function* articleEntries(name: ArticleDataName, share: ArticleShare, locate: Locate): Generator<unknown> {
	if (name === 'articles') {
		const { id, data } = share.article;
		const { corrections: _corrections, record: _record, recordHash: _recordHash, sourcePath: _sourcePath, correctionReport, ...rest } = data;
		yield { id, url: locate(articleUrl(id)), ...rest, corrections: correctionReport };
		return;
	}
	for (const { id, data } of share[name]) yield { ...data, id, anchor: data.id, url: locate(anchorUrl(data.article.id, data.id)) };
}

/** The entries of the data file `name`, one at a time (a large site's claims are hundreds of thousands). */
export function* dataExport(name: DataName, corpus: Corpus, locate: Locate): Generator<unknown> {
	if (name === 'actors') {
		for (const { id, data } of corpus.actors) yield { id, url: locate(actorUrl(id)), ...data };
		return;
	}
	for (const share of sharesOf(corpus)) yield* articleEntries(name, share, locate);
}

/**
 * A file made of a part per article between a head and a tail: each article's part depends on that
 * article alone, so a build can keep the parts of the articles that did not change (`data-parts.ts`).
 */
export interface PartedFile {
	/** What comes before the first article's part. */
	head: string;
	/** What goes between two articles' parts that are not empty. */
	separator: string;
	/** What comes after the last article's part. */
	tail: string;
	/** One article's part; empty when the article gives the file no entry. */
	part(share: ArticleShare, locate: Locate): string;
}

/** The data file `name` as a JSON array, one article's entries after the other. */
export function jsonDataFile(name: ArticleDataName): PartedFile {
	return { head: '[', separator: ',', tail: ']', part: (share, locate) => Array.from(articleEntries(name, share, locate), (entry) => JSON.stringify(entry)).join(',') };
}

/** The whole text of a parted file, every part made afresh. */
export function partedText(file: PartedFile, shares: readonly ArticleShare[], locate: Locate): string {
	const parts = shares.map((share) => file.part(share, locate)).filter((part) => part !== '');
	return file.head + parts.join(file.separator) + file.tail;
}

/** The JSON Schema of a data file, generated from its Zod schema. */
export function dataJsonSchema(name: DataName, schemaUrl: string): Record<string, unknown> {
	return { ...z.toJSONSchema(DATA_SCHEMAS[name], { target: 'draft-2020-12', io: 'output' }), $id: schemaUrl, title: `Dateline ${name}` };
}

/** Columns of `quotes.csv`. */
export const QUOTE_CSV_COLUMNS = ['id', 'article_id', 'article_title', 'article_date', 'speaker', 'speaker_id', 'kind', 'cue', 'channel', 'text', 'url'] as const;

/** Every quote as CSV (RFC 4180, CRLF line ends); a cell a spreadsheet would read as a formula starts with `'`. */
export const QUOTES_CSV: PartedFile = {
	head: `${QUOTE_CSV_COLUMNS.join(',')}\r\n`,
	separator: '',
	tail: '',
	part: (share, locate) =>
		share.quotes
			.map(({ id, data }) => `${[id, data.article.id, data.article.title, data.article.date, data.speakerName ?? '', data.speaker ?? '', data.kind, data.cue ?? '', data.channel ?? '', data.text, locate(anchorUrl(data.article.id, data.id))].map(csvCell).join(',')}\r\n`)
			.join(''),
};

function csvCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The calendar days of a TimeML value (`yyyyMMdd`), remembered: a few thousand dates recur across tens of thousands of events. */
const calendarDays = remembered((value) => {
	const span = calendarSpan(value);
	const day = (date: Date) => format(date, 'yyyyMMdd');
	return span && { start: day(span.start), end: day(span.end) };
});

/** The timeline as an iCalendar file (RFC 5545): one all-day event for each dated event, spanning its month, week or year when that is all the text says. */
export function timelineCalendar(siteName: string): PartedFile {
	const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Dateline//${siteName}//EN`, 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${icsText(`${siteName} timeline`)}`];
	return {
		head: head.map((line) => `${foldLine(line)}\r\n`).join(''),
		separator: '',
		tail: 'END:VCALENDAR\r\n',
		part: (share, locate) => {
			const lines: string[] = [];
			for (const { id, data } of share.events) {
				const span = calendarDays(data.date);
				if (!span) continue;
				lines.push(
					'BEGIN:VEVENT',
					`UID:${id}@dateline`,
					`DTSTAMP:${data.article.date.replace(/-/g, '')}T000000Z`,
					`DTSTART;VALUE=DATE:${span.start}`,
					`DTEND;VALUE=DATE:${span.end}`,
					`SUMMARY:${icsText(data.summary)}`,
					`DESCRIPTION:${icsText(`Reported on ${data.article.date} in “${data.article.title}”.`)}`,
					`URL:${locate(anchorUrl(data.article.id, data.id))}`,
					'END:VEVENT',
				);
			}
			return lines.map((line) => `${foldLine(line)}\r\n`).join('');
		},
	};
}

function icsText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
function foldLine(line: string): string {
	// most lines are short ASCII: a UTF-16 length of 75 or less is at most 75 octets only when all of it is ASCII
	if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0) ?? 0);
		if (octets + size > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** The octets of a code point in UTF-8. */
function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
