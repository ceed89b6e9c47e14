import { describe, expect, it } from 'vitest';
import { median } from '../../bench/build.ts';

describe('median (the bench reports the median of its rounds)', () => {
	it('is the middle value of an odd count, whatever the order', () => {
		expect(median([26.4, 20.9, 21.9])).toBe(21.9);
		expect(median([7])).toBe(7);
	});

	it('is the mean of the middle two of an even count', () => {
		expect(median([8, 10, 9, 30])).toBe(9.5);
	});

	it('leaves its input in the order it was given', () => {
		const times = [3, 1, 2];
		median(times);
		expect(times).toEqual([3, 1, 2]);
	});
});
