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
	/(?:\p{Lu}\.){2,}|\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?|[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*['’]?|\S/gu;

/** Splits `text` into tokens. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(TOKEN)) {
		const raw = match[0];
		const start = match.index ?? 0;
		const first = raw[0] ?? '';
		const kind: Token['kind'] = /\d/.test(first) ? 'number' : /[\p{L}\p{M}]/u.test(first) ? 'word' : 'punct';
		let base = raw;
		let possessive = false;
		if (kind === 'word') {
			if (/['’]s$/i.test(raw) && raw.length > 2) {
				base = raw.slice(0, -2);
				possessive = true;
			} else if (/s['’]$/.test(raw)) {
				base = raw.slice(0, -1);
				possessive = true;
			} else if (/['’]$/.test(raw)) {
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
			capitalised: /^\p{Lu}/u.test(first),
		});
		if (kind === 'word' && base !== raw && !possessive) {
			tokens.push({ text: raw.slice(base.length), start: end, end: start + raw.length, kind: 'punct', lower: raw.slice(base.length), base: raw.slice(base.length), possessive: false, capitalised: false });
		}
	}
	return tokens;
}
