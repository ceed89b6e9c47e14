import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';
import { storedAnalysis } from '../../src/content-layer/analysis-cache.ts';
import { allClaims, allEvents, allQuotes, mergeActors, type AnalysedArticle } from '../../src/content-layer/corpus.ts';

const article = (id: string, date: string, body: string): AnalysedArticle => ({ id, title: `Title ${id}`, date, analysis: storedAnalysis(analyzeArticle(body, { date })) });

const first = article(
	'harbour-vote',
	'2024-03-08',
	'Port Calder Mayor Ines Okonkwo-Barros said on Thursday the harbour would be dredged.\n\n“Work starts in June,” Okonkwo-Barros said.\n',
);
const second = article(
	'harbour-works',
	'2024-06-20',
	'Dredging began on Monday, Mayor Ines Okonkwo-Barros said.\n\nThe works cost 4 million crowns, the council said.\n',
);

describe('the corpus collections', () => {
	it('merges actors across articles by canonical name, counting mentions per article', () => {
		const mayor = mergeActors([first, second]).find((actor) => actor.id === 'ines-okonkwo-barros');
		expect(mayor?.data).toEqual({
			name: 'Ines Okonkwo-Barros',
			kind: 'person',
			aliases: ['Okonkwo-Barros', 'Mayor Ines Okonkwo-Barros'],
			roles: ['Port Calder Mayor', 'Mayor'],
			articles: [
				{ id: 'harbour-vote', title: 'Title harbour-vote', date: '2024-03-08', actorId: 'ines-okonkwo-barros', mentions: 2 },
				{ id: 'harbour-works', title: 'Title harbour-works', date: '2024-06-20', actorId: 'ines-okonkwo-barros', mentions: 1 },
			],
			mentionCount: 3,
		});
	});

	it('lists every quote with its article and the site-wide id of its speaker', () => {
		const quotes = allQuotes([first, second]);
		expect(quotes.map((q) => [q.id, q.data.kind, q.data.speaker, q.data.text])).toEqual([
			['harbour-vote--q1', 'indirect', 'ines-okonkwo-barros', 'the harbour would be dredged'],
			['harbour-vote--q2', 'direct', 'ines-okonkwo-barros', 'Work starts in June,'],
			['harbour-works--q1', 'indirect', 'ines-okonkwo-barros', 'Dredging began on Monday'],
			['harbour-works--q2', 'indirect', 'council', 'The works cost 4 million crowns'],
		]);
		expect(quotes[0]?.data.article).toEqual({ id: 'harbour-vote', title: 'Title harbour-vote', date: '2024-03-08' });
	});

	it('lists claims and events with their articles', () => {
		expect(allClaims([second]).map((c) => [c.id, c.data.kind, c.data.attributedTo, c.data.text])).toEqual([
			['harbour-works--c1', 'event', 'ines-okonkwo-barros', 'Dredging began on Monday'],
			['harbour-works--c2', 'statistical', 'council', 'The works cost 4 million crowns'],
		]);
		expect(allEvents([first, second]).map((e) => [e.id, e.data.date, e.data.actors])).toEqual([
			['harbour-vote--e1', '2024-03-07', ['ines-okonkwo-barros']],
			['harbour-vote--e2', '2024-06', ['ines-okonkwo-barros']],
			['harbour-works--e1', '2024-06-17', ['ines-okonkwo-barros']],
		]);
	});
});
