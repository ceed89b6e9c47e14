import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { recordPage } from '../../src/integrations/pagefind.ts';

describe('search record pages', () => {
	it('hold the content in the indexed body, and the address, title and filters beside it, escaped', () => {
		const html = recordPage({
			url: '/news/articles/harbour-vote/#q1',
			content: 'Work starts <soon> & “fast” — Ines Okonkwo-Barros, said',
			language: 'en',
			meta: { title: 'Ines Okonkwo-Barros: “Work starts <soon>”', date: '2024-03-08' },
			filters: { type: ['Quote'], speaker: ['Ines "Ines" Okonkwo-Barros'], year: ['2024'] },
		});
		expect(html).toBe(
			'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ines Okonkwo-Barros: “Work starts &lt;soon&gt;”</title></head><body>' +
				'<main data-pagefind-body><p>Work starts &lt;soon&gt; &amp; “fast” — Ines Okonkwo-Barros, said</p></main>' +
				'<div hidden><span data-pagefind-meta="title">Ines Okonkwo-Barros: “Work starts &lt;soon&gt;”</span><span data-pagefind-meta="date">2024-03-08</span>' +
				'<span data-pagefind-meta="url">/news/articles/harbour-vote/#q1</span>' +
				'<span data-pagefind-filter="type">Quote</span><span data-pagefind-filter="speaker">Ines &quot;Ines&quot; Okonkwo-Barros</span><span data-pagefind-filter="year">2024</span></div></body></html>',
		);
		// and a parser reads back the same text
		const tree = fromHtml(html);
		expect(JSON.stringify(tree)).toContain('Work starts <soon> & “fast”');
	});
});
