import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';
import { genderOfGivenName } from '../../src/analysis/given-names.ts';

describe('the gender a given name suggests', () => {
	it('is the one the name lists agree on', () => {
		expect(genderOfGivenName('Olivia')).toBe('feminine');
		expect(genderOfGivenName('Walter')).toBe('masculine');
	});

	it('is none for a name the lists do not know, disagree on, or both bear', () => {
		expect(genderOfGivenName('Tarsenwyn')).toBeUndefined();
		expect(genderOfGivenName('Andrea')).toBeUndefined();
		expect(genderOfGivenName('Jordan')).toBeUndefined();
		expect(genderOfGivenName('Harpreet')).toBeUndefined();
	});

	it('is none for a family name written first, but "Mai", a given name far more often, is a woman\'s', () => {
		expect(genderOfGivenName('Nguyen')).toBeUndefined();
		expect(genderOfGivenName('Mai')).toBe('feminine');
	});
});

describe('a pronoun and the given names of the people before it', () => {
	const speakers = (body: string) => analyzeArticle(body, { date: '2025-03-04' }).quotes.map((q) => [q.text.slice(0, 16), q.speakerName]);

	it('passes over a speaker whose given name is of the other gender', () => {
		const body = '“The pupils ask about the roof,” says Harriet Olway, the head teacher.\n\n“The pool shaped this town,” says Walter Brennick, who swam in it in 1950.\n\n“They ask me whether it will look different,” she says.\n';
		expect(speakers(body)).toEqual([
			['The pupils ask a', 'Harriet Olway'],
			['The pool shaped ', 'Walter Brennick'],
			['They ask me whet', 'Harriet Olway'],
		]);
	});

	it('still takes that speaker when no one else fits: a given name is weaker evidence than the pronoun', () => {
		const body = '“This is the worst heat we have seen,” deputy director Walter Brennick told a news conference in Tarsen on Thursday. She said temperatures would stay above 40C until at least April 28.\n';
		expect(speakers(body)).toEqual([
			['This is the wors', 'Walter Brennick'],
			['temperatures wou', 'Walter Brennick'],
		]);
	});
});
