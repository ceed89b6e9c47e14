import { describe, expect, it } from 'vitest';
import { keyedBy, keyedByProps } from '../../src/lib/page-keys.ts';

describe('keyedByProps', () => {
	const paths = [
		{ params: { id: 'a' }, props: { title: 'Harbour reopens', quotes: [{ text: 'We are ready', speaker: 'x' }] } },
		{ params: { id: 'b' }, props: { title: 'Harbour reopens', quotes: [{ text: 'We are ready', speaker: 'y' }] } },
	];

	it('keeps each path and adds a key made of its props', () => {
		const keyed = keyedByProps(paths);
		expect(keyed.map(({ params, props }) => ({ params, props }))).toEqual(paths);
		expect(keyed[0]?.cacheKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
	});

	it('gives the same key for equal props and another when a nested value changes', () => {
		const [a, b] = keyedByProps(paths);
		const [again] = keyedByProps([{ params: { id: 'elsewhere' }, props: structuredClone(paths[0]!.props) }]);
		expect(again?.cacheKey).toBe(a?.cacheKey);
		expect(b?.cacheKey).not.toBe(a?.cacheKey);
	});
});

describe('keyedBy', () => {
	it('keeps each path and keys it with what the function gives', () => {
		const paths = [
			{ params: { id: 'a' }, props: { version: 'a 1f 9c' } },
			{ params: { id: 'b' }, props: { version: 'b 2e 7d' } },
		];
		expect(keyedBy(paths, ({ props }) => props.version)).toEqual([
			{ params: { id: 'a' }, props: { version: 'a 1f 9c' }, cacheKey: 'a 1f 9c' },
			{ params: { id: 'b' }, props: { version: 'b 2e 7d' }, cacheKey: 'b 2e 7d' },
		]);
	});
});
