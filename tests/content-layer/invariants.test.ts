import { describe, expect, it } from 'vitest';
import { checkBuildInvariants, type InvariantInput } from '../../src/integrations/invariants.ts';

const intact = (): InvariantInput => ({
	contentIds: ['harbour-vote', 'lighthouse'],
	manifest: {
		articles: [
			{ id: 'harbour-vote', anchors: ['q1', 'c1', 'e1'] },
			{ id: 'lighthouse', anchors: [] },
		],
	},
	pageOf: (id) => (id === 'harbour-vote' ? '<p><span id="e1"></span><mark id="c1">x</mark> <span id="q1">y</span></p>' : '<p>text</p>'),
	// 2 articles, 2 actors, 1 quote, 1 event
	indexedCount: 6,
	recordCount: 6,
});

describe('the build invariant check', () => {
	it('passes when nothing is lost', () => {
		expect(checkBuildInvariants(intact())).toEqual([]);
	});

	it('fires when an article of content/ has no page or no data', () => {
		expect(checkBuildInvariants({ ...intact(), pageOf: (id) => (id === 'lighthouse' ? undefined : intact().pageOf(id)) })).toEqual(['article "lighthouse" has no page']);
		expect(checkBuildInvariants({ ...intact(), contentIds: [...intact().contentIds, 'dropped'] })).toEqual(['article "dropped" is in content/ but not in the build\'s data']);
	});

	it('fires when a quote, claim or event has no anchor on its page', () => {
		expect(checkBuildInvariants({ ...intact(), pageOf: (id) => (id === 'harbour-vote' ? '<p><span id="e1"></span>x</p>' : '<p></p>') })).toEqual(['article "harbour-vote" has no anchor for q1, c1']);
	});

	it('fires when the search index holds a different number of records than the pages show', () => {
		expect(checkBuildInvariants({ ...intact(), indexedCount: 5 })).toEqual(['the search index holds 5 records, expected 6: one per article and actor, per speaker\'s quotes in an article, per article\'s events']);
	});
});
