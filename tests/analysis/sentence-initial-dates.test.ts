import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-in.ts';

describe('a date expression that opens a sentence', () => {
	it('keeps its capitalised preposition, as in the middle of one', () => {
		expect(datesIn('In March 2022, the plant closed.')).toEqual([['In March 2022', '2022-03']]);
		expect(datesIn('Since Monday, 40 people have fled.')).toEqual([['Since Monday', '2025-05-12']]);
		expect(datesIn('On Thursday, the council will vote.')).toEqual([['On Thursday', '2025-05-15']]);
		expect(datesIn('In the 1990s, the town grew.')).toEqual([['In the 1990s', '199']]);
		expect(datesIn('By the end of June, 40 people had left.')).toEqual([['By the end of June', '2024-06']]);
	});

	it('is a range when it says "Between … and …"', () => {
		expect(datesIn('Between 2015 and 2018, prices doubled.')).toEqual([['Between 2015 and 2018', '2015/2018']]);
	});
});
