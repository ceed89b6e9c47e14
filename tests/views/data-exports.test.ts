import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/content-layer/query.ts';
import { DATA_SCHEMAS, dataExport, dataJsonSchema, jsonDataFile, partedText, QUOTES_CSV, sharesOf, timelineCalendar } from '../../src/lib/data-exports.ts';
import { calendarSpan } from '../../src/lib/dates.ts';

// fictional entries, written by hand
const article = { id: 'harbour-vote', title: 'Harbour vote, at last', date: '2024-03-08' };
const corpus = {
	articles: [
		{
			id: 'harbour-vote',
			collection: 'articles',
			data: {
				title: article.title,
				date: article.date,
				tags: ['harbour'],
				fictional: true,
				corrections: [{ quote: 'Work starts', speaker: 'Ines Okonkwo-Barros' }],
				excerpt: 'The council voted.',
				wordCount: 30,
				sourcePath: 'content/articles/harbour-vote.md',
				counts: { actors: 1, quotes: 2, dates: 1, claims: 0, events: 1 },
				record: 'abc',
				recordHash: 'def',
				correctionReport: [{ index: 0, line: 6, matched: 1, description: 'quote "Work starts" → speaker Ines Okonkwo-Barros' }],
			},
		},
	],
	actors: [{ id: 'ines-okonkwo-barros', data: { name: 'Ines Okonkwo-Barros', kind: 'person', aliases: [], roles: ['Mayor'], articles: [{ ...article, actorId: 'ines-okonkwo-barros', mentions: 2 }], mentionCount: 2 } }],
	quotes: [
		{ id: 'harbour-vote--q1', data: { id: 'q1', kind: 'direct', text: 'Work starts in June, "not before",', start: 1, end: 30, speaker: 'ines-okonkwo-barros', speakerName: 'Ines Okonkwo-Barros', cue: 'said', channel: null, paragraph: 1, article } },
		{ id: 'harbour-vote--q2', data: { id: 'q2', kind: 'indirect', text: '=SUM(A1) is no formula', start: 40, end: 60, speaker: null, speakerName: null, cue: 'according to', channel: null, paragraph: 2, article } },
	],
	claims: [],
	events: [
		{ id: 'harbour-vote--e1', data: { id: 'e1', date: '2024-03-07', granularity: 'day', summary: 'The council voted 7-2; dredging, at last', actors: ['ines-okonkwo-barros'], start: 0, end: 10, dates: ['d1'], paragraph: 1, article } },
		{ id: 'harbour-vote--e2', data: { id: 'e2', date: 'P3W', granularity: 'duration', summary: 'Three weeks of works', actors: [], start: 0, end: 10, dates: ['d2'], paragraph: 1, article } },
	],
} as unknown as Corpus;
const locate = (path: string) => `https://news.example.org${path}`;
const calendarOf = (of: Corpus) => partedText(timelineCalendar('Dateline'), sharesOf(of), locate);

describe('the data exports', () => {
	it('give each entry its site-wide id, its anchor and its address, and match their schemas', () => {
		const quotes = [...dataExport('quotes', corpus, locate)] as Array<Record<string, unknown>>;
		expect(quotes[0]).toMatchObject({ id: 'harbour-vote--q1', anchor: 'q1', url: 'https://news.example.org/articles/harbour-vote/#q1', speakerName: 'Ines Okonkwo-Barros' });
		const articles = [...dataExport('articles', corpus, locate)] as Array<Record<string, unknown>>;
		expect(Object.keys(articles[0] ?? {})).toEqual(['id', 'url', 'title', 'date', 'tags', 'fictional', 'excerpt', 'wordCount', 'counts', 'corrections']);
		expect(articles[0]?.corrections).toEqual([{ index: 0, line: 6, matched: 1, description: 'quote "Work starts" → speaker Ines Okonkwo-Barros' }]);
		for (const name of Object.keys(DATA_SCHEMAS) as Array<keyof typeof DATA_SCHEMAS>) {
			expect(DATA_SCHEMAS[name].safeParse([...dataExport(name, corpus, locate)]).success, name).toBe(true);
		}
	});

	it('are JSON arrays of the entries of each article in turn, with no separator for an article that gives none', () => {
		const quiet = { ...corpus.articles[0], id: 'quiet-week', data: { ...corpus.articles[0]?.data, title: 'A quiet week' } } as Corpus['articles'][number];
		const later = { id: 'tide-tables', title: 'Tide tables', date: '2024-03-09' };
		const three = {
			...corpus,
			articles: [...corpus.articles, quiet, { ...quiet, id: 'tide-tables', data: { ...quiet.data, title: later.title, date: later.date } }],
			quotes: [...corpus.quotes, { id: 'tide-tables--q1', data: { ...corpus.quotes[0]?.data, text: 'High water at noon.', article: later } }],
		} as unknown as Corpus;
		const quotes = partedText(jsonDataFile('quotes'), sharesOf(three), locate);
		expect(JSON.parse(quotes).map((quote: { id: string }) => quote.id)).toEqual(['harbour-vote--q1', 'harbour-vote--q2', 'tide-tables--q1']);
		expect(quotes).toBe(JSON.stringify([...dataExport('quotes', three, locate)]));
		expect(partedText(jsonDataFile('claims'), sharesOf(three), locate)).toBe('[]');
		expect(partedText(jsonDataFile('articles'), sharesOf(three), locate)).toBe(JSON.stringify([...dataExport('articles', three, locate)]));
	});

	it('publish a JSON Schema for each file, generated from the Zod schema', () => {
		const schema = dataJsonSchema('quotes', 'https://news.example.org/data/schema/quotes.schema.json') as { $schema: string; $id: string; type: string; items: { required: string[]; properties: Record<string, { type?: unknown; enum?: unknown }> } };
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe('https://news.example.org/data/schema/quotes.schema.json');
		expect(schema.type).toBe('array');
		expect(schema.items.required).toEqual(expect.arrayContaining(['id', 'anchor', 'url', 'kind', 'text', 'speaker', 'article']));
		expect(schema.items.properties.kind).toEqual({ type: 'string', enum: ['direct', 'indirect'] });
	});

	it('write the quotes as CSV, quoting what needs it and defusing formulas', () => {
		expect(partedText(QUOTES_CSV, sharesOf(corpus), locate)).toBe(
			'id,article_id,article_title,article_date,speaker,speaker_id,kind,cue,channel,text,url\r\n' +
				'harbour-vote--q1,harbour-vote,"Harbour vote, at last",2024-03-08,Ines Okonkwo-Barros,ines-okonkwo-barros,direct,said,,"Work starts in June, ""not before"",",https://news.example.org/articles/harbour-vote/#q1\r\n' +
				"harbour-vote--q2,harbour-vote,\"Harbour vote, at last\",2024-03-08,,,indirect,according to,,'=SUM(A1) is no formula,https://news.example.org/articles/harbour-vote/#q2\r\n",
		);
	});

	it('turn TimeML values into calendar spans', () => {
		const span = (value: string) => {
			const found = calendarSpan(value);
			return found && [found.start.toDateString(), found.end.toDateString()];
		};
		expect(span('2025-05-15')).toEqual(['Thu May 15 2025', 'Fri May 16 2025']);
		expect(span('2025-05')).toEqual(['Thu May 01 2025', 'Sun Jun 01 2025']);
		expect(span('2025-W20')).toEqual(['Mon May 12 2025', 'Mon May 19 2025']);
		expect(span('2025-W19-WE')).toEqual(['Sat May 10 2025', 'Mon May 12 2025']);
		expect(span('2025-Q4')).toEqual(['Wed Oct 01 2025', 'Thu Jan 01 2026']);
		expect(span('2025')).toEqual(['Wed Jan 01 2025', 'Thu Jan 01 2026']);
		expect(span('P3W')).toBeUndefined();
		expect(span('PAST_REF')).toBeUndefined();
	});

	it('write the timeline as iCalendar: escaped, folded at 75 octets, CRLF, events without a calendar span left out', () => {
		const ics = calendarOf(corpus);
		expect(ics.split('\r\n')).toEqual([
			'BEGIN:VCALENDAR',
			'VERSION:2.0',
			'PRODID:-//Dateline//Dateline//EN',
			'CALSCALE:GREGORIAN',
			'X-WR-CALNAME:Dateline timeline',
			'BEGIN:VEVENT',
			'UID:harbour-vote--e1@dateline',
			'DTSTAMP:20240308T000000Z',
			'DTSTART;VALUE=DATE:20240307',
			'DTEND;VALUE=DATE:20240308',
			'SUMMARY:The council voted 7-2\\; dredging\\, at last',
			'DESCRIPTION:Reported on 2024-03-08 in “Harbour vote\\, at last”.',
			'URL:https://news.example.org/articles/harbour-vote/#e1',
			'END:VEVENT',
			'END:VCALENDAR',
			'',
		]);
		const long = calendarOf({ ...corpus, events: [{ id: 'x--e1', data: { ...corpus.events[0]?.data, summary: 'é'.repeat(60) } }] } as unknown as Corpus);
		const folded = long.split('\r\n').filter((line) => line.startsWith('SUMMARY') || line.startsWith(' é'));
		expect(folded.map((line) => Buffer.byteLength(line))).toEqual([74, 55]);
		// four-octet characters are never cut, and a short line of two-octet characters is not folded
		const waves = calendarOf({ ...corpus, events: [{ id: 'x--e1', data: { ...corpus.events[0]?.data, summary: '🌊'.repeat(35) } }] } as unknown as Corpus);
		const summary = waves.split('\r\n').filter((line) => line.startsWith('SUMMARY') || line.startsWith(' 🌊'));
		expect(summary.map((line) => Buffer.byteLength(line))).toEqual([72, 73, 5]);
		expect(summary.join('\r\n').replace(/\r\n /g, '')).toBe(`SUMMARY:${'🌊'.repeat(35)}`);
		const short = calendarOf({ ...corpus, events: [{ id: 'x--e1', data: { ...corpus.events[0]?.data, summary: 'é'.repeat(30) } }] } as unknown as Corpus);
		expect(short.split('\r\n')).toContain(`SUMMARY:${'é'.repeat(30)}`);
		// 48 characters, but 88 octets: folded
		const dense = calendarOf({ ...corpus, events: [{ id: 'x--e1', data: { ...corpus.events[0]?.data, summary: 'é'.repeat(40) } }] } as unknown as Corpus);
		expect(dense.split('\r\n').filter((line) => line.startsWith('SUMMARY') || line.startsWith(' é')).map((line) => Buffer.byteLength(line))).toEqual([74, 15]);
	});
});
