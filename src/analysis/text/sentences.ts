/**
 * Sentence segmentation for news prose: ends at `.`, `!`, `?` or `…` (with any closing quotes or
 * brackets) followed by a space and a capital, digit or opening quote, except after abbreviations
 * (`Mr.`, `Jan.`, `No.`), single initials (`J. Smith`) and initialisms (`U.N.`) that run on into a name.
 */

/** A sentence of a text with its UTF-16 offsets. */
export interface SentenceSpan {
	/** Offset of the sentence's first character. */
	start: number;
	/** Offset just after the sentence's last character (its closing punctuation and quotes). */
	end: number;
	/** `text.slice(start, end)`. */
	text: string;
}

/** Abbreviations that end with a period but almost never end a sentence (English newswire style). */
const ABBREVIATIONS = new Set(
	[
		'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'adm', 'maj',
		'rev', 'fr', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'v', 'inc', 'ltd', 'corp', 'co', 'bros', 'dept', 'univ',
		'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'e.g', 'i.e',
		'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'ave', 'blvd', 'rd', 'hon', 'messrs', 'mme', 'mlle', 'gens',
		// given names written short in Southeast Asia: "Mohd. Rizal"
		'mohd', 'muhd', 'engr', 'atty', 'smt',
		// styles of the Gulf and of the clergy: "chief executive Eng. Omar Al Khuzai", "Mgr. Tom Reyes", "Ven. Ana Ruiz"
		'eng', 'mgr', 'ven', 'h.e',
	],
);

/** Words that usually open a sentence: after an initialism (`… in the U.S. The talks …`) they mark a boundary. */
const SENTENCE_OPENERS = new Set([
	'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
	'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'his', 'her', 'its',
	'their', 'our', 'my', 'some', 'many', 'most', 'no', 'not', 'what', 'why', 'how', 'who', 'however', 'meanwhile', 'still',
]);

/** The time stamp of a live update opening a paragraph, with its dash: "17:40 GMT — ", "09:15 — ", "1552 GMT – ". */
const LIVE_STAMP = /^(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s+(?:\p{Lu}{2,5}|local\s+time))?|(?:[01]\d|2[0-3])[0-5]\d\s+\p{Lu}{2,5})\s+[—–]\s+(?=\S)/u;

const CLOSERS = '"\'”’»)]';
const OPENERS = '"\'“‘«([';
const TERMINAL = /[.!?…]/;

/** Splits `text` into sentences. Offsets are relative to `text` plus `offset`. Whitespace between sentences is left out. */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
	const sentences: SentenceSpan[] = [];
	let start = skipSpace(text, 0);
	// a live update's time stamp is no part of its first sentence: "09:15 — Crowds begin gathering …"
	const stamp = LIVE_STAMP.exec(text.slice(start));
	if (stamp) {
		const end = start + stamp[0].trimEnd().length;
		sentences.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
		start = skipSpace(text, end);
	}
	let index = start;
	while (index < text.length) {
		const char = text[index] ?? '';
		if (!TERMINAL.test(char)) {
			index += 1;
			continue;
		}
		let end = index + 1;
		while (end < text.length && (TERMINAL.test(text[end] ?? '') || CLOSERS.includes(text[end] ?? ''))) end += 1;
		const next = skipSpace(text, end);
		if (next > end && next < text.length && startsSentence(text, next) && !(char === '.' && continuesAfterPeriod(text, index, next))) {
			sentences.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
			start = next;
		}
		index = Math.max(end, index + 1);
	}
	const tailEnd = trimEnd(text, text.length);
	if (tailEnd > start) sentences.push({ start: start + offset, end: tailEnd + offset, text: text.slice(start, tailEnd) });
	return sentences;
}

function startsSentence(text: string, at: number): boolean {
	const char = text[at] ?? '';
	return /[\p{Lu}\p{N}]/u.test(char) || OPENERS.includes(char);
}

/** True when the period at `dot` belongs to an abbreviation or initial that the text runs on from (`next`: where the text goes on). */
export function continuesAfterPeriod(text: string, dot: number, next: number): boolean {
	const before = text.slice(Math.max(0, dot - 12), dot);
	const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
	const bare = word.toLowerCase();
	if (ABBREVIATIONS.has(bare)) return true;
	// "Ma." (Maria, in Philippine names) opening a name, not a surname ending one: "said Ma. Theresa Abellera", not "said Jack Ma. The"
	// (and "Md." for Mohammad, not Maryland's after a town and its comma: "Bethesda, Md. Chief executive …", unless a full name and
	// a comma or "and" follow: "three suspects, Md. Rafiq Uddin, Md. Selim Mia and …")
	if (word === 'Ma' || word === 'Md') {
		const lead = text.slice(Math.max(0, dot - word.length - 30), dot - word.length);
		// (the first word a given name, not a sentence's opener: "Kellsburg, Md. Last March, it cut 200 jobs")
		const nameAfter = /^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}-]+(?:,|\s+and\b)/u.test(text.slice(next)) && !/^(?:Last|Next|On|In|By|The|This|That|At|For|After|Before|Since|During|Early|Late|Earlier|Later|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text.slice(next));
		const afterTown = /\p{Lu}[\p{L}'’-]*,\s+$/u.test(lead) && !nameAfter;
		if (!/\p{Lu}[\p{L}'’-]*\s+$/u.test(lead) && !afterTown && /^\p{Lu}\p{Ll}/u.test(text.slice(next))) return true;
	}
	// a single initial: "J. Smith"; not the platform X, which ends its sentence: "… wrote on X. Makeup days would be added …"
	if (/^\p{Lu}$/u.test(word)) return !(word === 'X' && /\b(?:on|via)\s+X$/.test(before));
	if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
		// an initialism such as "U.S." runs on unless a typical sentence opener follows (after an opening quotation mark too, written
		// with its capital: "conceded defeat shortly after 4 a.m. “This is a warning,” she said", not "help the U.S. “in any way”")
		const following = /^(?:[\p{L}']+|[“"]\p{Lu}[\p{L}']*)/u.exec(text.slice(next))?.[0]?.replace(/^[“"]/, '').toLowerCase() ?? '';
		return !SENTENCE_OPENERS.has(following);
	}
	return false;
}

function skipSpace(text: string, at: number): number {
	let index = at;
	while (index < text.length && /\s/.test(text[index] ?? '')) index += 1;
	return index;
}

function trimEnd(text: string, at: number): number {
	let index = at;
	while (index > 0 && /\s/.test(text[index - 1] ?? '')) index -= 1;
	return index;
}
