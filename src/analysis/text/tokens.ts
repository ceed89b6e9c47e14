/**
 * Word tokens with offsets: initialisms (`U.S.`), words with inner apostrophes and hyphens
 * (`Okonkwo-Barros`, `doesn't`), numbers (`1,200`, `3.5`), and single punctuation marks.
 */

/** A token of a block's text. */
export interface Token {
	/** The token as written. */
	text: string;
	/** Offset of its first character in the block text. */
	start: number;
	/** Offset after its last character. */
	end: number;
	/** `word`, `number` or `punct`. */
	kind: 'word' | 'number' | 'punct';
	/** The word without a possessive `'s`, lower-cased. */
	lower: string;
	/** The word without a possessive `'s`, as written. */
	base: string;
	/** True for `Mensah's`, `Workers’`. */
	possessive: boolean;
	/** True when the first letter is upper case. */
	capitalised: boolean;
}

const TOKEN =
	/((?:\p{Lu}\.){2,})|(\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?)|([\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*['’]?)|\S/gu;

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/** Whether a character code is an apostrophe, straight or curly. */
const isApostrophe = (code: number) => code === 39 || code === 8217;

/** Splits `text` into tokens. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(TOKEN)) {
		const raw = match[0];
		const start = match.index ?? 0;
		const first = raw[0] ?? '';
		const code = raw.charCodeAt(0);
		// ASCII letters and digits decided by their codes, the rest by the Unicode classes
		const asciiLetter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
		const kind: Token['kind'] = match[2] !== undefined ? 'number' : asciiLetter || (code > 127 && LETTER.test(first)) ? 'word' : 'punct';
		let base = raw;
		let possessive = false;
		if (kind === 'word') {
			const length = raw.length;
			const last = raw.charCodeAt(length - 1);
			const beforeLast = raw.charCodeAt(length - 2);
			if ((last === 115 || last === 83) && isApostrophe(beforeLast) && length > 2) {
				base = raw.slice(0, -2);
				possessive = true;
			} else if (isApostrophe(last) && beforeLast === 115) {
				base = raw.slice(0, -1);
				possessive = true;
			} else if (isApostrophe(last)) {
				base = raw.slice(0, -1);
			}
		}
		const end = kind === 'word' && base !== raw && !possessive ? start + base.length : start + raw.length;
		tokens.push({
			text: kind === 'word' && !possessive ? base : raw,
			start,
			end,
			kind,
			lower: base.toLowerCase(),
			base,
			possessive,
			capitalised: (code >= 65 && code <= 90) || (code > 127 && UPPER.test(first)),
		});
		if (kind === 'word' && base !== raw && !possessive) {
			tokens.push({ text: raw.slice(base.length), start: end, end: start + raw.length, kind: 'punct', lower: raw.slice(base.length), base: raw.slice(base.length), possessive: false, capitalised: false });
		}
	}
	return tokens;
}
