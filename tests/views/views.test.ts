import { describe, expect, it } from 'vitest';
import type { QuoteEntry } from '../../src/content-layer/schema.ts';
import { eventCount, LATEST_QUOTES_SHOWN, latestQuotes, quotesBySpeaker } from '../../src/lib/views.ts';

/** A quote of an invented speaker, in an article of a given date, at a given offset. */
function quote(id: string, date: string, start: number, speaker: string | null = 'ines-okonkwo-barros'): { id: string; data: QuoteEntry } {
	return {
		id,
		data: {
			id,
			kind: 'direct',
			text: `Words ${id}`,
			start,
			end: start + 10,
			speaker,
			speakerName: speaker ? 'Ines Okonkwo-Barros' : null,
			cue: 'said',
			channel: null,
			paragraph: 1,
			article: { id: `tindrevik-${date}`, title: `Tindrevik, ${date}`, date },
		},
	};
}

describe('the latest quotes of a speaker', () => {
	it('are the five newest, newest article first and in the order written within an article', () => {
		const quotes = [
			quote('a', '2024-03-01', 0),
			quote('b', '2025-01-10', 400),
			quote('c', '2025-01-10', 20),
			quote('d', '2023-11-30', 0),
			quote('e', '2024-12-24', 0),
			quote('f', '2022-06-05', 0),
			quote('g', '2024-03-01', 90),
		];
		expect(LATEST_QUOTES_SHOWN).toBe(5);
		expect(latestQuotes(quotes).map((q) => q.id)).toEqual(['c', 'b', 'e', 'a', 'g']);
		// the list it was given keeps its order
		expect(quotes.map((q) => q.id).join('')).toBe('abcdefg');
	});

	it('are all of them when there are five or fewer', () => {
		expect(latestQuotes([quote('a', '2024-03-01', 0), quote('b', '2025-01-10', 0)]).map((q) => q.id)).toEqual(['b', 'a']);
		expect(latestQuotes([])).toEqual([]);
	});

	it('come in the same order on the speaker page', () => {
		const groups = quotesBySpeaker([quote('a', '2024-03-01', 0), quote('x', '2024-05-01', 0, null), quote('b', '2025-01-10', 0)]);
		expect(groups.map((group) => [group.name, group.count, group.quotes.map((q) => q.id).join('')])).toEqual([
			['Ines Okonkwo-Barros', 2, 'ba'],
			['Unattributed', 1, 'x'],
		]);
	});
});

describe('the events of a year of the timeline', () => {
	it('are counted over all its dates', () => {
		expect(eventCount([{ events: [1, 2] }, { events: [3] }, { events: [] }])).toBe(3);
		expect(eventCount([])).toBe(0);
	});
});
