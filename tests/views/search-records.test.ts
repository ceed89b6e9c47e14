import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { ActorEntry, ArticleEntry, ArticleRecord, EventEntry, QuoteEntry } from '../../src/content-layer/schema.ts';
import { articleSearchRecord, entrySearchRecords, recordPage, searchRecordCount, withoutInlineMarkup } from '../../src/lib/search-records.ts';
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
	it('group the quotes of each speaker in an article into a page, each quote a sub-result with its anchor and title, text escaped', () => {
		const reported = { ...quote, id: 'q2', kind: 'indirect', text: 'the dredging would take a year', cue: 'wrote', channel: 'X' } satisfies QuoteEntry;
		const unattributed = { ...quote, id: 'q3', text: 'We were not asked', speaker: null, speakerName: null, cue: null } satisfies QuoteEntry;
		const { quotes } = entrySearchRecords({ quotes: [quote, unattributed, reported].map((data) => ({ id: `harbour-vote--${data.id}`, data })), actors: [], events: [], paths });
		expect(quotes).toHaveLength(2);
		const html = recordPage(quotes[0]!);
		expect(html).toBe(
			'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ines &quot;Ines&quot; Okonkwo-Barros: 2 quotes in “Port Calder votes &lt;again&gt; on the ferry”</title></head><body>' +
				'<main data-pagefind-body><p>Ines &quot;Ines&quot; Okonkwo-Barros</p>' +
				'<p id="q1" data-pagefind-title="Direct quote, said">“Work starts &lt;soon&gt; &amp; “fast””</p>' +
				'<p id="q2" data-pagefind-title="Reported speech, wrote on X">the dredging would take a year</p></main>' +
				'<div hidden><span data-pagefind-meta="title">Ines &quot;Ines&quot; Okonkwo-Barros: 2 quotes in “Port Calder votes &lt;again&gt; on the ferry”</span><span data-pagefind-meta="date">2024-03-08</span>' +
				'<span data-pagefind-meta="url">/news/articles/harbour-vote/#q1</span>' +
				'<span data-pagefind-filter="speaker">Ines &quot;Ines&quot; Okonkwo-Barros</span><span data-pagefind-filter="year">2024</span></div></body></html>',
		);
		// and a parser reads back the same text
		expect(JSON.stringify(fromHtml(html))).toContain('Work starts <soon> & “fast”');
		expect(quotes[1]).toEqual({
			url: '/news/articles/harbour-vote/#q3',
			article: 'harbour-vote',
			body: '<p>Unattributed</p><p id="q3" data-pagefind-title="Direct quote">“We were not asked”</p>',
			language: 'en',
			meta: { title: 'Unattributed: 1 quote in “Port Calder votes <again> on the ferry”', date: '2024-03-08' },
			filters: { speaker: ['Unattributed'], year: ['2024'] },
		});
	});

	it('put actors in the articles scope and the events of each article into one page of the events scope, with site-wide actor names as filters', () => {
		const actor = { name: 'Ines Okonkwo-Barros', kind: 'person', aliases: ['Okonkwo-Barros'], roles: ['Mayor'], articles: [], mentionCount: 3 } satisfies ActorEntry;
		const vote = { id: 'e1', date: '2024-03-14', summary: 'The council votes on the ferry', actors: ['ines-okonkwo-barros', 'harbour-board'], article } as unknown as EventEntry;
		const works = { id: 'e2', date: '2025-06', summary: 'Works <start>', actors: ['harbour-board'], article } as unknown as EventEntry;
		const elsewhere = { ...vote, id: 'e1', actors: [], article: { id: 'ferry-fares', title: 'Fares rise', date: '2024-04-02' } } as unknown as EventEntry;
		const events = [vote, works, elsewhere].map((data) => ({ id: `${data.article.id}--${data.id}`, data }));
		const records = entrySearchRecords({ quotes: [], actors: [{ id: 'ines-okonkwo-barros', data: actor }], events, paths });
		expect(records.articles).toEqual([{ url: '/news/actors/ines-okonkwo-barros/', body: '<p>Ines Okonkwo-Barros · Okonkwo-Barros · Mayor</p>', language: 'en', meta: { title: 'Ines Okonkwo-Barros' }, filters: { type: ['Actor'], actor: ['Ines Okonkwo-Barros'] } }]);
		expect(records.events).toEqual([
			{
				url: '/news/articles/harbour-vote/#e1',
				article: 'harbour-vote',
				body: '<p id="e1" data-pagefind-title="Thu 14 Mar 2024">The council votes on the ferry</p><p id="e2" data-pagefind-title="June 2025">Works &lt;start&gt;</p>',
				language: 'en',
				meta: { title: '2 events in “Port Calder votes <again> on the ferry”', date: '2024-03-08' },
				// every year and actor of the article's events; an id the corpus has no actor for stays as it is
				filters: { year: ['2024', '2025'], actor: ['Ines Okonkwo-Barros', 'harbour-board'] },
			},
			{
				url: '/news/articles/ferry-fares/#e1',
				article: 'ferry-fares',
				body: '<p id="e1" data-pagefind-title="Thu 14 Mar 2024">The council votes on the ferry</p>',
				language: 'en',
				meta: { title: '1 event in “Fares rise”', date: '2024-04-02' },
				filters: { year: ['2024'], actor: [] },
			},
		]);
		// and the "nothing lost" check counts the same records: 2 articles, 1 actor, no quote, 2 articles with events
		expect(searchRecordCount({ articles: [1, 2], actors: [actor], quotes: [], events })).toBe(5);
	});

	it('index an article with its headline, byline, notice and tags before its text, filtered by the actors it is about', () => {
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
			article: 'harbour-vote',
			body:
				'<h1>Port Calder votes &lt;again&gt; on the ferry</h1><p>Friday 8 March 2024 · By Tove Lindahl · Calder Courier</p>' +
				'<p>This article is fictional: its people, places and organisations are invented.</p><ul><li>ferries</li></ul>' +
				'<h2 id="the-vote">The vote</h2><p>Ines spoke.</p>',
			language: 'en',
			meta: { title: 'Port Calder votes <again> on the ferry', date: '2024-03-08' },
			// quoted once, named twice; not a place named once, not a group
			filters: { type: ['Article'], year: ['2024'], actor: ['Ines Okonkwo-Barros', 'Harbour Board'] },
		});
	});

	it('index the words of an article without its annotations: inline elements dropped, their text and the headings kept', () => {
		const annotated =
			'<h2 id="the-vote">The vote</h2>\n' +
			'<p><span class="ann-quote" title="direct quote · Ines Okonkwo-Barros &#x22;a > b&#x22; · said" id="q1">“Work starts <a href="/actors/ines/" class="ann-actor">in June</a>,”</span> she said ' +
			'<a href="/timeline/#t-2024-03-07" class="ann-date-link"><time datetime="2024-03-07" class="ann-date" title="Thursday → Thu 7 Mar 2024">on Thursday</time></a>.</p>\n' +
			'<p><mark class="ann-claim" id="c1">Costs rose 5 &lt;span&gt; 3</mark> <abbr title="x">NGO</abbr> <a href="https://example.org/a>b">a link</a></p>';
		expect(withoutInlineMarkup(annotated)).toBe(
			'<h2 id="the-vote">The vote</h2>\n<p>“Work starts in June,” she said on Thursday.</p>\n<p>Costs rose 5 &lt;span&gt; 3 <abbr title="x">NGO</abbr> a link</p>',
		);
		expect(withoutInlineMarkup('<p>No annotation.</p>')).toBe('<p>No annotation.</p>');
		// the text a reader sees is the text indexed
		const text = (html: string) => fromHtml(html, { fragment: true }).children.map(function flat(node): string { return 'value' in node ? String(node.value) : 'children' in node ? node.children.map(flat).join('') : ''; }).join('');
		expect(text(withoutInlineMarkup(annotated))).toBe(text(annotated));
	});
});
