import { describe, expect, it } from 'vitest';
import { datesIn } from './dates-in.ts';

describe('a delay against a plan', () => {
	it('"two years later than planned" is how long, not a date two years after the last one', () => {
		expect(datesIn('The bridge will reopen next spring, two years later than planned.')).toEqual([
			['next spring', '2026-SP'],
			['two years', 'P2Y'],
		]);
		expect(datesIn('The line opened in 2020, six months earlier than expected.')).toEqual([
			['in 2020', '2020'],
			['six months', 'P6M'],
		]);
		// without "than", a shift from the date before
		expect(datesIn('The line opened in 2020. Two years later, it closed.')).toEqual([
			['in 2020', '2020'],
			['Two years later', '2022'],
		]);
	});
});

describe('"in 50 years" after a superlative', () => {
	it('is a span looking back, not a date 50 years ahead; "will open in two years" is a date', () => {
		expect(datesIn('It was the worst flood in 50 years.')).toEqual([['in 50 years', 'P50Y']]);
		expect(datesIn('It was the biggest annual increase in consumer prices in 20 years.')).toEqual([['in 20 years', 'P20Y']]);
		expect(datesIn('The most expensive bridge will open in two years.')).toEqual([['in two years', '2027']]);
	});
});
