import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';
import { datelineEnd } from '../../src/analysis/text/document.ts';

describe('wire datelines', () => {
	it('are found at the start of a story in the agencies\' styles', () => {
		const rest = (text: string) => text.slice(datelineEnd(text));
		expect(rest('BRENNMOOR, May 14 (Fictional Wire) - Rescuers searched the bay.')).toBe('Rescuers searched the bay.');
		expect(rest('PORT ELSBY, Tarsenia (AP) — The council voted on Wednesday.')).toBe('The council voted on Wednesday.');
		expect(rest('BRENNMOOR — The council voted on Wednesday.')).toBe('The council voted on Wednesday.');
		// no dateline: a sentence that opens with an initialism, or a place not in capitals
		expect(datelineEnd('UN peacekeepers left the town on Wednesday.')).toBe(0);
		expect(datelineEnd('Brennmoor - the town council voted on Wednesday.')).toBe(0);
	});

	it('keep their date, but the first claim and the events start after them', () => {
		const body = 'BRENNMOOR, May 14 (Fictional Wire) - The council voted 10 to 4 on Wednesday to close the quay.\n';
		const analysis = analyzeArticle(body, { date: '2025-05-14' });
		expect(analysis.dates.map((d) => [d.text, d.value])).toEqual([
			['May 14', '2025-05-14'],
			['on Wednesday', '2025-05-14'],
		]);
		expect(analysis.claims.map((c) => c.text)).toEqual(['The council voted 10 to 4 on Wednesday to close the quay.']);
		expect(analysis.events.map((e) => [e.date, e.summary, body.slice(e.start, e.end)])).toEqual([['2025-05-14', 'The council voted 10 to 4 to close the quay', 'The council voted 10 to 4 on Wednesday to close the quay.']]);
	});
});
