import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';
import { storedAnalysis } from '../../src/content-layer/analysis-cache.ts';
import { articleJsonLd } from '../../src/lib/structured-data.ts';

// fictional
const body = 'Tindrevik said the port had reopened on Tuesday.\n\n“We are ready,” said Mayor Ines Okonkwo-Barros of the Tarsen Water Board.\n';
const analysis = storedAnalysis(analyzeArticle(body, { date: '2024-05-08' }));

describe('the JSON-LD of an article page', () => {
	it('is a NewsArticle mentioning its actors, with its quotes and claims as parts', () => {
		const data = articleJsonLd({
			frontmatter: { title: 'Port reopens', date: '2024-05-08', author: 'Mira Solvang', source: 'The Calder Courier', tags: ['harbour'] },
			description: 'The port reopened.',
			analysis,
			pageUrl: 'https://news.example.org/articles/port/',
			actorUrl: (name) => `https://news.example.org/actors/${name.toLowerCase().replace(/\s+/g, '-')}/`,
		});
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'Port reopens',
			datePublished: '2024-05-08',
			author: { '@type': 'Person', name: 'Mira Solvang' },
			publisher: { '@type': 'Organization', name: 'The Calder Courier' },
			keywords: ['harbour'],
		});
		// in the engine's order of actors
		expect(data.mentions).toEqual([
			{ '@type': 'Person', name: 'Ines Okonkwo-Barros', url: 'https://news.example.org/actors/ines-okonkwo-barros/' },
			{ '@type': 'Organization', name: 'Tarsen Water Board', url: 'https://news.example.org/actors/tarsen-water-board/' },
			{ '@type': 'Person', name: 'Tindrevik', url: 'https://news.example.org/actors/tindrevik/' },
		]);
		expect(data.hasPart).toEqual([
			{ '@type': 'Quotation', text: 'the port had reopened on Tuesday', url: 'https://news.example.org/articles/port/#q1', creator: { '@type': 'Person', name: 'Tindrevik', url: 'https://news.example.org/actors/tindrevik/' } },
			{ '@type': 'Quotation', text: 'We are ready,', url: 'https://news.example.org/articles/port/#q2', creator: { '@type': 'Person', name: 'Ines Okonkwo-Barros', url: 'https://news.example.org/actors/ines-okonkwo-barros/' } },
			{ '@type': 'Claim', text: 'the port had reopened on Tuesday', url: 'https://news.example.org/articles/port/#c1', author: { '@type': 'Person', name: 'Tindrevik', url: 'https://news.example.org/actors/tindrevik/' } },
		]);
	});
});
