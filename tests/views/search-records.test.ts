import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { ActorEntry, ArticleEntry, ArticleRecord, EventEntry, QuoteEntry } from '../../src/content-layer/schema.ts';
import { articleSearchRecord, entrySearchRecords, recordPage } from '../../src/lib/search-records.ts';
import { sitePaths } from '../../src/lib/site-paths.ts';

// an invented article, site served under /news/
const paths = sitePaths('/news');
const article = { id: 'harbour-vote', title: 'Port Calder votes <again> on the ferry', date: '2024-03-08' };
const quote = {
	id: 'q1',
	kind: 'direct',
	text: 'Work starts <soon> & “fast”',
	start: 0,
	end: 10,
	speaker: 'ines-okonkwo-barros',
	speakerName: 'Ines "Ines" Okonkwo-Barros',
	cue: 'said',
	channel: null,
	paragraph: 1,
	article,
} satisfies QuoteEntry;

describe('search records', () => {
	it('write a quote as a page: its text escaped in the indexed body, its address, title and filters beside', () => {
		const { quotes } = entrySearchRecords({ quotes: [{ id: 'harbour-vote--q1', data: quote }], actors: [], events: [], paths });
		expect(quotes).toHaveLength(1);
		const html = recordPage(quotes[0]!);
		expect(html).toBe(
			'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ines &quot;Ines&quot; Okonkwo-Barros: “Work starts &lt;soon&gt; &amp; “fast””</title></head><body>' +
				'<main data-pagefind-body><p>Work starts &lt;soon&gt; &amp; “fast” — Ines &quot;Ines&quot; Okonkwo-Barros, said</p></main>' +
				'<div hidden><span data-pagefind-meta="title">Ines &quot;Ines&quot; Okonkwo-Barros: “Work starts &lt;soon&gt; &amp; “fast””</span><span data-pagefind-meta="date">2024-03-08</span>' +
				'<span data-pagefind-meta="url">/news/articles/harbour-vote/#q1</span>' +
				'<span data-pagefind-filter="type">Quote</span><span data-pagefind-filter="speaker">Ines &quot;Ines&quot; Okonkwo-Barros</span><span data-pagefind-filter="year">2024</span></div></body></html>',
		);
		// and a parser reads back the same text
		expect(JSON.stringify(fromHtml(html))).toContain('Work starts <soon> & “fast”');
	});

	it('put actors in the articles scope and events in their own, with site-wide actor names as filters', () => {
		const actor = { name: 'Ines Okonkwo-Barros', kind: 'person', aliases: ['Okonkwo-Barros'], roles: ['Mayor'], articles: [], mentionCount: 3 } satisfies ActorEntry;
		const event = { id: 'e1', date: '2024-03-14', summary: 'The council votes on the ferry', actors: ['ines-okonkwo-barros', 'harbour-board'], article } as unknown as EventEntry;
		const records = entrySearchRecords({ quotes: [], actors: [{ id: 'ines-okonkwo-barros', data: actor }], events: [{ id: 'harbour-vote--e1', data: event }], paths });
		expect(records.articles).toEqual([{ url: '/news/actors/ines-okonkwo-barros/', body: '<p>Ines Okonkwo-Barros · Okonkwo-Barros · Mayor</p>', language: 'en', meta: { title: 'Ines Okonkwo-Barros' }, filters: { type: ['Actor'], actor: ['Ines Okonkwo-Barros'] } }]);
		expect(records.events).toEqual([
			{
				url: '/news/articles/harbour-vote/#e1',
				body: '<p>Thu 14 Mar 2024: The council votes on the ferry</p>',
				language: 'en',
				meta: { title: 'Thu 14 Mar 2024: The council votes on the ferry', date: '2024-03-08' },
				// an id the corpus has no actor for stays as it is
				filters: { type: ['Event'], year: ['2024'], actor: ['Ines Okonkwo-Barros', 'harbour-board'] },
			},
		]);
	});

	it('index an article with its headline, byline, notice and tags before its annotated text, filtered by the actors it is about', () => {
		const data = { ...article, author: 'Tove Lindahl', source: 'Calder Courier', tags: ['ferries'], fictional: true } as unknown as ArticleEntry;
		const record = {
			html: '<h2 id="the-vote">The vote</h2><p><span class="ann-actor">Ines</span> spoke.</p>',
			analysis: {
				actors: [
					{ id: 'ines', name: 'Ines Okonkwo-Barros', kind: 'person', mentionCount: 1 },
					{ id: 'board', name: 'Harbour Board', kind: 'organization', mentionCount: 2 },
					{ id: 'calder', name: 'Calder', kind: 'place', mentionCount: 1 },
					{ id: 'residents', name: 'Residents', kind: 'group', mentionCount: 4 },
				],
				quotes: [{ speaker: 'ines' }],
			},
		} as unknown as ArticleRecord;
		expect(articleSearchRecord({ id: 'harbour-vote', data }, record, paths)).toEqual({
			url: '/news/articles/harbour-vote/',
			body:
				'<h1>Port Calder votes &lt;again&gt; on the ferry</h1><p>Friday 8 March 2024 · By Tove Lindahl · Calder Courier</p>' +
				'<p>This article is fictional: its people, places and organisations are invented.</p><ul><li>ferries</li></ul>' +
				'<h2 id="the-vote">The vote</h2><p><span class="ann-actor">Ines</span> spoke.</p>',
			language: 'en',
			meta: { title: 'Port Calder votes <again> on the ferry', date: '2024-03-08' },
			// quoted once, named twice; not a place named once, not a group
			filters: { type: ['Article'], year: ['2024'], actor: ['Ines Okonkwo-Barros', 'Harbour Board'] },
		});
	});
});
