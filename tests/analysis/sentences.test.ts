import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/analysis/text/sentences.ts';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
	it('splits at final punctuation followed by a capital', () => {
		expect(texts('The ferry left. It was late! Why? Nobody knew.')).toEqual(['The ferry left.', 'It was late!', 'Why?', 'Nobody knew.']);
	});

	it('keeps closing quotes with their sentence and splits before an opening quote', () => {
		expect(texts('“We are ready.” The mayor left. “Go,” she said.')).toEqual(['“We are ready.”', 'The mayor left.', '“Go,” she said.']);
	});

	it('does not split after titles, months, single initials or initialisms running into a name', () => {
		expect(texts('Mr. Dale met Dr. Ruiz on Jan. 5 in St. Anselm. J. R. Okafor agreed.')).toEqual([
			'Mr. Dale met Dr. Ruiz on Jan. 5 in St. Anselm.',
			'J. R. Okafor agreed.',
		]);
		expect(texts('U.N. Secretary Ama Boateng spoke. The E.U. Council agreed.')).toEqual(['U.N. Secretary Ama Boateng spoke.', 'The E.U. Council agreed.']);
	});

	it('splits after an initialism when a usual sentence opener follows', () => {
		expect(texts('She moved to the U.S. The family followed.')).toEqual(['She moved to the U.S.', 'The family followed.']);
	});

	it('splits after an initialism when a quotation opening with a sentence opener follows ("after 4 a.m. “This is …”")', () => {
		expect(texts('She conceded defeat shortly after 4 a.m. “This is a warning,” she said.')).toEqual(['She conceded defeat shortly after 4 a.m.', '“This is a warning,” she said.']);
		expect(texts('The ferry left at 4 a.m. “Ostvik Star” was its name.')).toEqual(['The ferry left at 4 a.m. “Ostvik Star” was its name.']);
	});

	it('does not split inside numbers or before lower case', () => {
		expect(texts('Prices rose 3.5 per cent. the end')).toEqual(['Prices rose 3.5 per cent. the end']);
	});

	it('reports offsets that slice back, shifted by the given offset', () => {
		const text = '  First one.  Second one.  ';
		const sentences = splitSentences(text, 100);
		expect(sentences).toEqual([
			{ start: 102, end: 112, text: 'First one.' },
			{ start: 114, end: 125, text: 'Second one.' },
		]);
		for (const sentence of sentences) expect(text.slice(sentence.start - 100, sentence.end - 100)).toBe(sentence.text);
	});

	it('returns nothing for blank text and one sentence for text without punctuation', () => {
		expect(splitSentences('   ')).toEqual([]);
		expect(texts('no punctuation here')).toEqual(['no punctuation here']);
	});
});
