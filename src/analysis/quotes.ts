/**
 * Quotes: direct quotations between quotation marks (curly or straight) and reported speech, each
 * attributed to a speaker by the common news patterns: `“…,” X said`, `said X`, `X said: “…”`,
 * split quotes, `according to X`, `X told reporters`, `X wrote on <platform>`, partial quotes,
 * paragraphs that continue the previous speaker, and pronouns that point back to earlier speakers.
 */
import { APPOSITION_HONORIFICS, CAMPAIGN_VERBS, CLAIMED_DEED, CLUB_WORDS, CUE_VERBS, IRREGULAR_PAST, DAY_PART_WORDS, DESCRIBING_LEMMAS, POST_NOMINALS, FUNCTION_WORDS, HONORIFICS, isBusinessWord, isGroupWord, isPronoun, LANGUAGES, MONTHS, NUMBER_WORDS, ORGANISATION_HEADS, PERSON_NOUNS, PLATFORM_NOUNS, PLURAL_NOUN_CUES, PRONOUNS, REPORTING_LEMMAS, ROLE_NOUNS, WEEKDAYS } from './lexicon.ts';
import type { ActorDraft, ActorIndex, ActorMention } from './actors.ts';
import { lowerBound, sentenceAt, storyPart, tokensIn, type TextBlock, type TextDocument } from './text/document.ts';
import { continuesAfterPeriod, type SentenceSpan } from './text/sentences.ts';
import type { Token } from './text/tokens.ts';
import { isPastVerb, isPluralSubjectAndVerb } from './tense.ts';

/** A quotation mark pair in a block: offsets of the marks and of the words between them. */
export interface QuoteMarks {
	open: number;
	/** Offset of the closing mark, or -1 when the quote runs to the end of the block. */
	close: number;
	innerStart: number;
	innerEnd: number;
}

/** A quote while the article is analysed (offsets in its block's text). */
export interface QuoteDraft {
	kind: 'direct' | 'indirect';
	block: number;
	start: number;
	end: number;
	speaker: ActorDraft | null;
	cue: string | null;
	channel: string | null;
	/** True when the words run on into the next paragraph. */
	open: boolean;
}

const NOT_A_QUOTE_BEFORE = /(?:so-called|so called|dubbed|titled|entitled|named|known\s+(?:(?:[\p{L}]+ly\s+)?as|(?:to|among|by|in)(?:\s+[\p{L}’'-]+){0,5}\s+as)|the word|the words|the term|the phrase|branded|labelled|labeled|slogan|hashtag|nicknamed|nickname|operation|campaign|question)(?:\s+(?:the|a|an))?\s*$/iu;
const TITLE_NOUNS = /(?:report|book|memoirs?|autobiography|biography|opera|musical|anthology|painting|novel|film|movie|documentary|song|album|play|series|programme|program|show|exhibition|article|essay|poem|study|paper|podcast|column)\s*(?:,\s*)?$/i;
const SUBJECT_STARTERS = new Set([
	'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these',
	'those', 'there', 'no', 'some', 'any', 'all', 'every', 'each', 'both', 'many', 'most', 'few', 'several', 'more', 'such', 'one',
]);
const GROUP_OPENERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'some', 'many', 'several', 'most', 'other', 'local', 'senior', 'western', 'military', 'police', 'hospital', 'government', 'company', 'union', 'party', 'rescue']);
/** Words that open what describes an unnamed speaker after its noun: "familiar with", "close to", "briefed on", "who", "speaking on condition of anonymity". */
/** Nouns that count people before "of": "tens of thousands of protesters", "dozens of residents". */
const QUANTITY_NOUNS = new Set(['tens', 'hundreds', 'thousands', 'millions', 'dozens', 'scores']);

const POST_MODIFIERS = new Set(['familiar', 'close', 'briefed', 'who', 'speaking', 'with', 'involved', 'knowledgeable']);
const ADVERBIALS = new Set(['earlier', 'later', 'also', 'again', 'repeatedly', 'previously', 'recently', 'then', 'now', 'today', 'yesterday', 'on', 'in', 'last', 'this', 'late', 'early', 'separately', 'publicly', 'privately', 'once', 'twice', 'had', 'has', 'have', 'would', 'will']);

/** Finds the quotation-mark pairs of a block. Unclosed quotes run to the end of the block. */
export function findQuoteMarks(text: string): QuoteMarks[] {
	const marks: QuoteMarks[] = [];
	// single marks are the quotation marks of a block unless a double one comes first (British style nests double in single:
	// ‘They told us it would be “a few turbines on a hill”.’)
	// (a single mark that pairs: ‘ before a letter and a later ’ before no letter, so not "the ‘90s" or "rock ‘n’ roll")
	const firstSingle = text.search(/(?:^|[\s([{—–-])‘\p{L}[^‘]*?\S’(?!\p{L})/u);
	const firstDouble = text.search(/[“”"]/);
	const hasDouble = firstDouble !== -1 && (firstSingle === -1 || firstDouble < firstSingle);
	let open = -1;
	let opener = '';
	for (let i = 0; i < text.length; i += 1) {
		const char = text[i] ?? '';
		const prev = text[i - 1] ?? ' ';
		const next = text[i + 1] ?? ' ';
		if (open === -1) {
			const opens =
				char === '“' ||
				char === '«' ||
				(char === '"' && (/[\s([{—–-]/.test(prev) || i === 0) && /\S/.test(next)) ||
				(!hasDouble && char === '‘' && (/[\s([{—–-]/.test(prev) || i === 0)) ||
				(!hasDouble && char === "'" && (/[\s([{—–-]/.test(prev) || i === 0) && /\p{L}/u.test(next));
			if (opens) {
				open = i;
				opener = char;
			}
			continue;
		}
		const closes =
			(opener === '“' && char === '”') ||
			(opener === '«' && char === '»') ||
			(opener === '"' && char === '"') ||
			((opener === '‘' || opener === "'") && (char === '’' || char === "'") && !/\p{L}/u.test(next) && /\S/.test(prev) && !pluralPossessive(text, i));
		if (closes) {
			marks.push({ open, close: i, innerStart: open + 1, innerEnd: i });
			open = -1;
		} else if (opener === '“' && char === '“') {
			// a new opening mark before any closing one: the first quote ran on unclosed
			marks.push({ open, close: -1, innerStart: open + 1, innerEnd: trimEnd(text, i) });
			open = i;
		}
	}
	if (open !== -1) marks.push({ open, close: -1, innerStart: open + 1, innerEnd: trimEnd(text, text.length) });
	return marks.filter((mark) => mark.innerEnd > mark.innerStart && /[\p{L}\p{N}]/u.test(text.slice(mark.innerStart, mark.innerEnd)));
}

/** Whether the mark at `i` is a plural's apostrophe, not a closing quotation mark: "‘The residents’ views have been ignored,’ she said". */
function pluralPossessive(text: string, i: number): boolean {
	// a noun after it ("the residents’ views"), not a function word ("the ‘experts’ who warned") or a cue ("‘…,’ says")
	const next = /^\s(\p{Ll}+)/u.exec(text.slice(i + 1, i + 20))?.[1];
	return text[i - 1] === 's' && next !== undefined && !FUNCTION_WORDS.has(next) && !CUE_VERBS.has(next);
}

function trimEnd(text: string, at: number): number {
	let end = at;
	while (end > 0 && /\s/.test(text[end - 1] ?? '')) end -= 1;
	return end;
}

/** Finds the quotes of a document and attributes them. */
export function extractQuotes(doc: TextDocument, actors: ActorIndex): QuoteDraft[] {
	const quotes: QuoteDraft[] = [];
	const context = new SpeakerContext(actors, doc);
	let previousDirect: QuoteDraft | undefined;
	// the latest words attributed to someone, direct or reported: a paragraph that is only a quotation continues them
	let previousSpoken: QuoteDraft | undefined;
	let carried: QuoteDraft | undefined; // a quote left open at the end of the previous paragraph
	for (const block of doc.blocks) {
		if (block.kind === 'heading') {
			carried = undefined;
			continue;
		}
		const marks = findQuoteMarks(block.text).filter((mark) => !isScareQuote(block.text, mark));
		const blockQuotes: QuoteDraft[] = [];
		// sentence by sentence, so a speaker named in reported speech is known to the quotes after it
		for (const sentence of block.sentences) {
			for (const mark of marks) {
				if (mark.open < sentence.start || mark.open >= sentence.end) continue;
				const continuesParagraph = mark.open === firstNonSpace(block.text) && (carried !== undefined || isWholeBlock(block.text, mark));
				const split = splitFrom(block, mark, blockQuotes.at(-1));
				let attribution = split ? { speaker: split.speaker, cue: split.cue, channel: split.channel } : attributeDirect(block, mark, sentence, actors, context);
				// unattributed words continue the speaker of the paragraph's earlier quote, or of the previous paragraph
				const earlierHere = blockQuotes.filter((q) => q.kind === 'direct' && q.speaker).at(-1);
				if (!attribution && (continuesParagraph || earlierHere)) {
					const from = earlierHere ?? carried ?? (continuesParagraph ? previousSpoken : undefined) ?? previousDirect;
					if (from) attribution = { speaker: from.speaker, cue: null, channel: null };
				}
				// ("He added that his members were not asking for it to go. “We are asking for a ladder.”": a quotation opening its
				// sentence goes on from the words the sentence before reported)
				// (only a quotation that is its sentence: not "“The Long Road Home” opens on Friday", a title with a verb after it)
				const wholeSentence = /^\s*(?:$|\p{Lu}|[“"‘])/u.test(block.text.slice(mark.close === -1 ? block.text.length : mark.close + 1));
				if (!attribution && wholeSentence && block.text.slice(sentence.start, mark.open).trim() === '') {
					const previousSentence = block.sentences.filter((other) => other.end <= sentence.start).at(-1);
					const reportedBefore = previousSentence ? blockQuotes.filter((q) => q.kind === 'indirect' && q.speaker && q.start >= previousSentence.start && q.end <= previousSentence.end).at(-1) : undefined;
					if (reportedBefore) attribution = { speaker: reportedBefore.speaker, cue: null, channel: null };
				}
				// "Asked what she would do, Abiola-Tveit laughed. “Sleep past five.”": the person the sentence before is about
				const narrator = attribution ? undefined : subjectOfSentenceBefore(block, mark, actors);
				if (narrator) attribution = { speaker: narrator, cue: null, channel: null };
				const quote: QuoteDraft = {
					kind: 'direct',
					block: block.index,
					start: mark.innerStart,
					end: mark.innerEnd,
					speaker: attribution?.speaker ?? null,
					cue: attribution?.cue ?? null,
					channel: attribution?.channel ?? null,
					open: mark.close === -1,
				};
				if (quote.speaker) context.spoke(quote.speaker);
				blockQuotes.push(quote);
				previousDirect = quote;
			}
			const reported = findIndirect(block, sentence, marks, actors, context);
			context.reported(reported);
			blockQuotes.push(...reported);
		}
		// a paragraph that opens a quote and leaves it open takes the speaker named in the next part
		const firstDirect = blockQuotes.find((q) => q.kind === 'direct');
		if (carried && !carried.speaker && firstDirect?.speaker) carried.speaker = firstDirect.speaker;
		const lastDirect = blockQuotes.filter((q) => q.kind === 'direct').at(-1);
		carried = lastDirect?.open ? lastDirect : undefined;
		previousSpoken = [...blockQuotes].sort((a, b) => a.start - b.start).filter((q) => q.speaker).at(-1) ?? previousSpoken;
		quotes.push(...blockQuotes);
	}
	return quotes.sort((a, b) => a.block - b.block || a.start - b.start);
}

/**
 * The person who opens the last clause of the sentence before a quotation that opens a sentence of
 * its own in the same paragraph, with no words of attribution: `Brenn shrugged. “We will see.”`.
 */
function subjectOfSentenceBefore(block: TextBlock, mark: QuoteMarks, actors: ActorIndex): ActorDraft | undefined {
	const own = sentenceAt(block, mark.open);
	if (!own || firstNonSpace(block.text.slice(own.start)) + own.start !== mark.open) return undefined;
	const before = block.sentences.filter((sentence) => sentence.end <= own.start).at(-1);
	if (!before) return undefined;
	const text = block.text.slice(before.start, before.end);
	// the last clause: after the sentence's last comma ("Asked what she would do after March, Abiola-Tveit laughed.")
	const comma = text.lastIndexOf(',');
	const clauseStart = before.start + (comma === -1 ? 0 : comma + 1);
	const first = clauseStart + firstNonSpace(block.text.slice(clauseStart, before.end));
	const mention = actors.inBlock(block.index).find((m) => m.start === first && m.form === 'name');
	return mention?.actor.kind === 'person' ? mention.actor : undefined;
}

/**
 * The first half of a split quotation, when `mark` is its second: `“We respect the court,” said X, a
 * lawyer for Y, “but this verdict …”`. The first half ends in a comma, only its attribution stands
 * between them (no sentence ends), and the second goes on in lower case; both have the same speaker and cue.
 */
function splitFrom(block: TextBlock, mark: QuoteMarks, previous: QuoteDraft | undefined): QuoteDraft | undefined {
	if (!previous || previous.kind !== 'direct' || previous.block !== block.index || !previous.speaker || !previous.cue || previous.end > mark.open) return undefined;
	const between = block.text.slice(previous.end, mark.open);
	const firstHalfEnds = /^[,—–-]/.test(between.replace(/^[”"’']/, '').trimStart()) || /,$/.test(block.text.slice(previous.start, previous.end));
	return firstHalfEnds && /,\s*$/.test(between) && !/[.!?]\s/.test(between) && /^\p{Ll}/u.test(block.text.slice(mark.innerStart, mark.innerStart + 1)) ? previous : undefined;
}

function firstNonSpace(text: string): number {
	return text.search(/\S/);
}

function isWholeBlock(text: string, mark: QuoteMarks): boolean {
	return mark.close === -1 || text.slice(mark.close + 1).trim().length === 0;
}

function isScareQuote(text: string, mark: QuoteMarks): boolean {
	const before = text.slice(Math.max(0, mark.open - 60), mark.open);
	if (NOT_A_QUOTE_BEFORE.test(before)) return true;
	const inner = text.slice(mark.innerStart, mark.innerEnd).replace(/[,.]$/, '');
	const words = inner.split(/\s+/).filter(Boolean);
	if (TITLE_NOUNS.test(before) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()))) return true;
	// a word or two after a determiner, in marks: "dismissed the ‘experts’ who had warned"
	if (words.length <= 2 && /\b(?:the|a|an|its|their|his|her|our|this|these|those)\s*$/i.test(before) && mark.close !== -1 && !/^[,.]/.test(text.slice(mark.innerEnd - 1, mark.innerEnd))) return true;
	// a nickname inside a name: "Jose Antonio ‘Tonton’ Villafuerte"
	const after = mark.close === -1 ? '' : text.slice(mark.close + 1, mark.close + 40);
	// a title inside a sentence, no one's words: "the second of which, “The Quay at Dawn,” was published in 2015"
	if (isTitleCase(words) && /\S/.test(before) && !/[.!?:]["”’]?\s*$/.test(before) && !/^\s*(?:[\p{L}.’'-]+\s+){0,4}?(?:said|says|told|added|wrote|asked|replied|recalled)\b/u.test(after)) return true;
	if (words.length <= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && /\p{Lu}[\p{Ll}.]+\s$/u.test(before) && /^\s\p{Lu}\p{Ll}/u.test(after)) return true;
	// (and one a description follows, with no stop of its own: "“Salt & Ember”, the £6 million musical, will close")
	const unpunctuated = !/[,.!?]$/.test(text.slice(mark.innerStart, mark.innerEnd));
	// (not one a speech verb follows: "“Never Again”, the crowd chanted", "‘Not Guilty’, the foreman said")
	const spoken = after.split(/[,.;:!?]/)[1]?.split(/\s+/).slice(0, 7).some((word) => CUE_VERBS.has(word.toLowerCase()) || /^(?:chanted|chant|sang|sing|shouted|shout|cried|yelled|read|reads)$/i.test(word));
	return isTitleCase(words) && unpunctuated && /^,\s+(?:the|a|an|its|their|his|her)\s/.test(after) && !spoken;
}

/** Two to six words written as a title: each capitalised but for short function words ("The Quay at Dawn"). */
function isTitleCase(words: string[]): boolean {
	if (words.length < 2 || words.length > 6 || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
	return words.every((word) => /^[\p{Lu}\d]/u.test(word) || word === '&' || (FUNCTION_WORDS.has(word.toLowerCase()) && word.length <= 4));
}

interface Attribution {
	speaker: ActorDraft | null;
	cue: string | null;
	channel: string | null;
}

/** Attribution of a direct quote: after it (`,” X said`), before it (`X said: “`), or around a partial quote. */
function attributeDirect(block: TextBlock, mark: QuoteMarks, sentence: SentenceSpan, actors: ActorIndex, context: SpeakerContext): Attribution | undefined {
	const quoteEnd = mark.close === -1 ? block.text.length : mark.close + 1;
	// a quotation that ends its sentence with a full stop is attributed in that sentence: `X wrote that the
	// governor had “sided with …” He also argued …` is X's, not the next sentence's (a "?" or "!" may still be: `“Why now?” X asked.`)
	const before = tokensIn(block, sentence.start, mark.open);
	if (quoteEnd >= sentence.end && /\.$/.test(block.text.slice(mark.innerStart, mark.innerEnd).trimEnd())) {
		const viaBefore = attributionBefore(block, before, actors, context, mark);
		if (viaBefore) return viaBefore;
	}
	// after: `,” X said`, `,” said X`, `,” he added`
	const afterEnd = sentenceEndAfter(block, quoteEnd, sentence);
	const afterTokens = tokensIn(block, quoteEnd, afterEnd + 1).filter((t) => t.start < afterEnd);
	const nextOpen = block.text.slice(quoteEnd).search(/[“"«]/);
	const limit = nextOpen === -1 ? Infinity : quoteEnd + nextOpen;
	const after = afterTokens.filter((t) => t.start < limit);
	// a quotation inside a clause, with no stop at its end or after it ("the army had “fully respected” the truce and
	// denied …"), is no utterance the words after it attribute
	// ("“It’s a tragedy” Lee said." opens its sentence: no clause holds it)
	const embedded = /\p{L}/u.test(block.text.slice(sentence.start, mark.open)) && !/[,.!?…:;—–-][’'”"»]*$/.test(block.text.slice(mark.innerStart, mark.innerEnd).trimEnd()) && !/^\s*(?:[,.;:!?—–(]|$)/.test(block.text.slice(quoteEnd, quoteEnd + 3));
	// (its sentence may still end with one: "to smooth “disorderly” moves, the bank said")
	const lastComma = block.text.lastIndexOf(',', afterEnd);
	const trailing = embedded && lastComma > quoteEnd ? after.filter((t) => t.start > lastComma) : undefined;
	const viaAfter = embedded ? (trailing && trailing.length <= 6 ? attributionAfter(block, trailing, actors, context, mark) : undefined) : attributionAfter(block, after, actors, context, mark);
	if (viaAfter) return viaAfter;
	// before: `X said: “`, `X wrote on X later: “`, `According to X, “`, or a partial quote in a clause
	return attributionBefore(block, before, actors, context, mark);
}

function sentenceEndAfter(block: TextBlock, from: number, sentence: SentenceSpan): number {
	if (from < sentence.end) return sentence.end;
	const next = block.sentences.find((s) => s.start >= from);
	return next ? Math.min(next.end, from + 200) : block.text.length;
}

function attributionAfter(block: TextBlock, after: Token[], actors: ActorIndex, context: SpeakerContext, mark: QuoteMarks): Attribution | undefined {
	const words = after.filter((t) => t.kind === 'word');
	// "Stations were closed “for security reasons”, according to the city transport authority."
	// (not when a cue before the quotation has its speaker: "X called the plan “reckless”, according to people familiar with …")
	const cueBefore = () => {
		const own = sentenceAt(block, mark.open);
		return own !== undefined && tokensIn(block, own.start, mark.open).some((t) => t.kind === 'word' && introducesWords(t));
	};
	if (words[0]?.lower === 'according' && words[1]?.lower === 'to' && /^\s*,/.test(block.text.slice(mark.close + 1, words[0].start)) && !cueBefore()) {
		const speaker = accordingSource(block, words.slice(2), actors, context)?.speaker;
		if (speaker) return { speaker, cue: 'according to', channel: null };
	}
	// (a name with a long role in apposition, between commas, may put the verb further: `," Wilber Anccasi, president of the
	// National Federation of Cargo Transporters (Fenatrac), told reporters`)
	const appositive = (k: number) => words[0]?.capitalised === true && (block.text.slice(after[0]?.start ?? 0, words[k]?.start ?? 0).match(/,/g) ?? []).length >= 2;
	// ("“…,” the statement read": what a written message reads is its words)
	// ("“…,” it read" after "he sent an email to …": the email's)
	const messageRead = (t: Token, k: number) => t.lower === 'read' && ((k === 2 && words[0]?.lower === 'the' && WRITTEN_MESSAGES.has(words[1]?.lower ?? '')) || (k === 1 && words[0]?.lower === 'it'));
	const verbIndex = words.findIndex((t, k) => (k < 12 || (k < 18 && appositive(k))) && (isCue(t) || messageRead(t, k)));
	if (verbIndex === -1) return undefined;
	const verb = words[verbIndex];
	if (!verb) return undefined;
	const first = after[0];
	if (first && first.kind === 'word' && first !== words[0]) return undefined;
	const subjectWords = words.slice(0, verbIndex);
	let speaker: ActorDraft | null | undefined;
	if (subjectWords.length > 0) {
		// ("“…,” it read" after "he sent an email to …": the email's sender)
		// (and no one's when nothing was sent, or a sign, a banner or a placard read so: "Fans unveiled a banner. “…,” it read")
		const itRead = verb.lower === 'read' && subjectWords.length === 1 && subjectWords[0]?.lower === 'it';
		const shown = itRead && DISPLAYED_WORDS.test(block.text.slice(Math.max(0, mark.open - 300), mark.open));
		speaker = itRead ? (shown ? null : (context.noticeIssuer({ block: block.index, start: mark.open }) ?? null)) : subjectOf(block, subjectWords, actors, context, mark);
		if (speaker === undefined) return undefined;
		// words from an old interview, "“…,” she told the Courier in 1987", "he told the Herald in a 2004 interview": the person the
		// story is about, as an obituary or a profile quotes them, not whoever spoke last
		const pronoun = subjectWords.length === 1 && subjectWords[0] && isThirdPersonPronoun(subjectWords[0]) ? subjectWords[0] : undefined;
		// (the year closes the cue's own phrase: not "he said Wednesday, after 1800 residents left", "she said of the 2030 target")
		const clause = block.text.slice(verb.end, verb.end + 80).split(/[.;]\s|[“"]/)[0] ?? '';
		const subjectOfStory = pronoun && OLD_INTERVIEW.test(clause) ? context.storySubject(pronoun.lower) : undefined;
		if (subjectOfStory) speaker = subjectOfStory;
	} else {
		// `said X`, `said the mayor`, `said SPA chair Kwabena Asare-Holm, whose …`
		const rest = upToComma(block, words.slice(verbIndex + 1, verbIndex + 9));
		const mentions = rest.length > 0 ? mentionsIn(block, rest, actors).filter((m) => m.form !== 'modifier') : [];
		// (not a name in the possessive before a role and its holder: "said Rentwise’s head of research, Camille Oduya")
		const person = mentions.find((m) => m.actor.kind === 'person' && !isPossessiveMention(block, m));
		speaker = person?.actor ?? appositiveName(block, words, verbIndex + 1 + rest.length, rest, actors) ?? mentions[0]?.actor ?? groupSubject(block, rest, actors, context) ?? null;
		if (!speaker) return undefined;
	}
	return { speaker, cue: verb.text, channel: channelAfter(block, words, verbIndex) };
}

/**
 * The person a role is named as right after it: in `said the union's leader, Tomas Ekwueme` the
 * name after the comma is who speaks. `role` ends with a role noun; `at` is the word after it.
 */
function appositiveName(block: TextBlock, words: Token[], at: number, role: Token[], actors: ActorIndex): ActorDraft | undefined {
	const last = role.at(-1);
	const next = words[at];
	if (!last) return undefined;
	// (any noun for a person after a possessive: "the band’s pianist, Hilda Nyambura-Ruiz")
	const described = ROLE_NOUNS.has(last.base.toLowerCase()) || (role.some((word) => word.possessive || /^(?:his|her|their|its)$/.test(word.lower)) && !last.capitalised && !last.possessive && !FUNCTION_WORDS.has(last.lower));
	if (!next || !described || !/^\s*,\s*$/.test(block.text.slice(last.end, next.start))) return undefined;
	// (a title before the name: "the study’s lead author, Dr. Mireille Okoye-Dahl", "its chairman, the Rev. Tobiah Lindqvist")
	const titled = (word: Token | undefined) => word !== undefined && (HONORIFICS.has(word.text) || HONORIFICS.has(`${word.text}.`));
	const name = titled(next) ? words[at + 1] : next.lower === 'the' && titled(words[at + 1]) ? words[at + 2] : next;
	return mentionsIn(block, words.slice(at, at + 6), actors).find((m) => m.actor.kind === 'person' && m.start === name?.start)?.actor;
}

function attributionBefore(block: TextBlock, before: Token[], actors: ActorIndex, context: SpeakerContext, mark: QuoteMarks): Attribution | undefined {
	const words = before.filter((t) => t.kind === 'word');
	const according = words.findIndex((t, k) => t.lower === 'according' && words[k + 1]?.lower === 'to');
	if (according !== -1) {
		const mention = firstMentionIn(block, words.slice(according + 2), actors);
		if (mention) return { speaker: mention.actor, cue: 'according to', channel: null };
	}
	let verbIndex = -1;
	let asideAt = -1;
	for (let k = words.length - 1; k >= 0; k -= 1) {
		const word = words[k];
		// "said in a video posted on Telegram that …": a participle describing a message is not the cue,
		// nor is a bare form used as a noun ("in a Facebook post", "the report"), after a determiner or a name after one
		const before = words[k - 1];
		const bare = word !== undefined && isBareCue(word);
		// (or after a preposition: "said on state television that …"; "to state" is a verb)
		const preposition = before !== undefined && before.lower !== 'to' && PHRASE_PREPOSITIONS.has(before.lower);
		// (a bare form after a singular noun, before the quotation or a preposition, is no verb either: "every member state of the
		// Union “without exception”"; "Residents of the estate say they …" has a clause after it)
		const afterSingular = bare && (k === words.length - 1 || PHRASE_PREPOSITIONS.has(words[k + 1]?.lower ?? '')) && before !== undefined && !before.capitalised && !/s$/.test(before.lower) && !BARE_VERB_SUBJECTS.has(before.lower) && !FUNCTION_WORDS.has(before.lower);
		// (a possessive before makes a noun of any form, "the valuers’ reports"; and a plural noun's form right before the quotation,
		// after no name or pronoun, is the noun: "would let wealthier states “buy their way out”")
		// (not a contraction before a past: "He’s said “we can win”", "Velli’s told")
		const possessed = before?.possessive === true && word !== undefined && (bare || PLURAL_NOUN_CUES.has(word.lower)) && !/^(?:he|she|it|who|that|there|what)$/.test(before.lower);
		// (but after a determiner and a singular noun the form is the verb: "The judge notes “…”", "The complaint states “…”")
		const subjectBefore = before !== undefined && NOUN_MARKERS.has(words[k - 2]?.lower ?? '') && !/s$/.test(before.lower);
		// (whatever comes before it when the quotation goes on from the noun: "the union claims “of a cover-up”")
		const nounsPhrase = QUOTED_NOUN_COMPLEMENT.test(block.text.slice(mark.innerStart, mark.innerStart + 12));
		const pluralNoun = word !== undefined && PLURAL_NOUN_CUES.has(word.lower) && k === words.length - 1 && before !== undefined && (nounsPhrase || (!before.capitalised && !BARE_CUE_SUBJECTS.has(before.lower) && !/^(?:he|she|it)$/.test(before.lower) && !subjectBefore));
		// (nor a passive: "before the results were announced, that the president would …")
		const passive = before !== undefined && /^(?:was|were|been|being|be|is|are)$/.test(before.lower) && word !== undefined && /ed$/.test(word.lower);
		if (passive) continue;
		// ("told state television that", "said on state radio": "state" before a broadcaster is no verb)
		const stateMedia = word?.lower === 'state' && STATE_MEDIA.test(words[k + 1]?.lower ?? '');
		if (MESSAGE_NOUNS.has(before?.lower ?? '') || afterSingular || possessed || pluralNoun || stateMedia || (bare && (preposition || NOUN_MARKERS.has(before?.lower ?? '') || (before?.capitalised && k > 1 && NOUN_MARKERS.has(words[k - 2]?.lower ?? ''))))) continue;
		// ("had called Anand-Holloway to congratulate her and would “…”": a call made, no words called something)
		const calledToDo = word !== undefined && CUE_VERBS.get(word.lower) === 'call' && words.slice(k + 1).some((w) => w.lower === 'to' || w.lower === 'and');
		if (word && !calledToDo && introducesWords(word)) {
			// (a participle in an aside is passed over for a cue before it, and is the cue only when there is none: "Callard, 54, warned
			// that the cuts, if passed, would “…”" keeps "warned")
			if (participleAside(block, word, mark)) {
				if (asideAt === -1) asideAt = k;
				continue;
			}
			verbIndex = k;
			break;
		}
	}
	if (verbIndex === -1) verbIndex = asideAt;
	if (verbIndex === -1) return undefined;
	const verb = words[verbIndex];
	if (!verb) return undefined;
	// "Montoya-Sisulu said the agency’s modelling suggested the number was “five to ten times higher”": a
	// thing's verb inside what a person said leaves the quoted words the person's
	// (past an auxiliary: "the measure would add “…”")
	let subjectAt = verbIndex - 1;
	while (subjectAt > 0 && /^(?:would|will|could|can|may|might|should|must|has|have|had|also|not|only)$/.test(words[subjectAt]?.lower ?? '')) subjectAt -= 1;
	const outer = thingSubject(words[subjectAt]) ? outerSpeaker(block, words, verbIndex, actors, context, mark) : undefined;
	if (outer) return outer;
	const subject = subjectBefore(block, words, verbIndex, actors, context, mark);
	if (!subject) return undefined;
	return { speaker: subject, cue: verb.text, channel: channelAfter(block, words, verbIndex) };
}

/**
 * Whether `word` is a participle opening an aside between commas before the quotation ("said the tax rise, first announced in the
 * spring and twice delayed, would “land on firms …”"): it describes a noun and reports nothing.
 */
function participleAside(block: TextBlock, word: Token, mark: QuoteMarks): boolean {
	if (!/ed$/.test(word.lower)) return false;
	const opening = block.text.slice(0, word.start);
	return /,\s+(?:(?:first|originally|initially|later|since|already|widely|recently|previously|also)\s+)?$/.test(opening) && /^[^,.;:“”"]*,/.test(block.text.slice(word.end, mark.open));
}

/** Whether the word before a verb is a thing's noun ("modelling", "figures"), not a person, a group or an organisation. */
function thingSubject(word: Token | undefined): boolean {
	if (!word || word.kind !== 'word' || word.capitalised || word.possessive) return false;
	return !FUNCTION_WORDS.has(word.lower) && !isPronoun(word.lower) && !ROLE_NOUNS.has(word.lower) && !ORGANISATION_HEADS.has(word.lower) && !isGroupWord(word.base) && !ROLE_NOUNS.has(word.lower.replace(/s$/, ''));
}

/** A reporting verb before `inner` whose subject is a person: the one who said the clause holding it. */
function outerSpeaker(block: TextBlock, words: Token[], inner: number, actors: ActorIndex, context: SpeakerContext, mark: QuoteMarks): Attribution | undefined {
	for (let k = inner - 2; k >= 0; k -= 1) {
		const word = words[k];
		if (!word || !isCue(word) || !REPORTING_LEMMAS.has(CUE_VERBS.get(word.lower) ?? '')) continue;
		// (not a cue inside a relative clause: "the Association, which says it represents 12,000 landlords, called the plan “…”")
		if (/^(?:which|who|that)$/.test(words[k - 1]?.lower ?? '')) return undefined;
		const subject = subjectBefore(block, words, k, actors, context, mark);
		// (a body too: "The Federation said in a statement that the measure would add “between 40 and 90 euros”")
		return subject?.kind === 'person' || subject?.kind === 'organization' ? { speaker: subject, cue: word.text, channel: channelAfter(block, words, k) } : undefined;
	}
	return undefined;
}

/** The words of `words` before the first comma between two of them. */
function upToComma(block: TextBlock, words: Token[]): Token[] {
	const out: Token[] = [];
	for (const word of words) {
		const previous = out.at(-1);
		if (previous && /[,;:]/.test(block.text.slice(previous.end, word.start))) break;
		out.push(word);
	}
	return out;
}

/** Things, not people: what a clause says of them is no one's words ("the measure would add", "the decision ignored"). */
const THING_NOUNS = new Set(['measure', 'measures', 'decision', 'decisions', 'move', 'plan', 'plans', 'proposal', 'proposals', 'deal', 'agreement', 'truce', 'ceasefire', 'law', 'bill', 'policy', 'rule', 'rules', 'fine', 'offer', 'change', 'changes', 'cut', 'cuts', 'tax', 'increase', 'rise', 'project', 'scheme', 'reform', 'ban', 'fee', 'fees', 'budget', 'pact', 'treaty', 'order', 'regulation', 'tariff', 'tariffs', 'duties', 'price', 'prices', 'shortfall', 'delay', 'closure']);

/** The speaker named by subject words: an actor mention, a pronoun, or a group ("one resident"). */
function subjectOf(block: TextBlock, subject: Token[], actors: ActorIndex, context: SpeakerContext, mark?: QuoteMarks): ActorDraft | null | undefined {
	const mentions = mentionsIn(block, subject, actors).filter((m) => m.form !== 'modifier');
	// "Sarybel chief executive Callum Fraser-Whitlock": the person, not the organisation in their role;
	// "Marguerite Ashdown, an analyst at Calloway Securities": the person before the appositive
	// (not a name in the possessive, whose role names someone else: "Umbane’s group executive, Bongani Mthethwa, told")
	const persons = mentions.filter((m) => m.actor.kind === 'person' && !(isPossessiveMention(block, m) && mentions.some((other) => other !== m && other.actor.kind === 'person' && other.start > m.end)));
	const firstComma = subject.findIndex((t, j) => j > 0 && clauseComma(block.text.slice(subject[j - 1]?.end ?? t.start, t.start)));
	const beforeComma = firstComma > 0 ? persons.filter((m) => m.end <= (subject[firstComma]?.start ?? Infinity)) : [];
	const kin = kinGroup(block, subject, mentions, context);
	if (kin) return kin;
	// ("Volmarra's Defence Ministry replied": the body, not the country in its possessive)
	const head = beforeComma.at(-1) ?? persons.at(-1) ?? mentions.find((m) => !isPossessiveMention(block, m)) ?? mentions.at(0);
	if (head) return head.actor;
	// "she said", and "her spokesman said": the person the pronoun stands for
	const pronoun = subject.length <= 2 ? (subject.find((t) => isThirdPersonPronoun(t)) ?? speakingThrough(subject)) : undefined;
	if (pronoun) return context.resolve(pronoun.lower, mark ? { block: block.index, start: mark.open } : undefined) ?? null;
	return groupSubject(block, subject, actors, context);
}

/**
 * The subject of the verb at `verbIndex`: the mention right before it, skipping adverbs and a
 * parenthetical (", who filed the complaint in 2016,"); for "…, and warned" or "…, saying" the
 * subject of the sentence's first verb; a pronoun resolves to an earlier speaker.
 */
function subjectBefore(block: TextBlock, words: Token[], verbIndex: number, actors: ActorIndex, context: SpeakerContext, mark?: QuoteMarks): ActorDraft | null {
	const verb = words[verbIndex];
	let k = verbIndex - 1;
	while (k >= 0 && ADVERBIALS.has(words[k]?.lower ?? '') && !isThirdPersonPronoun(words[k] as Token)) k -= 1;
	// ("Tom Ashby MP, told": the title after the name)
	// (unless the title is part of the name found: "Asante Kotoko SC said", a club)
	while (k > 0 && POST_NOMINALS.has(words[k]?.text ?? '') && !actors.inBlock(block.index).some((m) => m.end === words[k]?.end)) k -= 1;
	// "The application was refused, with the chair of the bench telling the court: “…”", "marched on Sunday with organisers saying …":
	// the one after "with" speaks, when "with" follows a comma or a word that does not take it ("clashed with MPs insisting", "an
	// interview with the BBC saying" are the subject's), and is no written thing ("with placards saying", "with reports saying")
	const withAt = verb && participle(verb) ? words.findLastIndex((word, j) => j < verbIndex - 1 && j >= verbIndex - 8 && word.lower === 'with') : -1;
	const withPhrase = withAt >= 0 ? words.slice(withAt + 1, verbIndex) : [];
	const absoluteWith = withAt > 0 && (/,\s*$/.test(block.text.slice(words[withAt - 1]?.end ?? 0, words[withAt]?.start ?? 0)) || !WITH_TAKERS.has(words[withAt - 1]?.lower ?? ''));
	const writtenThing = WRITTEN_THINGS.has(withPhrase.at(-1)?.lower ?? '') && !withPhrase.at(-1)?.capitalised;
	if (absoluteWith && withPhrase.length > 0 && !hasVerb(withPhrase) && !writtenThing && !/[,;:()“”"]/.test(block.text.slice(words[withAt]?.end ?? 0, verb?.start ?? 0))) {
		const named = mentionsIn(block, withPhrase, actors).find((m) => m.form !== 'modifier' && (m.actor.kind === 'person' || m.actor.kind === 'organization'));
		const speaker = named?.actor ?? groupSubject(block, withPhrase, actors, context);
		if (speaker) return speaker;
	}
	// "The First Minister used a summit on Saturday to say she would …", "before the deputy chief stepped in to say that …": an
	// infinitive of purpose speaks for the subject of the past verb it goes with; not one after someone asked or urged another to
	// speak ("urged the board to say"), nor one after "too" or "enough" ("far too low to explain")
	// ("declining to say when …" reports nothing)
	if (words[k]?.lower === 'to' && verb && isBareCue(verb)) {
		let from = k;
		while (from > Math.max(0, k - 12) && !clauseComma(block.text.slice(words[from - 1]?.end ?? 0, words[from]?.start ?? 0))) from -= 1;
		const window = words.slice(from, k);
		// (not "had" or "was": "the company had no plans to ask …" is the spokeswoman's who said so)
		const main = window.findLastIndex((w, j) => isPastVerb(w, window[j - 1]) && !/^(?:had|has|have|was|were)$/.test(w.lower));
		// (nor when someone who can speak stands between the verb and "to": "The verdict led Mireille Basset to say", "paid him to say",
		// "got his client to say")
		const between = window.slice(main + 1);
		// (not after a verb of getting in touch, whose subject speaks: "The hospital rang his wife on Saturday to say …")
		const contacting = /^(?:rang|phoned|telephoned|called|emailed|e-mailed|texted|messaged|wrote|contacted|visited)$/.test(window[main]?.lower ?? '');
		const speakerBetween = !contacting && (between.some((w) => /^(?:him|her|them|me|us)$/.test(w.lower) || ROLE_NOUNS.has(w.lower)) || mentionsIn(block, between, actors).some((m) => m.actor.kind === 'person'));
		// (an infinitive of its own before, "had time to check", blocks it; "wrote to members on Monday to say" does not)
		const infinitiveBefore = window.some((w, j) => w.lower === 'to' && isBareCue(window[j + 1]));
		const controlled = window.some((w, j) => OBJECT_CONTROL.has(w.lower) && (w.lower !== 'called' || window[j + 1]?.lower === 'on'));
		const blocked = speakerBetween || infinitiveBefore || controlled || window.some((w) => /^(?:too|enough)$/.test(w.lower) || /^(?:declin|refus)/.test(w.lower));
		if (main >= 0 && !blocked) return subjectBefore(block, words, from + main, actors, context, mark);
	}
	const coordinated = words[k]?.lower === 'and' || words[k]?.lower === 'but' || (verb && participle(verb));
	if (coordinated) return sentenceSubject(block, words, verbIndex, actors, context, mark);
	// "The weather bureau, which had warned last week that …": the relative pronoun stands for what comes before its comma
	let r = k;
	while (r > 0 && /^(?:had|has|have|also|already|repeatedly|previously)$/.test(words[r]?.lower ?? '')) r -= 1;
	const relative = words[r];
	const antecedent = words[r - 1];
	if (relative && antecedent && /^(?:which|who)$/.test(relative.lower) && clauseComma(block.text.slice(antecedent.end, relative.start))) return subjectBefore(block, words.slice(0, r), r, actors, context, mark);
	// "the man who found the body said", "a man whose house was destroyed said": a relative clause with no commas and a verb of its own
	// describes the subject before its "who"; a source it keeps anonymous is no one's ("a diplomat who asked not to be named said");
	// one who "gave his name only as Kwame" is left to the name
	const who = words.findLastIndex((word, j) => j > 0 && j < r && j >= verbIndex - 12 && (word.lower === 'who' || word.lower === 'whose'));
	const namedOnlyAs = /\b(?:gave|giving|give|gives)\s+(?:his|her|their)\s+(?:first\s+)?names?\s+(?:only\s+)?as\b|\bidentified\s+(?:only\s+)?as\b/i.test(block.text.slice(words[who]?.start ?? 0, verb?.start ?? 0));
	// (in "a club whose regulars called her “…”" the cue is the relative clause's own verb)
	if (who > 0 && !namedOnlyAs && hasVerb(words.slice(who + 1, verbIndex)) && !/[,;:()“”"]/.test(block.text.slice(words[who - 1]?.end ?? 0, verb?.start ?? 0)) && !/^(?:asked|know|knows|knew|wonder|wondered|explain|explained|said|says|told|tell)$/.test(words[who - 1]?.lower ?? '')) {
		return ANONYMOUS_SOURCE.test(block.text.slice(words[who]?.start ?? 0, verb?.start ?? 0)) ? null : subjectBefore(block, words.slice(0, who), who, actors, context, mark);
	}
	// "X, who has called for … and who said on Wednesday that …": a second relative clause stands for what the first does
	if (relative && antecedent?.lower === 'and' && /^(?:which|who)$/.test(relative.lower)) {
		const first = words.findLastIndex((word, j) => j < r - 1 && word.lower === relative.lower && j > 0 && clauseComma(block.text.slice(words[j - 1]?.end ?? word.start, word.start)));
		if (first > 0) return subjectBefore(block, words.slice(0, first), first, actors, context, mark);
	}
	// a parenthetical between subject and verb: jump back over it to the word before its opening comma
	const last = words[k];
	// an age between commas ("farmer Brahim Amellal, 57, said") is no parenthetical to jump over
	if (last && verb && clauseComma(block.text.slice(last.end, verb.start)) && !/^,\s*\d{1,3},\s*$/.test(block.text.slice(last.end, verb.start))) {
		// a relative clause may hold commas of its own ("The bureau, which warned that floods, landslides and storms would come, said"): back to its "which"
		// (or, with none, its "where" and a verb of its own: "growers in the northern valleys, where the harvest began in May, said";
		// not "the House, where its sponsor, Rep. Ana Ruiz, said")
		const asideOpening = (pattern: RegExp) => words.findLastIndex((word, j) => j > 0 && j <= k && pattern.test(word.lower) && clauseComma(block.text.slice(words[j - 1]?.end ?? word.start, word.start)));
		const relativeOpener = asideOpening(/^(?:which|who)$/);
		const where = relativeOpener > 0 ? -1 : asideOpening(/^where$/);
		const opener = relativeOpener > 0 ? relativeOpener : where > 0 && hasVerb(words.slice(where + 1, k + 1)) ? where : -1;
		for (let j = opener > 0 ? opener - 1 : k - 1; j >= 0; j -= 1) {
			const word = words[j];
			const next = words[j + 1];
			if (word && next && clauseComma(block.text.slice(word.end, next.start))) {
				// an appositive name (", Vo Thi Lan,", ", Dr Helena Varga-Osei,") is the subject itself
				// (and "the" before an organisation's name: "Her union, the Northern Nurses’ Guild, said")
				const titled = HONORIFICS.has(next.text) || HONORIFICS.has(`${next.text}.`) || next.lower === 'the' ? words[j + 2] : next;
				// (and a business named after a word for it: "The developer, Greywind Renewables, said")
				// (and a title or role words before the name: ", state Sen. Lucinda Arceneaux,", ", the Rev. Oluwaseyi Crandall,")
				const lead = (m: ActorMention) => words.slice(j + 1, k + 1).filter((word) => word.end <= m.start);
				// (or a title in capitals ending in a role noun: ", Deputy Foreign Minister Stanislav Ferreira,")
				const capitalTitle = (m: ActorMention) => lead(m).length <= 4 && lead(m).every((word) => word.capitalised) && ROLE_NOUNS.has(lead(m).at(-1)?.lower ?? '');
				// (and a cleric's or a privy counsellor's style: ", the Rt Rev Mark Tennant,", ", the Most Reverend Ana Ruiz,")
				const honorific = (word: Token, at: number, all: Token[]) => HONORIFICS.has(word.text) || HONORIFICS.has(`${word.text}.`) || (/^(?:Right|Most|Very)$/.test(word.text) && /^(?:Rev|Reverend|Revd|Hon|Honourable)$/.test(all[at + 1]?.text ?? '')) || (/^(?:Hon|Honourable)$/.test(word.text) && /^(?:Rt|Right)$/.test(all[at - 1]?.text ?? ''));
				const titledLead = (m: ActorMention) => capitalTitle(m) || (lead(m).length <= 3 && lead(m).every((word, at, all) => honorific(word, at, all) || ROLE_NOUNS.has(word.lower) || word.lower === 'the' || (!word.capitalised && (!isPastVerb(word) || ROLE_PARTICIPLES.has(word.lower)) && !FUNCTION_WORDS.has(word.lower))));
				// (a person's name may end before the body they belong to: ", Leila Mansour-Qudsi of the National Reform Bloc (KIW),")
				const affiliated = (m: ActorMention) => m.actor.kind === 'person' && /^\s+(?:of|from|at)\s/.test(block.text.slice(m.end, m.end + 6));
				const appositive = mentionsIn(block, words.slice(j + 1, k + 1), actors).find((m) => (m.actor.kind === 'person' || m.actor.kind === 'organization') && (m.start === next.start || m.start === titled?.start || (m.actor.kind === 'person' && titledLead(m))) && (m.end >= last.end - 2 || (affiliated(m) && (m.start === next.start || m.start === titled?.start || capitalTitle(m)))));
				// ("Hon. Tunde Fasanmi, Chairman, House Committee on Public Accounts, said", "Ram Prasad, Executive Engineer, Public Works
				// Department, said": a title between commas, then its body, describe the person before them)
				if (appositive?.actor.kind === 'organization') {
					const p = words.findLastIndex((word, q) => q < j && clauseComma(block.text.slice(word.end, words[q + 1]?.start ?? word.end)));
					const title = p >= 0 ? words.slice(p + 1, j + 1) : [];
					// (and a title with its portfolio: "Jane Osei, Director of Public Health, Kelby County Council, said")
					const head = title.findIndex((word) => /^(?:of|for)$/.test(word.lower));
					const titleHead = head > 0 ? title[head - 1] : title.at(-1);
					const person = title.length > 0 && title.length <= 6 && ROLE_NOUNS.has(titleHead?.lower ?? '') && title.every((word) => ROLE_NOUNS.has(word.lower) || word.capitalised || /^(?:of|for|and)$/.test(word.lower)) ? actors.inBlock(block.index).find((m) => m.actor.kind === 'person' && m.end === words[p]?.end) : undefined;
					if (person) return person.actor;
				}
				if (appositive) return appositive.actor;
				k = j;
				break;
			}
		}
		// ("Rep. Ana Ruiz, R-Texas, who voted no, wrote": a lawmaker's party and state in apposition after the name)
		if (/^[RDI]-\p{Lu}/u.test(words[k]?.text ?? '') && k > 0 && clauseComma(block.text.slice(words[k - 1]?.end ?? 0, words[k]?.start ?? 0))) k -= 1;
		// "Piet Vanterpool, president of the Owners’ Association, which says …, called": the person a role in apposition describes
		const described = opener > 0 ? personBeforeRole(block, words, k, actors) : undefined;
		if (described) return described;
	}
	let clauseStart = 0;
	for (let j = k; j >= 0; j -= 1) {
		const word = words[j];
		if (word && (isCueVerb(words, j) || word.lower === 'that')) {
			clauseStart = j + 1;
			break;
		}
	}
	// the dateline ("OSTVIK, Oct 15 (Highveld Wire) —") is no part of the subject
	let clause = words.slice(clauseStart, k + 1).filter((word) => word.start >= block.storyStart);
	// an opening phrase before the subject: "In Brennmoor, the mayor said" is the mayor's
	const afterComma = clause.findLastIndex((word, j) => j > 0 && clauseComma(block.text.slice(clause[j - 1]?.end ?? word.start, word.start)));
	if (afterComma > 0) clause = clause.slice(afterComma);
	// "…, while the rebels say": the conjunction opens the clause, the subject follows it
	if (clause.length > 1 && CONTRASTING.has(clause[0]?.lower ?? '')) clause = clause.slice(1);
	if (clause.length === 0) return null;
	const lastWord = clause.at(-1);
	// "The federation said it had asked the government to act “…”": a pronoun opening what is reported is its reporter, when it can be
	// ("Ilse Varga said she had asked …"; not "Ilse Varga said he had asked …", nor "the council said they …")
	const reporter = lastWord && clause.length === 1 && isThirdPersonPronoun(lastWord) ? reportingSubject(block, words, clauseStart, actors, context, mark) : undefined;
	// (a group named in the singular too: "The federation said it had asked …", no federation named before)
	const singularBody = (actor: ActorDraft) => actor.kind === 'organization' || (actor.kind === 'group' && !/s$/.test(actor.name));
	if (reporter && lastWord && (lastWord.lower === 'it' ? singularBody(reporter) : lastWord.lower !== 'they' && reporter.kind === 'person' && compatible(reporter, pronounGender(lastWord.lower)))) return reporter;
	// a pronoun with no speaker before it ("Ilse Varga signed the bill. She said …") is the person named last
	// (the antecedent comes before the pronoun: in "He said he had called X to congratulate her and would “…”" X is no antecedent)
	if (lastWord && isThirdPersonPronoun(lastWord)) return context.resolve(lastWord.lower, { block: block.index, start: mark ? Math.min(mark.open, lastWord.start) : lastWord.start }) ?? null;
	const mentions = mentionsIn(block, clause, actors).filter((m) => m.form !== 'modifier');
	const located = peopleOfPlace(block, clause, mentions, actors, context);
	if (located) return located;
	const adjacent = mentions.find((m) => lastWord && m.end >= lastWord.end - (lastWord.possessive ? 2 : 0) && m.start <= lastWord.start);
	// (not the agent of a participle describing a document that is the subject: "A forensic review … seen by the Sunday Ledger estimates
	// that …" reports for no one the story names; its author still speaks: "A statement released by the Kelby Health Board said")
	const agent = adjacent !== undefined && /\b(?:seen|obtained|reviewed|leaked|cited|quoted|commissioned|ordered|requested)\s+by\s+(?:the\s+)?$/u.test(block.text.slice(Math.max(0, adjacent.start - 40), adjacent.start));
	if (agent && clause.slice(0, 4).some((word) => REPORT_NOUNS.has(word.lower))) return null;
	if (adjacent) return qualifiedPerson(block, mentions, adjacent).actor;
	const first = clause[0];
	if (first && isThirdPersonPronoun(first) && clause.length <= 2) return context.resolve(first.lower, { block: block.index, start: mark ? Math.min(mark.open, first.start) : first.start }) ?? null;
	// "Her office said", "his spokesman said": the person the pronoun stands for speaks through them
	const through = speakingThrough(clause);
	if (through) return context.resolve(through.lower, { block: block.index, start: mark ? Math.min(mark.open, through.start) : through.start }) ?? null;
	const kin = kinGroup(block, clause, mentions, context);
	if (kin) return kin;
	// "Dorr's office said", "Varga's spokeswoman said": the person speaks through them
	const owner = mentions.find((m) => m.actor.kind === 'person' && isPossessiveMention(block, m));
	if (owner && lastWord && SPEAKS_FOR.has(lastWord.lower)) return owner.actor;
	const head = mentions.find((m) => !isPossessiveMention(block, m));
	if (head) return head.actor;
	return groupSubject(block, clause, actors, context) ?? null;
}

/**
 * Who reports the clause opening at word `clauseStart`, when a cue verb opens it ("said it had asked") or a "that" after one does
 * ("wrote on X that it had asked"): the subject of that cue verb.
 */
function reportingSubject(block: TextBlock, words: Token[], clauseStart: number, actors: ActorIndex, context: SpeakerContext, mark?: QuoteMarks): ActorDraft | undefined {
	const opener = words[clauseStart - 1];
	if (!opener) return undefined;
	let cue = clauseStart - 1;
	if (opener.lower === 'that') cue = words.findLastIndex((_, j) => j < clauseStart - 1 && j >= clauseStart - 5 && isCueVerb(words, j));
	if (cue < 1 || !isCueVerb(words, cue)) return undefined;
	return subjectBefore(block, words, cue, actors, context, mark) ?? undefined;
}

/** A phrase of time or circumstance opening a sentence before its subject: "Hours later, as …,", "Speaking to reporters on Monday,". */
const OPENING_ADVERBIAL = /^(?:(?:Hours|Minutes|Days|Weeks|Months|Years|Moments)\s+(?:later|earlier|after|before)|Later|Earlier|Afterwards|Then|Meanwhile|Separately|After|Before|As|When|While|During|Speaking|Asked|Since|Shortly|Soon|Late|Early)\b[^.]*,/;

/** Things on show whose words no one in the story is known to have written: "Fans unveiled a banner. “Sack the board,” it read." */
const DISPLAYED_WORDS = /\b(?:sign|signs|banner|banners|placard|placards|plaque|graffiti|poster|posters|slogan|t-shirt|sticker|billboard|headstone|inscription|mural)\b[^“"]*$/i;

/** Verbs whose object, not subject, would do what the infinitive after them says: "urged the board to say". */
const OBJECT_CONTROL = new Set(['asked', 'urged', 'told', 'invited', 'forced', 'allowed', 'pressed', 'pressured', 'called', 'encouraged', 'wanted', 'expected', 'ordered', 'challenged', 'dared', 'summoned', 'directed', 'instructed', 'required', 'persuaded']);

/** Local and regional authorities, named by what they are: "the municipality", "the prefecture". */
const LOCAL_AUTHORITIES = new Set(['municipality', 'prefecture', 'province', 'governorate', 'county', 'borough', 'delegation']);
/** Prepositions that place a group: "residents of", "traders in", "fishermen along". */
const PLACING_PREPOSITIONS = new Set(['of', 'in', 'at', 'near', 'from', 'along', 'across', 'around', 'outside']);

/**
 * "Residents of Brennmoor said", "traders in the valley say": people described by where they are
 * speak, not the place. Only a plural group before the preposition, and only places (or nothing
 * named) after it: "officials at the Water Board" speak for the board.
 */
function peopleOfPlace(block: TextBlock, clause: Token[], mentions: ActorMention[], actors: ActorIndex, context: SpeakerContext): ActorDraft | undefined {
	const at = clause.findIndex((word, j) => j > 0 && PLACING_PREPOSITIONS.has(word.lower));
	const preposition = clause[at];
	const head = clause[at - 1];
	// (or a body in the singular after an article, placed by "in" or "at": "The Tarsen embassy in Vranjac said", "the regional
	// government in Marvale said"; not "The president of the board", "The mother of a man")
	const body = !head?.capitalised && clause[0]?.lower === 'the' && at <= 4 && /^(?:in|at)$/.test(preposition?.lower ?? '') && (ORGANISATION_HEADS.has(head?.lower ?? '') || LOCAL_AUTHORITIES.has(head?.lower ?? ''));
	if (!preposition || !head || (!/[a-z]s$/.test(head.lower) && !isGroupWord(head.text) && !body)) return undefined;
	// ("Thousands of farmers": a count of people, not people of a place)
	if (QUANTITY_NOUNS.has(head.lower) && preposition.lower === 'of') return undefined;
	if (mentions.some((m) => m.start < preposition.start || m.actor.kind !== 'place')) return undefined;
	// a plural noun opening the sentence before a preposition is no name for its capital ("Traders in the valley")
	if (at === 1 && head.capitalised && !/\p{Lu}/u.test(head.text.slice(1))) return context.group(head.lower);
	return groupSubject(block, clause.slice(0, at), actors, context);
}

/** The person named right before a role in apposition that ends at `k` (", president of the Owners’ Association"), if any. */
function personBeforeRole(block: TextBlock, words: Token[], k: number, actors: ActorIndex): ActorDraft | undefined {
	const comma = words.findLastIndex((word, j) => j < k && clauseComma(block.text.slice(word.end, words[j + 1]?.start ?? word.end)));
	const role = words.slice(comma + 1, comma + 4);
	// (or a possessive before the role: "Tomás Elizaga, Solmera’s deputy foreign minister, who led its delegation, said")
	const opensRole = ROLE_NOUNS.has(role[0]?.lower ?? '') || ((/^(?:a|an|the)$/.test(role[0]?.lower ?? '') || role[0]?.possessive === true) && role.slice(1).some((word) => ROLE_NOUNS.has(word.lower)));
	const named = words[comma];
	if (comma < 0 || !opensRole || !named) return undefined;
	return mentionsIn(block, words.slice(0, comma + 1), actors).find((m) => m.actor.kind === 'person' && m.end >= named.end - 2)?.actor;
}

/** Whether quoted words speak of someone by a third-person pronoun of `gender`: "“He has ignored us,” he said". */
function speaksOfThirdPerson(quoted: string, gender: 'masculine' | 'feminine'): boolean {
	return (gender === 'feminine' ? /\b(?:she|her|hers)\b/i : /\b(?:he|him|his)\b/i).test(quoted);
}

/** Whether text between two words holds a comma between clauses, not one inside a number ("3,200"). */
function clauseComma(between: string): boolean {
	return /,(?!\d)/.test(between);
}

/** The subject of a sentence's first verb: its first actor mention or a leading pronoun. */
function sentenceSubject(block: TextBlock, words: Token[], verbIndex: number, actors: ActorIndex, context: SpeakerContext, mark?: QuoteMarks): ActorDraft | null {
	const first = words[0];
	if (first && isThirdPersonPronoun(first)) return context.resolve(first.lower, mark ? { block: block.index, start: mark.open } : { block: block.index, start: first.start }) ?? null;
	// "…, the Prime Minister said, adding that …": the one whose attribution the participle goes on from, not the subject of the
	// words reported before it (with where, to whom and when between: "…, he told reporters in Ambright yesterday, adding that …")
	const participleAt = words[verbIndex];
	const saidAt = participleAt ? words.findLastIndex((word, j) => j > 2 && j < verbIndex && j >= verbIndex - 8 && isCueVerb(words, j) && /^[^,;:“”"]*,\s*$/.test(block.text.slice(word.end, participleAt.start))) : -1;
	const said = words[saidAt];
	const segmentBefore = block.text.slice(Math.max(0, (said?.start ?? 0) - 80), said?.start ?? 0);
	// (not a cue inside the words reported before it: "On Monday, the mayor said the council warned …, adding that …" is the mayor's)
	const cueInSegment = said ? words.some((w, j) => j < saidAt && w.start > block.text.lastIndexOf(',', said.start) && isCueVerb(words, j)) : false;
	if (said && participleAt && !cueInSegment && /,\s*(?:[\p{L}’'.-]+\s+){1,6}$/u.test(segmentBefore)) {
		const attributed = subjectBefore(block, words, saidAt, actors, context, mark);
		if (attributed) return attributed;
	}
	for (let j = 1; j < verbIndex; j += 1) {
		const word = words[j];
		if (word && (isCueVerb(words, j) || isPastVerb(word, words[j - 1]) || /^(?:has|have|had|is|are|was|were)$/.test(word.lower))) return subjectBefore(block, words, j, actors, context, mark);
	}
	// the dateline's place and agency are not the sentence's subject
	const mention = mentionsIn(block, words.slice(0, verbIndex), actors).find((m) => m.form !== 'modifier' && !isPossessiveMention(block, m) && m.start >= block.storyStart);
	return mention?.actor ?? null;
}

/**
 * The person a trailing "of" or "from" phrase qualifies: in "Ada Nakamura of Oketunde said" or
 * "John Smith of the Red Cross said" the subject is the person, not the place or organisation
 * named last; and the body a place qualifies: "The High Court in Kampala ruled" is the court's.
 */
function qualifiedPerson(block: TextBlock, mentions: ActorMention[], last: ActorMention): ActorMention {
	// (a body's acronym in brackets after its name stands with the name: "X of the Rashtriya Jan Morcha (RJM) called")
	const named = /^\s*\($/.test(block.text.slice(0, last.start).slice(-2)) ? mentions.findLast((m) => m.end <= last.start && m.actor === last.actor && /^\s*\($/.test(block.text.slice(m.end, last.start))) : undefined;
	const body = named ?? last;
	// (a person's seat or party in brackets after the name: "Khoo Teik Leong (Batu Rendang) said", "Ana Ruiz (Labour, Kelby North) said")
	// (not a body's acronym: "Parti Rakyat Sulawang (PRS) said")
	const acronym = /^[\p{Lu}&]{2,}\)/u.test(block.text.slice(last.start));
	const seated = acronym ? undefined : mentions.findLast((m) => m.end <= last.start && m.actor.kind === 'person' && m.actor !== last.actor && /^\s*\([^()]*$/.test(block.text.slice(m.end, last.start)) && /^[^()]*\)/.test(block.text.slice(last.end)));
	if (seated) return seated;
	const person = mentions.findLast((m) => m.end <= body.start && m.actor.kind === 'person');
	if (person && /^\s+(?:of|from)\s+(?:the\s+)?$/i.test(block.text.slice(person.end, body.start))) return person;
	// (only a body that opens the subject: "Workers at Pelham Bank in Nairobi said" are workers)
	const placed = last.actor.kind === 'place' ? mentions.findLast((m) => m.end <= last.start && m.actor.kind === 'organization') : undefined;
	const opens = placed !== undefined && /(?:^|[.!?;:,]\s*|^\s*the\s+|[.!?;:,]\s+the\s+)$/i.test(block.text.slice(Math.max(0, placed.start - 30), placed.start));
	return placed && opens && /^\s+(?:in|at)\s+(?:the\s+)?$/i.test(block.text.slice(placed.end, last.start)) ? placed : last;
}

function isPossessiveMention(block: TextBlock, mention: ActorMention): boolean {
	// "Dorr's office", and "South Africa’s Digital Platforms Conduct Authority"
	return /^['’]s?\b/.test(block.text.slice(mention.end, mention.end + 2)) && /\s\p{L}/u.test(block.text.slice(mention.end + 2, mention.end + 5));
}

/** Unnamed speakers: "a spokesperson for the Board" is the Board; "one resident", "officials" are groups. */
function groupSubject(block: TextBlock, phrase: Token[], actors: ActorIndex, context: SpeakerContext): ActorDraft | undefined {
	const mention = mentionsIn(block, phrase, actors).find((m) => m.actor.kind !== 'person');
	if (mention) return mention.actor;
	// "one of them said", "one of them, a schoolteacher, said": one of the group that spoke last
	// (and "one of those" before a clause that says who they are: "One of those who spoke to reporters said")
	const ofThem = phrase.findIndex((t, k) => (t.lower === 'them' || (t.lower === 'those' && k === phrase.length - 1 && /^\s+who\b/.test(block.text.slice(t.end, t.end + 5)))) && phrase[k - 1]?.lower === 'of' && /^(?:one|some|two|three|several|many|most|each|another)$/.test(phrase[k - 2]?.lower ?? ''));
	// (and no one when none spoke: sources the story keeps anonymous, "two residents who asked not to be named said …")
	if (ofThem >= 0) {
		// (a name in apposition speaks for itself: "One of them, Jeddah-based Barqan Steel Structures, says")
		const them = phrase[ofThem] as Token;
		const named = actors.inBlock(block.index).find((m) => m.start > them.end && (m.actor.kind === 'person' || m.actor.kind === 'organization') && /^,\s+(?:[\p{L}-]+\s+)?$/u.test(block.text.slice(them.end, m.start)));
		return named?.actor ?? context.latestGroup();
	}
	// "Lorenzo Baptiste, a former quarry worker who said …": the person the appositive describes, not a group of quarry workers
	const first = phrase[0];
	const appositiveWho = first !== undefined && /^(?:a|an)$/i.test(first.text) && (phrase.at(-1)?.lower === 'who' || /^\s*who\b/.test(block.text.slice(phrase.at(-1)?.end ?? 0)));
	if (first && appositiveWho) {
		const comma = /,\s*$/.exec(block.text.slice(0, first.start));
		const described = comma ? actors.inBlock(block.index).find((m) => m.actor.kind === 'person' && m.end === comma.index) : undefined;
		if (described) return described.actor;
	}
	// "Its chief executive said", "Its Managing Director said", for no one named: the organisation "its" stands for speaks through them
	const owned = phrase.slice(1);
	if (first?.lower === 'its' && owned.length > 0 && owned.length <= 3 && (ROLE_NOUNS.has(owned.at(-1)?.lower ?? '') || SPOKEN_TITLE.test(block.text.slice(owned[0]?.start ?? 0, owned.at(-1)?.end ?? 0)))) {
		const body = context.soleOrganisationBefore({ block: block.index, start: first.start });
		if (body) return body;
	}
	// "the office of the Chief Electoral Officer said": the office, named by its holder's title
	const office = /^(?:[Tt]he\s+)?(?:office|secretariat|bureau)\s+of\s+(?:the\s+)?\p{Lu}/u.exec(block.text.slice(phrase[0]?.start ?? 0, phrase.at(-1)?.end ?? 0));
	if (office && phrase.at(-1)?.capitalised) return context.organisation(block.text.slice(phrase[phrase[0]?.lower === 'the' ? 1 : 0]?.start ?? 0, phrase.at(-1)?.end ?? 0));
	// "the Chief Medical Officer said", "The Superintendent of Police said": a title with no name speaks as its holder, as in lower case
	const titleText = block.text.slice(phrase[phrase[0]?.lower === 'the' ? 1 : 0]?.start ?? 0, phrase.at(-1)?.end ?? 0);
	// (the one named with that title before, if any: "Minister Ana Dorsey … The Minister said")
	// ("the Prime Minister said" is the prime minister's, not the Minister of Water's named since)
	if (/^the$/i.test(phrase[0]?.text ?? '') && SPOKEN_TITLE.test(titleText)) return personWithRole(actors, block.index, phrase[0]?.start ?? 0, phrase.at(-1)?.lower ?? '', titleText) ?? context.group(titleText);
	// "a source familiar with the talks", "people close to the board", "an official who asked not to be named": the noun before what describes it
	// ("protesters carrying empty buckets", "residents living near the dam": a participle describes the plural noun before it)
	const described = phrase.findIndex((t, k) => k > 0 && (POST_MODIFIERS.has(t.lower) || (!t.capitalised && /[a-z]{3}ing$/.test(t.lower) && /[a-z]s$/i.test(phrase[k - 1]?.lower ?? ''))));
	// ("Tens of thousands of protesters", "Thousands of farmers": the people counted, not the count)
	let counted = 0;
	while (QUANTITY_NOUNS.has(phrase[counted]?.lower ?? '') && phrase[counted + 1]?.lower === 'of' && phrase[counted + 2]) counted += 2;
	const phraseWords = (described === -1 ? phrase : phrase.slice(0, described)).slice(counted);
	// (an adverb opening the sentence is no part of the group: "Later officials said", "Privately officials concede", "Again residents
	// complained")
	const leading = phraseWords[0];
	const adverb = leading !== undefined && phraseWords.length > 1 && ((/[a-z]ly$/.test(leading.lower) && !LY_ADJECTIVES.has(leading.lower)) || OPENING_ADVERBS.has(leading.lower));
	const words = adverb ? phraseWords.slice(1) : phraseWords;
	// a capital opening a sentence does not make "Officials" a name, nor an adjective's in "Legal experts said" (no actor's name)
	// ("Elderly residents said", "Dairy farmers said", "Marion officials said": any word before a plural for people, kept as written,
	// for it may be a name)
	const people = words[1] !== undefined && !words[1].capitalised && (isGroupWord(words[1].text) || PEOPLE_PLURAL.test(words[1].lower));
	const modifier = (t: Token) => ADJECTIVE_ENDING.test(t.lower) || MODIFYING_NOUNS.has(t.lower);
	const opensSentence = (t: Token) => t === words[0] && (modifier(t) || people) && !/\p{L}/u.test(block.text.slice(sentenceAt(block, t.start)?.start ?? t.start, t.start)) && !mentionsIn(block, [t], actors).length;
	const common = (t: Token) => !t.capitalised || (t === words[0] && isGroupWord(t.text)) || (opensSentence(t) && !isGroupWord(t.text) && (/[a-z]s$/.test(words[1]?.lower ?? '') || isGroupWord(words[1]?.text ?? '')) && words.length === 2);
	const nouns = words.filter((t) => t.kind === 'word' && !FUNCTION_WORDS.has(t.lower) && common(t));
	const head = nouns.at(-1);
	const opener = words[0]?.lower ?? '';
	// "the minister said" after "Interior Minister Halvard Brenn", "her husband said" after "her husband, Lyle,": the person of that role
	const holder = head && (opener === 'the' || (words.length === 2 && /^(?:his|her|their)$/.test(opener))) && ROLE_NOUNS.has(head.lower) ? personWithRole(actors, block.index, words[0]?.start ?? head.start, head.lower) : undefined;
	if (holder) return holder;
	// "the club’s sporting director said", "the panel's chair wrote", for no one named: the body they speak for
	const owner = words.find((t, k) => k > 0 && t.possessive && !t.capitalised && (ORGANISATION_HEADS.has(t.base.toLowerCase()) || GENERIC_ORGANISATION_NOUNS.has(t.base.toLowerCase()) || t.base.toLowerCase() === 'panel'));
	if (owner && opener === 'the' && head && ROLE_NOUNS.has(head.lower) && words.indexOf(owner) === 1) {
		const at = words[0]?.start ?? head.start;
		const noun = owner.base.toLowerCase();
		// (only a body of that kind: "The union's general secretary said" after "Pelham Bank" is no one the bank speaks through)
		// ("the panel's chair" after "the National Sports Tribunal" or "the Medical Council": a body that sits in panels)
		const sits = (actor: ActorDraft) => actor.kind === 'organization' && /^(?:tribunal|court|commission|committee|board|inquiry|council)$/.test(headWord(actor));
		const body = bodyNamedBefore(actors, block.index, at, noun, context) ?? (noun === 'panel' ? lastActorBefore(actors, block.index, at, sits) : undefined);
		if (body) return body;
	}
	// "a spokeswoman for the presidency", for no presidency named: the body, by its noun
	const forAt = words.findIndex((t, k) => t.lower === 'for' && /^spokes/.test(words[k - 1]?.lower ?? ''));
	// ("a spokesman for the company": the business the story names most; "for the club": the club)
	const forBody = forAt > 0 && head && words.length - forAt <= 3 ? commonBodyBefore(actors, block.index, words[0]?.start ?? head.start, head.lower, context) : undefined;
	if (forBody) return forBody;
	if (forAt > 0 && head && ORGANISATION_HEADS.has(head.lower) && !GENERIC_ORGANISATION_NOUNS.has(head.lower) && !CLUB_NAME_WORDS.has(head.lower) && words.slice(forAt + 1).every((t) => t === head || /^(?:the|a|an)$/.test(t.lower) || !t.capitalised)) {
		return context.organisation(block.text.slice((words[forAt + 1]?.lower === 'the' ? words[forAt + 2] : words[forAt + 1])?.start ?? head.start, head.end));
	}
	// "one of them said": the group the story spoke of last, not a group called "them"
	if (words.length === 3 && words[1]?.lower === 'of' && /^(?:them|us)$/.test(words[2]?.lower ?? '')) return context.resolve('they') ?? undefined;
	// "Council officials said" after "the Marrowby Town Council", "Ministry officials said" after "the Ministry of Health", "Union leaders
	// said" after its union: the body, through its officials; with none named, the officials ("ministry officials")
	const bodyWord = words.at(-2);
	const holders = words.at(-1);
	if (words.length === 2 && bodyWord && holders && /^(?:officials|leaders|members)$/.test(holders.lower) && ORGANISATION_HEADS.has(bodyWord.lower)) {
		const at = bodyWord.start;
		const body = bodyNamedBefore(actors, block.index, at, bodyWord.lower, context);
		return body ?? context.group(`${bodyWord.lower} ${holders.lower}`);
	}
	// a group is a noun phrase: "one resident", "officials", "the protesters", "local farmers"
	// (and "his lawyers", "their families": people someone has)
	const possessed = words.length === 2 && /^(?:his|her|their|its)$/.test(opener);
	const nounPhrase = GROUP_OPENERS.has(opener) || possessed || (words.length <= 2 && (/[a-z]s$/.test(head?.lower ?? '') || isGroupWord(head?.text ?? '')) && words[0] !== undefined && common(words[0]));
	if (!nounPhrase) return undefined;
	// (an adverb or participle is no group: "Separately said"; "family" ends as an adverb does)
	if (!head || words.length > 5 || !/^[a-z-]+$/.test(head.lower) || (/(?:ly|ed|ing)$/.test(head.lower) && !KIN_GROUPS.has(head.lower))) return undefined;
	// "Oriko said in a statement … “…,” the statement said": the organisation that spoke last, else the one the story named last
	// ("The lockout notice, pasted on the gates, said": a notice or circular is its issuer's too)
	// (only the body the story has as "it", or a notice's posted by the body named in the sentence naming it: not the union named last
	// that "condemned the move"; a "court notice" is the court's)
	const posted = /^(?:notice|circular|memo|email|e-mail|letter)$/.test(head.lower) && words.length <= 3;
	const message = /^(?:statement|release|communiqué|communique|readout)$/.test(head.lower) ? words.length === 2 : posted && !ORGANISATION_HEADS.has(words[1]?.lower ?? '');
	if (opener === 'the' && message) {
		// (a statement read "on behalf of the victim’s mother, Marisela Arrieta", or one someone gave in the sentence naming it, is theirs)
		const at = { block: block.index, start: words[0]?.start ?? head.start };
		// ("The memo, sent by chief executive Jonah Whitcombe-Adisa at 12:40 a.m., said": the one it was sent by)
		const sentBy = posted ? /^,\s+(?:sent|signed|written|issued|posted)\s+by\s+/.exec(block.text.slice(head.end, head.end + 30)) : null;
		const sender = sentBy ? actors.inBlock(block.index).find((m) => m.start >= head.end + sentBy[0].length && m.start <= head.end + sentBy[0].length + 40 && m.form !== 'modifier')?.actor : undefined;
		if (sender) return sender;
		const owner = posted ? context.noticeIssuer(at) : context.statementIssuer(at);
		if (owner) return owner;
		const spoke = context.resolve('it');
		const issuer = spoke?.kind === 'organization' ? spoke : posted ? undefined : lastOrganisationBefore(actors, block.index, words[0]?.start ?? head.start);
		if (issuer) return issuer;
	}
	// "a spokesman said", for no one named: the organisation the story last named speaks through them ("a company spokesperson": the story's business)
	// ("A Downing Street spokesperson said": the name before the word is the body it speaks for)
	const body = words.slice(0, words.indexOf(head)).filter((t) => t.capitalised && !FUNCTION_WORDS.has(t.lower));
	if (/^spokes/.test(head.lower) && body.length > 0 && body.length === words.indexOf(head) - (GROUP_OPENERS.has(opener) ? 1 : 0)) return context.organisation(block.text.slice(body[0]?.start ?? 0, body.at(-1)?.end ?? 0));
	if (/^spokes/.test(head.lower)) {
		const modifier = nouns.at(-2);
		const at = words[0]?.start ?? head.start;
		const business = modifier && GENERIC_ORGANISATION_NOUNS.has(modifier.lower) ? mainBusinessBefore(actors, block.index, at, context.resolve('it')) : undefined;
		return spokespersonFor(modifier, business ?? lastOrganisationBefore(actors, block.index, at), context);
	}
	// "the company said" after "Ostrander Appliance Co.", "the union said" after "the Harbour Workers' Union": the organisation named last
	if (opener === 'the' && words.length === 2) {
		const at = words[0]?.start ?? head.start;
		// ("the bench observed" after "The Devanchal High Court": the court that sat)
		const court = head.lower === 'bench' ? lastActorBefore(actors, block.index, at, (actor) => actor.kind === 'organization' && /^(?:court|tribunal)$/.test(headWord(actor))) : undefined;
		if (court) return court;
		// "the company" is the business named last, not the union or ministry named after it; "the union", a union
		const named = GENERIC_ORGANISATION_NOUNS.has(head.lower) ? commonBodyBefore(actors, block.index, at, head.lower, context) : (lastActorBefore(actors, block.index, at, (actor) => (actor.kind === 'organization' && nameWords(actor).includes(head.lower)) || (actor.kind === 'place' && nameWords(actor).at(-1) === head.lower)) ?? commonBodyBefore(actors, block.index, at, head.lower, context));
		if (named) return named;
	}
	// (a thing speaks for no one: "the measure would add “…”", "the decision ignored …" name no group; people, roles and bodies do)
	// (nor one person someone has, unnamed: "his wife said", "its operator said"; "his lawyers said" and "her family said" are a group)
	if (THING_NOUNS.has(head.lower) || (possessed && !/[a-z]s$/.test(head.lower) && !KIN_GROUPS.has(head.lower))) return undefined;
	const written = block.text.slice(nouns[0]?.start ?? head.start, head.end);
	// "Police said": the capital is the sentence's, the group is "police"
	// (not an acronym's: "MCAs said")
	const asWritten = nouns[0] === words[0] && words[0] !== undefined && people && !modifier(words[0]) && !isGroupWord(words[0].text);
	const name = nouns[0]?.capitalised && !/^\p{Lu}{2}/u.test(written) && !asWritten ? `${written.charAt(0).toLowerCase()}${written.slice(1)}` : written;
	return context.group(name);
}

/**
 * Whom an unnamed spokesperson speaks for: "a spokesman" for the organisation named last; "a
 * company spokeswoman" for it too when the word is such an organisation's ("company", "ministry")
 * or in its name; "a police spokesman", with no such organisation named, for the police.
 */
function spokespersonFor(modifier: Token | undefined, last: ActorDraft | undefined, context: SpeakerContext): ActorDraft | undefined {
	// "a spokesperson said" in a story that names no organisation: the spokesperson, as a group of their own
	if (!modifier) return last ?? context.group('spokesperson');
	if (last && (ORGANISATION_HEADS.has(modifier.lower) || nameWords(last).includes(modifier.lower))) return last;
	return context.group(modifier.lower);
}

/** The organisation named before `start` of `block` with `noun` in its name ("Ministry" of "the Ministry of Health"), else the body of that kind the story means by it (`commonBodyBefore`). */
function bodyNamedBefore(actors: ActorIndex, block: number, start: number, noun: string, context: SpeakerContext): ActorDraft | undefined {
	return lastActorBefore(actors, block, start, (actor) => actor.kind === 'organization' && nameWords(actor).includes(noun)) ?? commonBodyBefore(actors, block, start, noun, context);
}

/** The words of every name an actor is written with, in lower case: "ministry" is a word of "Tarsen Ministry of Health". */
function nameWords(actor: ActorDraft): string[] {
	return actor.forms.flatMap((form) => form.toLowerCase().split(/\s+/));
}

/** The actor named last before `start` of `block`, in this block or an earlier one, that `wanted` accepts. */
function lastActorBefore(actors: ActorIndex, block: number, start: number, wanted: (actor: ActorDraft) => boolean): ActorDraft | undefined {
	for (let b = block; b >= 0; b -= 1) {
		const found = actors.inBlock(b).findLast((m) => wanted(m.actor) && (b < block || m.end <= start));
		if (found) return found.actor;
	}
	return undefined;
}

/**
 * The business a story means by "the company" before `start` of `block`: the one it has named most
 * often so far (the latest of those named as often), not an analyst's firm named once in passing.
 */
function mainBusinessBefore(actors: ActorIndex, block: number, start: number, spokeLast?: ActorDraft): ActorDraft | undefined {
	// (a public body named for an industry is no business: "the Minerals Licensing Authority")
	// (a business's word inside the name of some other body is no business's: "Sonoran Civic Research Institute", "Steel Workers Union")
	const business = (actor: ActorDraft) => (isBusinessWord(headWord(actor)) || (nameWords(actor).some(isBusinessWord) && (!ORGANISATION_HEADS.has(headWord(actor)) || headWord(actor) === 'bank'))) && !PUBLIC_BODY_HEADS.has(headWord(actor));
	// on a tie, the business that spoke last ("Ostvik Steel said … The company said"), else the first named ("Ardent Labs sued Pelham Systems")
	const first = mainOrganisationBefore(actors, block, start, business, true);
	if (!first || !spokeLast || spokeLast === first || !business(spokeLast)) return first;
	const count = (actor: ActorDraft) => actors.mentions.filter((m) => m.actor === actor && (m.block < block || (m.block === block && m.end <= start))).length;
	return count(spokeLast) === count(first) ? spokeLast : first;
}

/**
 * The body a common noun stands for when no name holds it: "the company", "the firm" the business the story names most
 * (the one that spoke last on a tie); "the club", "the team" the club it names most.
 */
function commonBodyBefore(actors: ActorIndex, block: number, start: number, noun: string, context: SpeakerContext): ActorDraft | undefined {
	// ("the group" after a body that is no business: "the Khorvan Liberation Front … the group wrote")
	// (not after "a group of 12 walkers" in this paragraph or the one before: that group is the one meant)
	const groupOfPeople = noun === 'group' && [block, block - 1].some((b) => /\b[Aa]\s+group\s+of\s+(?!(?:its|their|his|her|the)\b)(?:\d+\s+|\p{Ll}+\s+)?\p{Ll}+/u.test(context.paragraphText(b).slice(0, b === block ? start : undefined)));
	// ("the group" is first a campaign, front or network named in this paragraph or the two before: "the Save Ashby Fields campaign group … The group said")
	const nearGroup = noun === 'group' && !groupOfPeople ? lastActorBefore(actors, block, start, (actor) => actor.kind === 'organization' && (GROUP_HEADS.has(headWord(actor)) || CAMPAIGN_VERBS.has(actor.name.split(/\s+/)[0] ?? '')) && actors.mentions.some((m) => m.actor === actor && m.block >= block - 2 && (m.block < block || m.end <= start))) : undefined;
	// (unless a business was named after it: "… the campaign … Brackenridge Group said it would appeal. The group said")
	const businessAfter = nearGroup ? lastActorBefore(actors, block, start, (actor) => actor.kind === 'organization' && !GROUP_HEADS.has(headWord(actor)) && nameWords(actor).some(isBusinessWord)) : undefined;
	const lastMention = (actor: ActorDraft | undefined) => actors.mentions.findLastIndex((m) => m.actor === actor && (m.block < block || (m.block === block && m.end <= start)));
	if (nearGroup && !(businessAfter && lastMention(businessAfter) > lastMention(nearGroup))) return nearGroup;
	if (GENERIC_ORGANISATION_NOUNS.has(noun)) return mainBusinessBefore(actors, block, start, context.resolve('it')) ?? (noun === 'group' && !groupOfPeople ? mainOrganisationBefore(actors, block, start, (actor) => GROUP_HEADS.has(headWord(actor)), true) : undefined);
	// ("a spokeswoman for the force" after "Harrowmere Constabulary": the police force named most)
	// (not a union or a board of the police, "the Corrin Valley Police Federation", nor a bare "Police")
	if (noun === 'force') return mainOrganisationBefore(actors, block, start, (actor) => actor.name.includes(' ') && !POLICE_BODIES.has(headWord(actor)) && nameWords(actor).some((word) => POLICE_WORDS.has(word)));
	return noun === 'club' || noun === 'team' ? mainClubBefore(actors, block, start) : undefined;
}

/** Words of a police force's name: "Harrowmere Constabulary", "the Corrin Valley Police Service". */
const POLICE_WORDS = new Set(['police', 'constabulary', 'gendarmerie', 'carabinieri']);
/** Heads of bodies named for the police that are no force: "Police Federation", "Police Oversight Board". */
const POLICE_BODIES = new Set(['federation', 'union', 'association', 'board', 'committee', 'commission', 'authority', 'council', 'college', 'academy', 'foundation', 'panel', 'ombudsman', 'inspectorate']);

/** Words that end a sports club's name ("Castelnuovo Athletic", "Brennfeld Rovers"), for "the club" and "the team". */
const CLUB_NAME_WORDS = new Set([...CLUB_WORDS, 'united', 'city', 'town', 'club', 'team']);

/** The club named most often before `start`, the first on a tie: "the club said" after "Castelnuovo Athletic … from Brennfeld Rovers". */
function mainClubBefore(actors: ActorIndex, block: number, start: number): ActorDraft | undefined {
	// (the club a transfer story is about comes first: "Castelnuovo Athletic have signed … from Brennfeld Rovers, the club said")
	return mainOrganisationBefore(actors, block, start, (actor) => actor.forms.some((form) => CLUB_NAME_WORDS.has(form.toLowerCase().split(/\s+/).at(-1) ?? '')), true, true);
}

/** The last word of an actor's name, in lower case: "authority" for "the Minerals Licensing Authority". */
function headWord(actor: ActorDraft): string {
	return actor.name.split(/\s+/).at(-1)?.toLowerCase() ?? '';
}

/** The organisation of the kind `wanted` named most often before `start` of `block`: on a tie, the one named last, or with `earlierOnTie` the one named first. */
function mainOrganisationBefore(actors: ActorIndex, block: number, start: number, wanted: (actor: ActorDraft) => boolean, earlierOnTie = false, firstCountsTwice = false): ActorDraft | undefined {
	const counts = new Map<ActorDraft, number>();
	let best: ActorDraft | undefined;
	for (const mention of actors.mentions) {
		if (mention.block > block || (mention.block === block && mention.end > start)) continue;
		const actor = mention.actor;
		if (actor.kind !== 'organization' || !wanted(actor)) continue;
		// (with `firstCountsTwice`, the first named counts once more: the story is about it, "Castelnuovo Athletic have signed … from
		// Brennfeld Rovers" even after "Brennfeld will receive …")
		const count = (counts.get(actor) ?? (firstCountsTwice && counts.size === 0 ? 1 : 0)) + 1;
		counts.set(actor, count);
		if (!best || count > (counts.get(best) ?? 0) || (count === (counts.get(best) ?? 0) && !earlierOnTie)) best = actor;
	}
	return best;
}

/** The person named last before `start` of `block` whose role has `noun` in it ("Interior Minister" for "minister"). */
function personWithRole(actors: ActorIndex, block: number, start: number, noun: string, title?: string): ActorDraft | undefined {
	// ("Justice Meera Balasubramaniam … the judge said": a judge's title names the judge)
	const nouns = noun === 'judge' ? ['judge', 'justice'] : [noun];
	const holds = (actor: ActorDraft, whole: boolean) => actor.kind === 'person' && [...actor.roles, ...actor.titled].some((role) => (whole && title ? role.toLowerCase().includes(title.toLowerCase()) : role.toLowerCase().split(/[\s-]+/).some((word) => nouns.includes(word))));
	// (a title of two words or more names first the one who holds all of it: "the Prime Minister", "the Chief Justice")
	const whole = title && /\s/.test(title.trim()) ? lastActorBefore(actors, block, start, (actor) => holds(actor, true)) : undefined;
	return whole ?? lastActorBefore(actors, block, start, (actor) => holds(actor, false));
}

/** The organisation named last before `start` of `block`, in this block or an earlier one. */
function lastOrganisationBefore(actors: ActorIndex, block: number, start: number): ActorDraft | undefined {
	return lastActorBefore(actors, block, start, (actor) => actor.kind === 'organization');
}

function mentionsIn(block: TextBlock, words: Token[], actors: ActorIndex): Array<ActorMention & { possessiveRole?: boolean }> {
	const first = words[0];
	const last = words.at(-1);
	if (!first || !last) return [];
	const mentions = actors.inBlock(block.index);
	const out: ActorMention[] = [];
	for (let k = lowerBound(mentions, first.start); k < mentions.length; k += 1) {
		const mention = mentions[k];
		if (!mention || mention.start > last.end) break;
		if (mention.end <= last.end) out.push(mention);
	}
	return out;
}

function firstMentionIn(block: TextBlock, words: Token[], actors: ActorIndex): ActorMention | undefined {
	return mentionsIn(block, words, actors).find((m) => m.form !== 'modifier');
}

/** Whether some of `words` is a finite verb: an auxiliary or a past form ("is", "had", "closed"). */
function hasVerb(words: Token[]): boolean {
	return words.some((word, k) => FINITE_MARKERS.has(word.lower) || isPastVerb(word, words[k - 1]));
}

/** The possessive pronoun of "her office", "his spokesman", "their campaign": the person it stands for speaks through them. */
function speakingThrough(words: readonly Token[]): Token | undefined {
	const [owner, noun] = words;
	return words.length === 2 && owner && /^(?:his|her|their)$/.test(owner.lower) && SPEAKS_FOR.has(noun?.lower ?? '') ? owner : undefined;
}

/** Last words of a public body's name, which an industry word in it does not make a business: "the Minerals Licensing Authority". */
const PUBLIC_BODY_HEADS = new Set(['authority', 'ministry', 'agency', 'commission', 'department', 'office', 'council', 'board', 'regulator', 'directorate', 'tribunal', 'court', 'inspectorate', 'secretariat']);

/** Heads of the bodies "the group" stands for when no business is named: "the Khorvan Liberation Front", "Mare Aperto Watch". */
const GROUP_HEADS = new Set(['front', 'movement', 'militia', 'brigade', 'brigades', 'army', 'coalition', 'alliance', 'network', 'project', 'watch', 'campaign', 'collective', 'initiative', 'organisation', 'organization', 'group', 'society', 'league', 'association', 'federation', 'union', 'trust', 'foundation']);

/** Nouns that stand for any business named before them: "the company", "the firm". */
const GENERIC_ORGANISATION_NOUNS = new Set(['company', 'firm', 'group', 'maker', 'manufacturer', 'carrier', 'operator', 'lender', 'insurer', 'retailer', 'miner', 'producer', 'airline', 'automaker', 'conglomerate']);

/** Endings of English adjectives ("legal", "local", "western", "independent", "senior") and of nouns that modify others ("immigration", "pension"), not of names. */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ent|ant|ern|ior|ish|ile|ary|ful|less|tion|sion)$/;
/** Adjectives spelt as adverbs are, which may open a group: "Elderly residents said", "Early voters said". */
const LY_ADJECTIVES = new Set(['elderly', 'early', 'friendly', 'lonely', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'costly', 'deadly', 'orderly', 'likely', 'unlikely', 'lovely', 'holy', 'burly', 'family']);
/** Adverbs of time and sequence that may open a sentence before its subject: "Later officials said", "Again residents complained". */
const OPENING_ADVERBS = new Set(['again', 'afterwards', 'overnight', 'tonight', 'later', 'first', 'finally', 'then', 'now', 'today', 'yesterday', 'still', 'also', 'even', 'instead', 'separately']);
/** Plurals of nouns for people by what they do or are: "growers", "owners", "entomologists", "pensioners", "consumer groups". */
const PEOPLE_PLURAL = /^(?!(?:papers|posters|letters|numbers|orders|documents|comments|statements|reports|others|matters|centers|waters|headquarters|containers|filters|markets|contents|payments|agreements|amendments|arrangements|instruments|elements|segments|settlements|investments|departments|governments|parliaments|monuments)$)[a-z]{2,}(?:ers|ors|ists|ians|ants|ents|ees)$|^groups$/;
/** Nouns that modify a word for people at the start of a sentence: "Opposition parties said", "Government officials said". */
const MODIFYING_NOUNS = new Set(['opposition', 'government', 'election', 'administration', 'coalition', 'union', 'aviation', 'education', 'health', 'transport', 'energy', 'defence', 'defense', 'security', 'finance', 'trade', 'aid', 'rescue', 'emergency', 'industry', 'hospital', 'school', 'airline', 'company', 'party', 'campaign', 'church', 'village', 'town', 'city', 'county', 'state', 'court', 'prison', 'police', 'army', 'border', 'customs', 'tax', 'bank', 'fire', 'club', 'port', 'water', 'mine', 'farm', 'rail', 'council', 'district', 'community', 'relief', 'airport', 'weather', 'forestry', 'park', 'league', 'team', 'museum', 'university', 'college']);

/** A source the story does not name: "who asked not to be named", "speaking on condition of anonymity". */
const ANONYMOUS_SOURCE = /\b(?:(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)|did\s+not\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|requested\s+anonymity|spoke\s+anonymously|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss)|asked\s+that\s+(?:his|her|their)\s+names?\s+be\s+withheld|declined\s+to\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?|on\s+condition\s+that\s+(?:he|she|they)\s+not\s+be\s+(?:named|identified)|whose\s+(?:identity|identities|names?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:withheld|not\s+(?:disclosed|given|released|revealed)))\b/i;

/** Conjunctions that set a second clause against the first: what follows them is not the first clause's attribution. */
const CONTRASTING = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** Words that open a clause of their own after a trailing attribution ("…, the company said Tuesday as it reported …"). */
const ATTRIBUTION_ENDS = new Set(['as', 'after', 'before', 'while', 'when', 'because', 'since', 'amid']);

/** What an organisation publishes, which "according to" cites: "ministry figures", "the police's data". */
const DATA_NOUNS = new Set(['figures', 'data', 'statistics', 'estimates', 'records', 'numbers', 'count', 'tally', 'report', 'documents', 'survey', 'census']);
/** Nouns for a message, which a participle after them describes ("a video posted on Telegram"). */
const MESSAGE_NOUNS = new Set(['video', 'statement', 'post', 'message', 'letter', 'note', 'clip', 'recording', 'broadcast', 'speech', 'interview']);

/** Verbs of a subject who speaks or takes a side in the narrative, whose words the next paragraph may quote. */
/** A cue's phrase dating the words years back: " the Courier in 1987", " an interviewer in 1998", " the Herald in a 2004 interview". */
const OLD_INTERVIEW = /^\s+(?:[\p{L}’'.&-]+\s+){0,6}?in\s+(?:a\s+|an\s+)?(?:1[89]\d\d|20\d\d)(?:\s+interview)?\b(?![-–]|\s*(?:target|goal|plan|budget|season|election))/u;

/** A clause telling what was done to the person just named: ", 29, of Hull, was jailed", " … was shot in the chest". */
const ACTED_UPON = /^(?:(?:,[^,]*)*?,)?\s*(?:(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:\p{Ll}+ly\s+)?(?:shot|hit|killed|murdered|jailed|struck|stabbed|beaten|sentenced|charged|convicted|arrested|kidnapped|abducted|detained)\b|died\b|drowned\b)/u;
/** The same for what one survives, rescued or treated, fined or cleared, who may speak next of it in their own words. */
const SURVIVED = /^(?:(?:,[^,]*)*?,)?\s*(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:\p{Ll}+ly\s+)?(?:rescued|freed|pulled|found|taken|airlifted|treated|injured|hurt|fined|banned|disqualified|cleared)\b/u;
/** A verb whose object is the person named after it and harmed, maybe with a role between: "Officers arrested (motorist) Darren Willets, 41,". */
const HARMING_VERB_BEFORE = /\b(?:arrested|detained|charged|jailed|sentenced|convicted|killed|shot|stabbed|kidnapped|abducted)\s+(?:[a-z-]+\s+){0,2}$/;
/** The same for what one survives: "Firefighters rescued Tom Akers, 71,". */
const SURVIVING_VERB_BEFORE = /\b(?:rescued|freed|found|fined|banned|treated)\s+(?:[a-z-]+\s+){0,2}$/;

/** Words telling that someone died, unless said of a relative ("since her husband died"). */
const DIED = /(?<!\b(?:her|his|their)\s+[\p{L}-]+\s+)\b(?:killed|died|dead|drowned|murdered)\b/u;

/**
 * The verbs of speech that need what was said after them, right after the subject (and its aside): "Keiko Hallstrom, an analyst,
 * asked why …", "wrote on Chatterhouse that …" (not "pleaded guilty", "was asked to leave", "posted bail", "wrote a book").
 */
const SPEECH_WITH_CONTENT = /^(?:,\s[^,.;]{0,90},)?\s+(?:also\s+|later\s+|then\s+)?(?:asked|complained|explained|replied|responded|recalled|wrote|posted|pleaded)\b(?!\s+(?:guilty|not\s+guilty|no\s+contest|innocent|bail|(?<=(?:wrote|posted)\s+)about|to\s+(?:the\s+)?(?:squad|team|side|emergency|scene|call|fire|incident|treatment)\b|an?\s+(?:[\p{L}-]+\s+)?(?:book|novel|song|record|profit|loss|season|career|score|time|points?)\b|the\s+(?:book|report|song|novel|script)\b|\d))/u;

/** A role before a name in apposition, or a role of a body opening the sentence, with an honorific after its comma ("The programme officer of the Northern Farmers’ Voice (NFV), Mr. Emmanuel Baffour-Awuah,"). */
const ROLE_BEFORE_NAME = new RegExp(String.raw`(?:\b([\p{L}-]+)|^(?:The|A|An|Its|Their|His|Her)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+(?:of|for|at)\s+[^,;]{1,70}),\s*(?:(?:${APPOSITION_HONORIFICS})\.?\s+)?$`, 'u');

const SPEECH_ACTS = /\b(?:said|says|told|accused|critici[sz]ed|condemned|attacked|blamed|praised|defended|questioned|challenged|rejected|dismissed|welcomed|demanded|urged|called|argued|warned|insisted|announced|(?<!\b(?:in|a)\s+)(?:openly\s+|sharply\s+|fiercely\s+)?critical\s+of|read (?:out )?(?:a|the|her|his|their) (?:[\p{L}-]+ ){0,3}(?:statement|letter|message|tribute))\b/u;

/** Documents a story cites with "according to" ("a regulatory filing", "court documents"), which speak for no one named. */
/** Documents that "said" something at the end of a sentence: "…, the report said", "…, the statement said". */
const REPORT_NOUNS = new Set(['report', 'statement', 'study', 'survey', 'ruling', 'judgment', 'filing', 'memo', 'letter', 'document', 'bulletin', 'review', 'audit', 'notice', 'communique', 'communiqué', 'readout']);
const DOCUMENT_NOUNS = new Set(['decision', 'filing', 'filings', 'documents', 'document', 'records', 'papers', 'memo', 'letter', 'transcript', 'release', 'statement', 'ruling', 'indictment', 'complaint', 'lawsuit', 'poll', 'study', 'analysis']);
/** Who speaks for a person named before them in the possessive ("Dorr's office"). */
/** "Joel's family said": the family, a group of its own, not the person they speak for ("the family of X" is read with a statement). */
function kinGroup(block: TextBlock, words: Token[], mentions: ActorMention[], context: SpeakerContext): ActorDraft | undefined {
	const last = words.at(-1);
	if (!last || !KIN_GROUPS.has(last.lower)) return undefined;
	// (heading the subject, after "the" or a title at most: not "The headteacher who met Joel's parents", "A lawyer representing Joel's parents")
	const opening = words.find((word) => !/^(?:the|mr|mrs|ms|dr|prof)\.?$/i.test(word.text));
	const owner = mentions.find((m) => m.actor.kind === 'person' && m.start === opening?.start && m.end <= last.start && /^(?:['’]s?)?\s+$/.test(block.text.slice(m.end, last.start)));
	// (with the title before the name: "Mr Aldershaw-Ng’s family")
	const title = owner ? /(?:^|\s)((?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)$/.exec(block.text.slice(Math.max(0, owner.start - 6), owner.start))?.[1] : undefined;
	return owner ? context.group(block.text.slice(owner.start - (title?.length ?? 0), last.end)) : undefined;
}

/** Kin who speak as a group for the person before them: "Joel's family said". */
const KIN_GROUPS = new Set(['family', 'relatives', 'parents', 'children', 'sons', 'daughters', 'siblings']);
const SPEAKS_FOR = new Set(['office', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'campaign', 'camp', 'team']);
/** Words that take "with" themselves, so that a participle after it is no absolute clause's: "clashed with MPs insisting", "an interview
 * with the BBC saying". */
const WITH_TAKERS = new Set(['met', 'meet', 'meets', 'meeting', 'meetings', 'spoke', 'speak', 'speaks', 'speaking', 'talk', 'talks', 'talked', 'interview', 'interviews', 'statement', 'clashed', 'clash', 'clashes', 'sided', 'side', 'agreed', 'agree', 'agrees', 'joined', 'partnered', 'teamed', 'dealt', 'worked', 'cooperated', 'negotiated', 'consulted', 'communicated', 'signed', 'along', 'together', 'contact', 'touch', 'discussions', 'consultation', 'consultations', 'dialogue', 'conversation', 'call', 'agreement', 'deal', 'ties', 'relations', 'disagreed', 'argued', 'quarrelled', 'fought', 'dispute', 'row', 'standoff', 'pleaded', 'pleading', 'reasoned', 'familiar', 'angry', 'furious', 'unhappy', 'happy', 'satisfied', 'concerned']);
/** Written things that "say" without being anyone: "with placards saying", "a caption reading". */
const WRITTEN_THINGS = new Set(['report', 'reports', 'figures', 'data', 'documents', 'records', 'polls', 'surveys', 'estimates', 'rumours', 'rumors', 'placard', 'placards', 'banner', 'banners', 'sign', 'signs', 'caption', 'captions', 'slogan', 'slogans', 'poster', 'posters', 'note', 'notes', 'message', 'messages', 'headline', 'headlines', 'letter', 'letters', 'post', 'posts', 'graffiti', 'leaflets', 'leaflet']);
/** Participles that describe a role before a name, not a verb: "retired judge Sheila Abernethy-Mensah", "registered nurse Ana Ruiz". */
const ROLE_PARTICIPLES = new Set(['retired', 'registered', 'qualified', 'trained', 'licensed', 'certified', 'decorated', 'renowned', 'respected', 'celebrated', 'elected', 'appointed']);
/** A title in capitals with no name, ending in an official's word, maybe with its portfolio: "Chief Medical Officer", "Superintendent of Police". */
const SPOKEN_TITLE = /^(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Officer|Secretary|Commander|Superintendent|Director|Commissioner|Inspector|Registrar|Administrator|Coordinator|Controller|Auditor|Ombudsman|Prosecutor|Chancellor|Minister|Magistrate|Coroner|Judge|Speaker|Justice|Manager|Whip|Executive)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?$/u;

/** Written messages whose words "read" gives: "the statement read", "the letter read". */
const WRITTEN_MESSAGES = new Set(['statement', 'letter', 'message', 'note', 'release', 'notice', 'post', 'communiqué', 'communique', 'order', 'judgment', 'judgement', 'ruling']);

/** What "state" describes before it, as no verb: "state television", "state media", "the state news agency". */
const STATE_MEDIA = /^(?:television|tv|media|radio|broadcaster|news|agency|newspaper|channel|outlet|outlets|press)$/;

/** How a quotation goes on from a noun before it, not from a verb: "claims “of a cover-up”", "threats “against our members”". */
const QUOTED_NOUN_COMPLEMENT = /^(?:of|about|over|against)\b/;

/** Reporting verbs that as often take a thing as a clause: "denied the allegations", "confirmed the deal". */
const NOUN_OBJECT_LEMMAS = new Set(['deny', 'declare', 'announce', 'confirm', 'report', 'acknowledge', 'admit', 'predict', 'promise', 'threaten', 'estimate', 'stress', 'note', 'reiterate', 'maintain', 'allege', 'rule']);
const FINITE_MARKERS = new Set(['would', 'will', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'could', 'can', 'should', 'must', 'did', 'may', 'might']);
const NOUN_MARKERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose', 'no', 'any', 'every', 'each']);

/** A cue word used as a verb: "warned", not "the report" or "a claim". */
function isCueVerb(words: Token[], k: number): boolean {
	const word = words[k];
	// (a determiner right before it: "the report"; not one with a number or a comma between, "in the 1980s, says")
	const determiner = words[k - 1];
	if (word === undefined || !isCue(word) || (determiner !== undefined && NOUN_MARKERS.has(determiner.lower) && word.start - determiner.end <= 1)) return false;
	// a bare form is as often a noun ("its annual state subsidy", "a police report"): a verb after its subject ("officials state", "they say", "will report")
	const previous = words[k - 1];
	if (previous && isBareCue(word)) return BARE_CUE_SUBJECTS.has(previous.lower) || /[a-z]s$/.test(previous.lower) || previous.capitalised || placedPluralBefore(words, k);
	// (a plural noun's form after a possessive or an "according to" is the noun: "below analysts’ estimates", "according to Compact estimates")
	if (PLURAL_NOUN_CUES.has(word.lower) && (previous?.possessive || words.slice(Math.max(0, k - 4), k).some((w, j, before) => w.lower === 'according' && before[j + 1]?.lower === 'to'))) return false;
	return true;
}

/** A plural subject placed by a short phrase right before the verb: "traders in the valley say", "farmers near the dam say". */
function placedPluralBefore(words: Token[], k: number): boolean {
	for (let j = k - 2; j >= Math.max(1, k - 4); j -= 1) {
		if (PLACING_PREPOSITIONS.has(words[j]?.lower ?? '')) return /[a-z]s$/.test(words[j - 1]?.lower ?? '');
	}
	return false;
}

/** Words after which a speech verb in its bare form is a verb: pronouns, "to", modals and auxiliaries, collective nouns. */
const BARE_CUE_SUBJECTS = new Set(['they', 'we', 'i', 'you', 'who', 'which', 'that', 'to', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'do', 'does', 'did', 'not', 'also', 'still', 'often', 'people', 'police', 'staff', 'media']);

/** Whether `token` is a speech verb in its bare form ("say", "state", "report"), which is as often a noun. */
function isBareCue(token: Token | undefined): boolean {
	return token !== undefined && CUE_VERBS.get(token.lower) === token.lower;
}

/** Whether `token` introduces words: a cue ("said", "told") or a verb that names what was said ("called the plan “reckless”"). */
function introducesWords(token: Token): boolean {
	return isCue(token) || DESCRIBING_LEMMAS.has(CUE_VERBS.get(token.lower) ?? '');
}

function isCue(token: Token): boolean {
	const lemma = CUE_VERBS.get(token.lower);
	return lemma !== undefined && !DESCRIBING_LEMMAS.has(lemma) && lemma !== 'urge' && lemma !== 'agree' && lemma !== 'point' && lemma !== 'continue' && !token.capitalised;
}

/** A cue in its -ing form ("adding", "saying"), whose subject is the sentence's. */
function participle(token: Token): boolean {
	return token.lower.endsWith('ing') && token.lower !== 'according';
}

/**
 * Whether a pronoun of `gender` may stand for `actor`: a known gender must agree, and, unless `byName` is false, so must the
 * gender the given name suggests.
 */
function compatible(actor: ActorDraft, gender: 'masculine' | 'feminine' | undefined, byName = true): boolean {
	const known = actor.gender ?? (byName ? actor.nameGender : undefined);
	return !known || !gender || known === gender;
}

/** The gender a pronoun tells ("he", "her"), if any. */
function pronounGender(pronoun: string): 'masculine' | 'feminine' | undefined {
	return PRONOUNS.masculine.has(pronoun) ? 'masculine' : PRONOUNS.feminine.has(pronoun) ? 'feminine' : undefined;
}

function isThirdPersonPronoun(token: Token): boolean {
	return token.lower === 'he' || token.lower === 'she' || token.lower === 'they' || token.lower === 'it';
}

/** The platform of an opening phrase such as "In a post on Facebook, …" or "In a video on YouTube, …". */
function channelOpening(text: string): string | null {
	return /^(?:In|On)\s+(?:a|an|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:post|video|message|statement|broadcast|tweet|livestream)\s+on\s+(\p{Lu}[\p{L}\d.]*(?:\s+\p{Lu}[\p{L}\d.]*)*)/u.exec(text)?.[1] ?? null;
}

/** The channel of the cue a participle follows: "X wrote on Telegram, adding that …" adds on Telegram. */
function mainChannel(block: TextBlock, words: Token[], participleIndex: number): string | null {
	const before = words.slice(0, participleIndex);
	const main = before.findLastIndex((_word, j) => isCueVerb(before, j));
	return main === -1 ? null : channelAfter(block, before, main);
}

/** Where a platform's name begins after "on" and a description of it ("the social platform Chatterhouse", "the messaging app Kwill"), else `at`. */
function describedPlatform(words: Token[], at: number): number {
	if (!/^(?:the|his|her|its|their)$/.test(words[at]?.lower ?? '')) return at;
	for (let j = at + 1; j <= at + 3; j += 1) {
		const word = words[j];
		if (!word || word.capitalised) return at;
		if (PLATFORM_NOUNS.has(word.lower)) return words[j + 1]?.capitalised ? j + 1 : at;
	}
	return at;
}

/** "wrote on X", "posted on Telegram", "said in a post on Facebook", "wrote on his Harbour Talk network". */
function channelAfter(block: TextBlock, words: Token[], verbIndex: number): string | null {
	for (let k = verbIndex + 1; k < Math.min(words.length, verbIndex + 8); k += 1) {
		if (words[k]?.lower !== 'on') continue;
		let j = describedPlatform(words, k + 1);
		while (words[j] && (FUNCTION_WORDS.has(words[j]?.lower ?? '') && !words[j]?.capitalised)) j += 1;
		const start = j;
		while (words[j]?.capitalised && !WEEKDAYS.has(words[j]?.lower ?? '') && !MONTHS.has(words[j]?.lower ?? '')) j += 1;
		const firstWord = words[start];
		const lastWord = words[j - 1];
		if (j > start && firstWord && lastWord && (j === words.length || !words[j] || PLATFORM_NOUNS.has(words[j]?.lower ?? '') || !words[j]?.capitalised)) {
			return block.text.slice(firstWord.start, lastWord.end);
		}
	}
	return null;
}

/** Reported speech: a cue verb with a reported clause ("said it was ready", "saying …", "suggested X would …"), and "…, according to X". */
function findIndirect(block: TextBlock, sentence: SentenceSpan, marks: QuoteMarks[], actors: ActorIndex, context: SpeakerContext): QuoteDraft[] {
	const found: QuoteDraft[] = [];
	const inside = (offset: number) => marks.some((m) => offset >= m.open && offset <= (m.close === -1 ? block.text.length : m.close));
	{
		if (inside(sentence.start) && inside(sentence.end - 1)) return found;
		const words = tokensIn(block, sentence.start, sentence.end).filter((t) => t.kind === 'word');
		// "…, according to the relief office, which said it was flying tents": a cue after the source is a second quote
		const according = accordingTo(block, words, sentence, marks, actors, context);
		if (according) found.push(according);
		const trailing = according ? undefined : trailingAttribution(block, words, sentence, marks, actors, context);
		if (trailing) return [trailing, ...participleAfter(block, words, trailing, sentence, marks, inside)];
		// "adding", "saying": the subject of the sentence, which a quotation before it does not hold
		// (`“The pipes are old,” Brenn said, adding that …` is Brenn's, not the pipes')
		const outside = words.filter((t) => !inside(t.start));
		for (let k = 0; k < words.length; k += 1) {
			const verb = words[k];
			// (", ruling that …": a court's ruling reported after its main verb; "the ruling party", "a court ruling that" are nouns)
			const ruling = verb?.lower === 'ruling' && words[k + 1]?.lower === 'that' && /,\s*$/.test(block.text.slice(words[k - 1]?.end ?? 0, verb.start));
			if (!verb || inside(verb.start) || (!isCueVerb(words, k) && !ruling) || attributesDirectQuote(block, marks, verb)) continue;
			// a cue inside what someone is reported to have said is part of it ("X said the minister had promised that …"):
			// the minister is named in X's words, not speaking in the story
			// (", while Velmora insists it never left the lane" is a second speaker's, set against the first)
			if (found.some((quote) => verb.start >= quote.start && verb.end <= quote.end && !/,\s+(?:while|whereas|but)\s/.test(block.text.slice(quote.start, verb.start)))) continue;
			const lemma = ruling ? 'rule' : (CUE_VERBS.get(verb.lower) ?? '');
			if (!REPORTING_LEMMAS.has(lemma)) continue;
			// "did not say whether …", "declined to say when …": what was not said is no one's words
			if (/^(?:not|never|n['’]t)$/.test(words[k - 1]?.lower ?? '') || /^(?:didn['’]t|won['’]t|wouldn['’]t|couldn['’]t)$/.test(words[k - 1]?.lower ?? '') || (words[k - 1]?.lower === 'to' && /^(?:declined|refused|failed|unable|reluctant)$/.test(words[k - 2]?.lower ?? ''))) continue;
			const clause = reportedClause(block, words, k, sentence, marks);
			if (!clause) {
				found.push(...clausesAfterPartialQuote(block, words, k, sentence, marks, actors, context, outside));
				// what follows the cue is reported all the same ("said Farah, who drove for a firm, was unarmed and “never had a chance”"):
				// a name in it is no subject of the narrative for a pronoun after it
				context.reportedWords(block.index, verb.end, sentence.end);
				continue;
			}
			const speaker = participle(verb) ? subjectBefore(block, outside, outside.indexOf(verb), actors, context) : subjectBefore(block, words, k, actors, context);
			// "The communiqué said …": a document speaks for no one named, and what it says is still reported
			// and "A diplomat who asked not to be named said …": a source the story keeps anonymous
			if (!speaker && !documentSubject(words, k) && !ANONYMOUS_SOURCE.test(block.text.slice(sentence.start, verb.start))) continue;
			// "wrote on Telegram that …", "said in a post on X that …", "In a post on Facebook, X wrote that …"
			const channel = channelAfter(block, words.filter((t) => t.end <= clause.start), k) ?? channelOpening(block.text.slice(sentence.start, verb.start)) ?? (participle(verb) ? mainChannel(block, outside, outside.indexOf(verb)) : null);
			found.push({ kind: 'indirect', block: block.index, start: clause.start, end: clause.end, speaker: speaker ?? null, cue: verb.text, channel, open: false });
			// "said that X, and that Y": a second clause of the same cue
			for (const next of clausesAfterAndThat(block, words, clause, sentence, marks)) found.push({ kind: 'indirect', block: block.index, start: next.start, end: next.end, speaker: speaker ?? null, cue: verb.text, channel, open: false });
			if (speaker) context.spoke(speaker);
			context.spokeThrough(speaker, words.slice(0, k));
		}
	}
	return found;
}

/**
 * "told reporters the drones had hit “a legitimate target” and that forces had opened fire first":
 * the reported clause holds a partial quotation (only the quoted words are the speaker's, as a
 * direct quote), and the clauses after it with "and that …" are reported speech of the same cue.
 */
function clausesAfterPartialQuote(block: TextBlock, words: Token[], k: number, sentence: SentenceSpan, marks: QuoteMarks[], actors: ActorIndex, context: SpeakerContext, outside: Token[]): QuoteDraft[] {
	const verb = words[k];
	if (!verb) return [];
	const mark = marks.find((m) => m.open > verb.end && m.close !== -1 && m.close < sentence.end && !/[.!?;:]/.test(block.text.slice(verb.end, m.open)));
	if (!mark) return [];
	const clauses = clausesAfterAndThat(block, words, { start: mark.open, end: mark.close + 1 }, sentence, marks);
	if (clauses.length === 0) return [];
	const speaker = participle(verb) ? subjectBefore(block, outside, outside.indexOf(verb), actors, context) : subjectBefore(block, words, k, actors, context);
	if (!speaker) return [];
	return clauses.map((clause) => ({ kind: 'indirect', block: block.index, start: clause.start, end: clause.end, speaker, cue: verb.text, channel: null, open: false }));
}

/** Whether the subject of the cue at `k` is a document ("The communiqué said", "the report found"): "the" and a document's noun right before it. */
function documentSubject(words: Token[], k: number): boolean {
	const noun = words[k - 1]?.lower ?? '';
	return /^(?:the|a|an|its|their)$/.test(words[k - 2]?.lower ?? '') && (DOCUMENT_NOUNS.has(noun) || DATA_NOUNS.has(noun) || noun === 'communiqué' || noun === 'communique');
}

/** The clauses that follow a reported clause as "and that …" ("said drones had struck a depot, and that artillery had hit a school"). */
function clausesAfterAndThat(block: TextBlock, words: Token[], clause: { start: number; end: number }, sentence: SentenceSpan, marks: QuoteMarks[]): Array<{ start: number; end: number }> {
	const clauses: Array<{ start: number; end: number }> = [];
	for (let last = clause; clauses.length < 3; ) {
		if (!/^[.,;]?\s+(?:and|but)\s+that\s/.test(block.text.slice(last.end, last.end + 12))) break;
		const and = words.findIndex((w) => w.start >= last.end && (w.lower === 'and' || w.lower === 'but'));
		const next = and === -1 ? undefined : reportedClause(block, words, and, sentence, marks);
		if (!next) break;
		clauses.push(next);
		last = next;
	}
	return clauses;
}

/**
 * "…, the ministry said on Wednesday, warning that cases were still rising": the clause of a
 * participle after a trailing attribution is the same speaker's.
 */
function participleAfter(block: TextBlock, words: Token[], trailing: QuoteDraft, sentence: SentenceSpan, marks: QuoteMarks[], inside: (offset: number) => boolean): QuoteDraft[] {
	const k = words.findIndex((verb, j) => verb.start > trailing.end && participle(verb) && !inside(verb.start) && isCueVerb(words, j) && REPORTING_LEMMAS.has(CUE_VERBS.get(verb.lower) ?? ''));
	const verb = words[k];
	const clause = verb ? reportedClause(block, words, k, sentence, marks) : undefined;
	return verb && clause ? [{ kind: 'indirect', block: block.index, start: clause.start, end: clause.end, speaker: trailing.speaker, cue: verb.text, channel: null, open: false }] : [];
}

/** True when `verb` is the attribution of a direct quote closing just before it (`,” said the mayor`). */
function attributesDirectQuote(block: TextBlock, marks: QuoteMarks[], verb: Token): boolean {
	return marks.some((mark) => {
		if (mark.close === -1 || mark.close >= verb.start || verb.start - mark.close > 80) return false;
		const between = block.text.slice(mark.close + 1, verb.start);
		const endsQuotedSentence = /[,.!?]$/.test(block.text.slice(mark.innerStart, mark.innerEnd)) || between.startsWith(',');
		// in `,” she said, adding that …` the quote has its cue already, and "adding" reports more
		const cueBefore = between.split(/[^\p{L}]+/u).some((word) => CUE_VERBS.has(word.toLowerCase()));
		// a quotation ending its sentence with a full stop after a cue of its own (`X wrote that … “…” He argued …`) is attributed already
		const opening = sentenceAt(block, mark.open);
		const attributedBefore = /\.$/.test(block.text.slice(mark.innerStart, mark.innerEnd).trimEnd()) && opening !== undefined && block.text.slice(opening.start, mark.open).split(/[^\p{L}]+/u).some((word) => CUE_VERBS.has(word.toLowerCase()));
		return endsQuotedSentence && !cueBefore && !attributedBefore && !/[.!?]\s|\b(?:and|but)\b/.test(between);
	});
}

/** Reported speech before its attribution: "At least nine people have died, the ministry said." */
function trailingAttribution(block: TextBlock, words: Token[], sentence: SentenceSpan, marks: QuoteMarks[], actors: ActorIndex, context: SpeakerContext): QuoteDraft | undefined {
	for (let at = block.text.indexOf(',', sentence.start); at !== -1 && at < sentence.end; at = block.text.indexOf(',', at + 1)) {
		// (a thousands separator ends nothing: "one of more than 3,000 pages disclosed in a lawsuit")
		if (/\d/.test(block.text[at - 1] ?? '') && /\d/.test(block.text[at + 1] ?? '')) continue;
		// a short opening ("In Brennmoor, the mayor said …") is no speech unless it has a verb ("The quay is safe, Varga insisted")
		if (at - sentence.start < 20 && !hasVerb(words.filter((t) => t.end <= at))) continue;
		const next = block.text.indexOf(',', at + 1);
		const segmentEnd = next === -1 || next > sentence.end ? sentence.end : next;
		const found = attributionAt(block, words, sentence, at, segmentEnd, marks, actors, context);
		if (found) return found;
	}
	const apposition = appositionAttribution(block, words, sentence, marks, actors, context);
	if (apposition) return apposition;
	// "…, his daughter, Rosa Mbatha-Lund, said in a statement": a role and a name in apposition before the verb, over commas of their own
	for (const { at, second, segmentEnd } of appositionCommas(block, sentence)) {
		const role = words.filter((t) => t.start > at && t.end <= second);
		// only a role in apposition: "his daughter", "the company's spokeswoman"
		if (role.length === 0 || role.length > 5 || !ROLE_NOUNS.has(role.at(-1)?.lower ?? '')) continue;
		const found = attributionAt(block, words, sentence, at, segmentEnd, marks, actors, context, { nameAfterRole: true });
		if (found) return found;
	}
	return undefined;
}

/**
 * "…, Ines Barrowclough, head of the Corsaval Tourism Council, said on Friday": a person's name, then what they are (up to three
 * commas: an age, where from, a role: "…, Priya Dunsmore, 44, a council engineer, said"), before the verb; only after a clause of its
 * own, not an opening phrase ("In a letter to shareholders last week, Oskar Vellani, the chief executive, admitted mistakes", "Weeks
 * before he died, Tomas Brenner, a friend, told the Courier").
 */
function appositionAttribution(block: TextBlock, words: Token[], sentence: SentenceSpan, marks: QuoteMarks[], actors: ActorIndex, context: SpeakerContext): QuoteDraft | undefined {
	const firstComma = block.text.indexOf(',', sentence.start);
	const opening = words.filter((t) => t.start >= sentence.start && t.end <= firstComma);
	// (an opening phrase: no verb of its own, or a subordinate clause, or a time counted before or after something; not "At least 14
	// people were killed", "Since January the town has lost 200 jobs")
	const openingPhrase = !clauseHasVerb(opening) || OPENING_CLAUSE_WORDS.has(opening[0]?.lower ?? '') || /^(?:[\p{L}\d]+\s+){1,2}(?:before|after|later|earlier|ago)\b/iu.test(block.text.slice(sentence.start, firstComma).trim());
	for (const { at, second, third } of appositionCommas(block, sentence)) {
		if ((at === firstComma && openingPhrase) || !clauseHasVerb(words.filter((t) => t.start >= sentence.start && t.end <= at))) continue;
		if (!namesPersonAlone(block, words.filter((t) => t.start > at && t.end <= second), actors)) continue;
		for (let asideEnd = third, segments = 1; segments <= 3 && asideEnd !== -1 && asideEnd < sentence.end; segments += 1) {
			const aside = words.filter((t) => t.start > second && t.end <= asideEnd);
			const asideText = block.text.slice(second + 1, asideEnd);
			const lastSegment = words.filter((t) => t.start > block.text.lastIndexOf(',', asideEnd - 1) && t.end <= asideEnd);
			// (a name alone in a segment is a list of people, or the speaker a role before it introduces: "…, the club's manager, Ole
			// Brandt, said"; a person inside a description is not: "…, Fionnuala Keary, a spokeswoman for Mayor Declan Roche, said")
			if (!/[\p{L}\p{N}]/u.test(asideText) || aside.length > 16 || /[“”"]/.test(asideText) || (lastSegment.length > 0 && namesPersonAlone(block, lastSegment, actors) && lastSegment.every((t) => t.capitalised))) break;
			const next = block.text.indexOf(',', asideEnd + 1);
			const segmentEnd = next === -1 || next > sentence.end ? sentence.end : next;
			// the verb comes straight after the apposition and ends the attribution ("…, said the first crews arrived at 4.11am" reports
			// what follows), with no object after it ("denied the allegations", "said nothing"; "said outside court", "told reporters" are
			// where and to whom)
			const after = words.filter((t) => t.start > asideEnd && t.end <= segmentEnd);
			const [verb, following] = after;
			if (verb && isCue(verb)) {
				if (hasVerb(after.slice(1)) || (following && CUE_VERBS.get(verb.lower) !== 'tell' && VERB_OBJECT.test(following.lower))) break;
				const found = attributionAt(block, words, sentence, at, segmentEnd, marks, actors, context, { aside: { start: second, end: asideEnd } });
				if (found) return found;
				break;
			}
			asideEnd = next;
		}
	}
	return undefined;
}

/**
 * Words that open a sentence with a clause or phrase before the main one: a subordinator ("When the fire broke out, …", "Although …,
 * …"), a participle ("Asked whether …,", "Speaking on Friday,") or a preposition of manner ("Like his father before him, …").
 */
const OPENING_CLAUSE_WORDS = new Set(['when', 'while', 'whilst', 'as', 'if', 'once', 'because', 'although', 'though', 'unless', 'whereas', 'until', 'asked', 'speaking', 'addressing', 'writing', 'like', 'unlike', 'despite']);
/** What opens a verb's object, after which a verb is no attribution: "denied the allegations", "said nothing", "admitted mistakes". */
const VERB_OBJECT = /^(?:the|a|an|his|her|their|its|these|those|him|them|it|nothing|little|so|no|yes|some|any|all|mistakes?|defeat|errors?|fault|responsibility|guilt)$/;

/**
 * Whether `words` hold a finite verb: an auxiliary, a past form, a negated modal ("cannot"), a verb in the present after its subject
 * ("Tarsen needs more doctors", "Fourteen people remain in hospital").
 */
function clauseHasVerb(words: Token[]): boolean {
	if (hasVerb(words) || words.some((t) => /^(?:cannot|can't|won't|don't|doesn't|isn't|aren't|wasn't|weren't|can|must|may|might)$/.test(t.lower.replace(/’/g, "'")))) return true;
	return words.some((t, k) => {
		const subject = words[k - 1];
		if (k === 0 || t.capitalised || FUNCTION_WORDS.has(t.lower) || !subject || FUNCTION_WORDS.has(subject.lower) || subject.possessive || NOT_PRESENT_VERBS.test(t.lower)) return false;
		// ("needs" after a name or a noun; "remain" after a plural: "people", "residents")
		return /[a-z][^s]s$/.test(t.lower) || isPluralSubjectAndVerb(subject, t);
	});
}

/** Words ending like a verb in the present that are none: plural time words, "his", "this", "news". */
const NOT_PRESENT_VERBS = /^(?:years|months|weeks|days|hours|minutes|seconds|times|decades|his|its|this|thus|plus|news|bus|gas|perhaps|various|previous|serious|famous|always|towards|afterwards|across|unless)$/;

/**
 * The commas of "REPORTED, A, B, said …" in a sentence, for each comma `at` that may end the reported words (20 characters in
 * or more): the two commas after it (`second`, `third`), and where the attribution may run to (`segmentEnd`: the next comma or
 * the sentence's end).
 */
function* appositionCommas(block: TextBlock, sentence: SentenceSpan): Generator<{ at: number; second: number; third: number; segmentEnd: number }> {
	for (let at = block.text.indexOf(',', sentence.start); at !== -1 && at < sentence.end; at = block.text.indexOf(',', at + 1)) {
		if (at - sentence.start < 20) continue;
		const second = block.text.indexOf(',', at + 1);
		const third = second === -1 ? -1 : block.text.indexOf(',', second + 1);
		if (second === -1 || third === -1 || third > sentence.end) return;
		const fourth = block.text.indexOf(',', third + 1);
		yield { at, second, third, segmentEnd: fourth === -1 || fourth > sentence.end ? sentence.end : fourth };
	}
}

/** Whether `words` are one person's name, with at most a title or a role before it ("the Rt Rev. Mary Dunn", "Mayor Ana Ruiz"). */
function namesPersonAlone(block: TextBlock, words: Token[], actors: ActorIndex): boolean {
	const last = words.at(-1);
	const mentions = mentionsIn(block, words, actors).filter((m) => m.form !== 'modifier');
	const person = mentions.at(-1);
	if (!last || mentions.length !== 1 || person?.actor.kind !== 'person' || person.end !== last.end) return false;
	return words.filter((t) => t.end <= person.start).length <= 4;
}

/**
 * The attribution after the reported words that end at `lastComma`, read up to `commaEnd`. In `shape`, `aside` is a speaker's
 * apposition between commas of its own, left out ("…, Ines Marrow, head of the board, said"); `nameAfterRole` says that a role and
 * then the name stand before the verb, so the last person named speaks ("…, the party’s National Youth Organiser, Madam Abena Kusi,
 * said"), where otherwise the first does ("…, Hanne Rostad and Dilys Aberfan said").
 */
function attributionAt(block: TextBlock, words: Token[], sentence: SentenceSpan, lastComma: number, commaEnd: number, marks: QuoteMarks[], actors: ActorIndex, context: SpeakerContext, shape: { aside?: { start: number; end: number }; nameAfterRole?: boolean } = {}): QuoteDraft | undefined {
	const { aside } = shape;
	const outside = (t: Token) => !aside || t.end <= aside.start || t.start >= aside.end;
	// "…, the company said Tuesday as it reported a loss": the attribution ends where a clause of its own begins
	const cue = words.find((t) => t.start > lastComma && t.end <= commaEnd && outside(t) && isCue(t));
	const subordinate = cue ? words.find((t) => t.start > cue.end && t.end <= commaEnd && t.start - cue.end < 30 && ATTRIBUTION_ENDS.has(t.lower)) : undefined;
	const segmentEnd = subordinate ? subordinate.start : commaEnd;
	const all = words.filter((t) => t.start > lastComma && t.end <= segmentEnd && outside(t));
	// a name counts as one word, and its acronym in brackets as none: "…, the Directorate of Civil Protection and Rescue (DCPR) said early Wednesday"
	const names = mentionsIn(block, all, actors);
	const tail = all.filter((t, j) => !/\($/.test(block.text.slice(all[j - 1]?.end ?? t.start, t.start)) && !names.some((m) => t.start > m.start && t.end <= m.end));
	// ("…, Governor Ana Ruiz told reporters at the bank’s headquarters in Buenos Aires on Thursday morning": "told" takes its
	// hearers and where and when, a longer tail)
	const telling = tail.some((t) => CUE_VERBS.get(t.lower) === 'tell');
	if (tail.length === 0) return undefined;
	// ("…, state Rep. Lorenzo Quintanilla, who …": "state" before a title is no verb; ", officials tell NBC News" is one)
	// ("…, the state statistics office said": "state" after an article is a noun's modifier too)
	// (and a cue word after an article or a possessive is a noun: "…, the report said", "…, the ministry's statement said")
	const nounAfter = (t: Token) => {
		const before = all[all.indexOf(t) - 1];
		// (not "her" or "this", which are as often pronouns: "a teacher who taught her said", "a diplomat briefed on this said")
		return /^(?:the|a|an|its|his|their|our)$/.test(before?.lower ?? '') || (before?.possessive === true && !before.capitalised);
	};
	const verbIndex = tail.findIndex((t, j) => isCue(t) && REPORTING_LEMMAS.has(CUE_VERBS.get(t.lower) ?? '') && !nounAfter(t) && !(t.lower === 'state' && tail[j + 1]?.capitalised));
	if (verbIndex === -1) return undefined;
	// ("…, the Accident Board said on Thursday in its final report on the accident", "…, the committee said in a statement carried by
	// the state news agency": after the subject and its verb, phrases that open with a preposition and hold no clause may run longer,
	// after a clause of its own)
	const phrases = verbIndex > 0 && prepositionalPhrases(tail.slice(verbIndex + 1)) && !openingPhraseOnly(block, words.filter((t) => t.start >= sentence.start && t.end <= lastComma));
	if (tail.length > (telling ? 15 : phrases ? 19 : 11)) return undefined;
	const verb = tail[verbIndex];
	// "…, said the landlord, Calder Row Properties, told the family …": a verb after the segment makes it a subject, not an attribution
	// (a relative clause after it may have one: "…, said Tomas Ekwueme, who chairs the union")
	if (verbIndex === 0) {
		const rest = words.filter((t) => t.start >= segmentEnd && t.end <= sentence.end);
		const relative = rest.findIndex((t) => /^(?:who|which|whose|that|where|when)$/.test(t.lower) || ATTRIBUTION_ENDS.has(t.lower) || participle(t));
		// (right after a comma, as a subject's verb comes after its appositive; "Tom Reed, a lawyer hired by the family" has a participle)
		const main = rest.findIndex((t, j) => (FINITE_MARKERS.has(t.lower) || isPastVerb(t, rest[j - 1])) && /,\s*$/.test(block.text.slice(rest[j - 1]?.end ?? segmentEnd, t.start)));
		if (main !== -1 && (relative === -1 || main < relative)) return undefined;
	}
	if (!verb) return undefined;
	// ("…, it recalled 30,000 folding stools": a recall of goods, with its object)
	if (CUE_VERBS.get(verb.lower) === 'recall' && verbIndex > 0 && /^\s+(?![\p{L}]+ly\b)[\p{L}\p{N}]/u.test(block.text.slice(verb.end, verb.end + 20))) return undefined;
	// "X, a Republican from Medlock County, told reporters …": the words after "told" are its object, never an inverted subject
	if (verbIndex === 0 && CUE_VERBS.get(verb.lower) === 'tell') return undefined;
	// what follows the verb may only be its subject or a short adverbial: "…, the ministry said on Friday."
	// (longer for an office named by its holder's title: "…, the office of the Chief Electoral Officer said")
	const office = /^(?:the\s+)?(?:office|secretariat|bureau)\s+of\b/i.test(block.text.slice(tail[0]?.start ?? 0, verb.start));
	// (and for people of a place: "…, prosecutors in the southern city of Calmaro said")
	const placed = verbIndex > 1 && PLACING_PREPOSITIONS.has(tail[1]?.lower ?? '') && tail[1]?.lower !== 'of' && (isGroupWord(tail[0]?.text ?? '') || /[a-z]s$/.test(tail[0]?.lower ?? ''));
	if (verbIndex > (office || placed ? 10 : 6)) return undefined;
	const afterVerb = block.text.slice(verb.end, segmentEnd);
	// ("…, the OTSB said in a final report in April": prepositional phrases after the verb)
	if (/[:“"]/.test(afterVerb) || tail.length - verbIndex > (telling ? 12 : phrases ? 15 : 8)) return undefined;
	// "…, while the ministry said it struck 30 targets": a second speaker set against the first, not the first one's attribution
	if (verbIndex > 0 && CONTRASTING.has(all[0]?.lower ?? '')) return undefined;
	// "…, in results announced at 4am on Sunday": a phrase after a preposition is no subject
	if (verbIndex > 0 && PHRASE_PREPOSITIONS.has(all[0]?.lower ?? '')) return undefined;
	// "…, a deal first announced two years ago": after "a" and a noun, a past form other than "said" or "told" describes the noun
	// (a person's noun still speaks: "…, a police spokesman confirmed", "…, an official insisted")
	const described = tail.slice(0, verbIndex).filter((t) => !/ly$/.test(t.lower) && t.lower !== 'first').at(-1)?.lower ?? '';
	if (verbIndex > 0 && /^(?:a|an)$/.test(all[0]?.lower ?? '') && !/^(?:say|tell|add)$/.test(CUE_VERBS.get(verb.lower) ?? '') && !ROLE_NOUNS.has(described) && !isGroupWord(described) && !/^(?:spokes|source|witness)/.test(described)) return undefined;
	const verbAt = all.indexOf(verb);
	const subjectWords = verbIndex > 0 ? all.slice(0, verbAt) : all.slice(verbAt + 1);
	// ("…, wrote on Threadly, a social platform, earlier this month:": where it was written, no inverted subject)
	if (verbIndex === 0 && PHRASE_PREPOSITIONS.has(subjectWords[0]?.lower ?? '')) return undefined;
	// "…, said the mayor" names a subject and "…, the mayor said on Friday" ends with an adverbial;
	// in "Ada Nakamura, a spokeswoman, said the budget would rise" and "Speaking on Tuesday, Selk said
	// the clinic would close" a clause follows the verb, and the attribution is not trailing
	const afterSubject = verbIndex === 0 ? subjectWords : all.slice(verbAt + 1);
	// (and in "Kilbride, who taught there, says the pool shaped the town" a clause with a verb of its own)
	if (afterSubject.some((t, j) => FINITE_MARKERS.has(t.lower) || t.lower === 'that' || (verbIndex === 0 && j > 0 && isPastVerb(t, afterSubject[j - 1])))) return undefined;
	const mentions = mentionsIn(block, subjectWords, actors).filter((m) => m.form !== 'modifier');
	// "…, she said", and "…, her office said" (the person speaks through their office or spokesperson)
	const pronoun = subjectWords.length === 1 && subjectWords[0] && isThirdPersonPronoun(subjectWords[0]) ? subjectWords[0] : speakingThrough(subjectWords);
	// "…, said the union's leader, Tomas Ekwueme": the name after the role
	const named = verbIndex === 0 ? appositiveName(block, words, words.findIndex((t) => t.start >= segmentEnd), subjectWords, actors) : undefined;
	// "…, reported a loss": after such a verb, only a name or a pronoun is its subject ("…, reported the Ostvik Herald")
	const unnamedAllowed = verbIndex > 0 || !NOUN_OBJECT_LEMMAS.has(CUE_VERBS.get(verb.lower) ?? '');
	// ("…, the report said", "…, the statement said": a document reports for no one the story names)
	const document = verbIndex > 0 && subjectWords.length <= 3 && /^(?:the|a|an|its|their)$/.test(subjectWords[0]?.lower ?? '') && REPORT_NOUNS.has(subjectWords.at(-1)?.lower ?? '');
	// (but not a possessor: "…, Ana Velarde's husband Tomas Brenner said" is his)
	const person = shape.nameAfterRole ? mentions.findLast((m) => m.actor.kind === 'person') : (mentions.find((m) => m.actor.kind === 'person' && !isPossessiveMention(block, m)) ?? mentions.find((m) => m.actor.kind === 'person'));
	// ("…, prosecutors in Calmaro said": the people of the place, not the place)
	const located = verbIndex > 0 && !person && mentions.some((m) => m.actor.kind === 'place') ? peopleOfPlace(block, subjectWords, mentions, actors, context) : undefined;
	const speaker = person?.actor ?? named ?? located ?? mentions[0]?.actor ?? (pronoun ? context.resolve(pronoun.lower, { block: block.index, start: pronoun.start }) : unnamedAllowed && !document ? groupSubject(block, subjectWords, actors, context) : undefined);
	if (!speaker && !document) return undefined;
	let end = lastComma;
	// a dateline opening the sentence is not part of what was said
	const start = storyPart(block, sentence).start;
	end = trimmedEnd(block.text, start, end, /[\s.,;:!?”"’]/);
	const reported = words.filter((t) => t.start >= start && t.end <= end);
	// (a name and an age, "Dolores Aguayo-Kinney, 64, said she …", is the subject, not what was said)
	// (nor is a role and a name in apposition before the verb: "The family’s attorney, Marisol Echeverría, said Farah …")
	const endsWithName = mentionsIn(block, reported, actors).some((m) => m.end >= end && m.form === 'name');
	if (end - start < 8 || ((end - start < 20 || (endsWithName && reported.length <= 8)) && !clauseHasVerb(reported)) || reported.every((t) => t.capitalised || t.kind === 'number') || marks.some((m) => m.open < lastComma && (m.close === -1 ? block.text.length : m.close) > start)) return undefined;
	if (speaker) context.spoke(speaker);
	return { kind: 'indirect', block: block.index, start, end, speaker: speaker ?? null, cue: verb.text, channel: null, open: false };
}

/**
 * Whether the words before an attribution's comma are an opening phrase with no clause of their own, which the reported words would
 * be: "Asked about the delays, the spokeswoman said in an email on Friday …", "In a statement late on Tuesday, the company said in
 * response to …", "Defending the decision, …". A participle counts only with its own phrase, not a gerund subject with its verb
 * ("Shipping from the port resumed on Friday, …"); over an opening clause, the clause after its comma does ("When the plant reopens,
 * it will hire 200 people, …").
 */
function openingPhraseOnly(block: TextBlock, before: Token[]): boolean {
	const participleOpening = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(before[0]?.text ?? '') && (PHRASE_PREPOSITIONS.has(before[1]?.lower ?? '') || NOUN_MARKERS.has(before[1]?.lower ?? '')) && !clauseHasVerb(before.slice(2));
	if (!OPENING_CLAUSE_WORDS.has(before[0]?.lower ?? '') && !participleOpening) return !clauseHasVerb(before);
	const firstComma = before.findIndex((t, j) => j > 0 && /,\s*$/.test(block.text.slice(before[j - 1]?.end ?? t.start, t.start)));
	return firstComma === -1 || !clauseHasVerb(before.slice(firstComma));
}

/**
 * Whether `words` are phrases that open with a preposition, with no clause of their own ("on Thursday in its final report"): no
 * auxiliary, relative or subject pronoun, and no past form but a participle that describes a noun ("a statement carried by the
 * agency", "an update released at the launch"; not "in an email on Friday production resumed").
 */
function prepositionalPhrases(words: Token[]): boolean {
	// (a participle after a noun its determiner opens describes it: "in a statement carried by", "in a blog post published shortly after")
	const describing = (j: number) => words[j + 1]?.lower === 'by' || words.slice(Math.max(0, j - 3), j - 1).some((t) => /^(?:a|an|the|its|their|his|her)$/.test(t.lower));
	return PHRASE_PREPOSITIONS.has(words[0]?.lower ?? '') && !words.some((t, j) => FINITE_MARKERS.has(t.lower) || RELATIVES_AND_SUBJECTS.has(t.lower) || (j > 0 && isPastVerb(t, words[j - 1]) && !describing(j)));
}

/** Words that open a clause of their own inside phrases: relative pronouns and subject pronouns. */
const RELATIVES_AND_SUBJECTS = new Set(['that', 'which', 'who', 'whom', 'whose', 'it', 'he', 'she', 'they', 'we', 'i']);

/** Where reported words end once the punctuation after them is cut, keeping the stop of "a.m." and "p.m." ("shortly after 9 a.m."). */
function trimmedEnd(text: string, start: number, end: number, cut: RegExp): number {
	let at = end;
	while (at > start && cut.test(text[at - 1] ?? '')) at -= 1;
	return /\b[ap]\.m$/i.test(text.slice(Math.max(start, at - 4), at)) && text[at] === '.' ? at + 1 : at;
}

/**
 * Who speaks through the source after "according to" (`words` start after its "to"): a person or body named there, the body a
 * possessive or a data noun names ("according to ministry figures"), a group ("according to residents"); `null` for a document no
 * one in the story speaks for ("according to court records"); undefined when it is none of these. `source` is the source's words.
 */
function accordingSource(block: TextBlock, words: Token[], actors: ActorIndex, context: SpeakerContext): { speaker: ActorDraft | null; source: Token[] } | undefined {
	const written = upToComma(block, words);
	// "a report published on Thursday", "a poll of economists taken last week": the source ends where a participle describes it
	const described = written.findIndex((t, k) => k > 0 && isPastVerb(t, written[k - 1]));
	const source = described === -1 ? written : written.slice(0, described);
	// (who published it still speaks: "a study published on Wednesday by the Andean Institute")
	const mentions = mentionsIn(block, written, actors).filter((m) => m.form !== 'modifier');
	// "according to its annual report": the organisation the sentence names before
	const owner = source[0] && /^(?:its|their)$/.test(source[0].lower) ? lastOrganisationBefore(actors, block.index, source[0].start) : undefined;
	// "according to the ministry's figures", "according to ministry figures": the ministry the story named, a group when it named none
	const head = source.at(-1);
	const modifier = source.at(-2);
	const possessor = source.find((t) => t.possessive && !t.capitalised) ?? (head && DATA_NOUNS.has(head.lower) && modifier && !FUNCTION_WORDS.has(modifier.lower) ? modifier : undefined);
	const organisation = possessor ? spokespersonFor(possessor, lastOrganisationBefore(actors, block.index, possessor.start), context) : undefined;
	// "according to a regulatory filing", "according to court records", "according to a poll of economists": a document no one in the story speaks for
	const preposition = source.findIndex((t, k) => k > 0 && /^(?:of|by|from|in|on|for)$/.test(t.lower));
	const documentHead = (preposition === -1 ? source : source.slice(0, preposition)).at(-1)?.lower ?? '';
	const document = DOCUMENT_NOUNS.has(documentHead) || DATA_NOUNS.has(documentHead);
	// ("according to Downwatch, a website that tracks outages": one capitalised word no one is known by is a body's name)
	// (not a person: "according to Marguerite, a farmer who …", "according to Holt, who opened the shop", "according to Mum")
	const sourceWord = source.length === 1 ? source[0] : undefined;
	const personAfter = sourceWord ? /^,\s+(?:who\b|(?:a|an|the)\s+(?!(?:website|company|firm|group|agency|platform|service|tracker|network|charity|organi[sz]ation|union|database|consultancy|research)\b))/i.test(block.text.slice(sourceWord.end, sourceWord.end + 40)) : false;
	const knownPerson = sourceWord ? actors.actors.some((actor) => actor.kind === 'person' && actor.nameTokens.includes(sourceWord.base)) : false;
	const named = sourceWord?.capitalised && sourceWord.kind === 'word' && !FUNCTION_WORDS.has(sourceWord.lower) && !personAfter && !knownPerson && !/^(?:Mum|Mom|Dad|Father|Mother|God)$/.test(sourceWord.base) ? context.organisation(sourceWord.base) : undefined;
	const found = mentions.find((m) => m.actor.kind === 'person')?.actor ?? mentions[0]?.actor ?? owner ?? organisation ?? (document ? undefined : groupSubject(block, source, actors, context)) ?? named;
	if (!found && !document) return undefined;
	return { speaker: found ?? null, source };
}

/** "Throughput rose 14 percent, according to the Observatory." and "According to X, …". */
function accordingTo(block: TextBlock, words: Token[], sentence: SentenceSpan, marks: QuoteMarks[], actors: ActorIndex, context: SpeakerContext): QuoteDraft | undefined {
	const at = words.findIndex((t, k) => t.lower === 'according' && words[k + 1]?.lower === 'to');
	if (at === -1) return undefined;
	const resolved = accordingSource(block, words.slice(at + 2), actors, context);
	if (!resolved) return undefined;
	const { speaker, source } = resolved;
	let start: number;
	let end: number;
	const word = words[at];
	if (!word) return undefined;
	if (at === 0) {
		const lastSource = source.at(-1);
		if (!lastSource) return undefined;
		// from the first word or number after the source: "According to …, 300 homes were flooded"
		start = lastSource.end;
		while (start < sentence.end && /[\s,]/.test(block.text[start] ?? '')) start += 1;
		if (start >= sentence.end) return undefined;
		end = sentence.end;
	} else {
		// a dateline opening the sentence is not part of what was reported
		start = storyPart(block, sentence).start;
		end = word.start;
	}
	end = trimmedEnd(block.text, start, end, /[\s.,;:!?”"]/);
	if (end - start < 8 || marks.some((m) => m.open >= start && m.open < end)) return undefined;
	if (speaker) context.spoke(speaker);
	return { kind: 'indirect', block: block.index, start, end, speaker, cue: 'according to', channel: null, open: false };
}

/**
 * How many words from `from` to skip to reach a "that" ending a short phrase of up to seven words
 * with no auxiliary ("interview with the Ostvik Herald that"); `fallback` when there is none.
 */
function phraseBeforeThat(block: TextBlock, words: Token[], from: number, fallback: number): number {
	const phrase = words.slice(from, from + 11);
	const that = phrase.findIndex((w) => w.lower === 'that');
	if (that === -1) return fallback;
	const before = phrase.slice(0, that);
	// an auxiliary, or a determiner that no preposition introduces, begins the reported clause ("in a statement the report that …");
	// one after a comma opens an appositive ("told reporters in Chitapa, the provincial capital, on Tuesday that …")
	const appositive = (j: number) => /,\s*$/.test(block.text.slice(before[j - 1]?.end ?? 0, before[j]?.start ?? 0));
	const clauseBegins = before.some((w, j) => FINITE_MARKERS.has(w.lower) || (/^(?:the|a|an)$/.test(w.lower) && !PHRASE_PREPOSITIONS.has(before[j - 1]?.lower ?? '') && !appositive(j)));
	return clauseBegins ? fallback : that;
}

/** A word for the part of a day before it: "said late Monday". */
const DAY_PART = new RegExp(`^(?:${DAY_PART_WORDS})$`);
/** Things held on a day, which a weekday and its part may describe: "said Sunday morning services would be held in the hall". */
const SCHEDULED_NOUNS = new Set(['services', 'classes', 'lessons', 'rehearsals', 'flights', 'trains', 'buses', 'sessions', 'shows', 'matches', 'games', 'fixtures', 'tours', 'performances', 'concerts', 'shifts', 'meetings', 'markets', 'screenings', 'prayers', 'masses', 'lectures', 'clinics', 'hours']);
/** A part of the day after a weekday: "on Tuesday afternoon", "Tuesday night". */
const TIME_OF_DAY = /^(?:morning|afternoon|evening|night)$/;

/** Words of a date between a cue and its "that" ("since", "last summer", "next month", "early this year"). */
const DATE_WORDS = new Set(['since', 'in', 'on', 'last', 'next', 'this', ...DAY_PART_WORDS.split('|'), 'summer', 'winter', 'spring', 'autumn', 'fall', 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'night', 'afternoon']);

/** Words a bare verb may follow as its subject or auxiliary, though no plural noun: "people say", "police warn", "they tell". */
const BARE_VERB_SUBJECTS = new Set(['people', 'police', 'staff', 'media', 'children', 'men', 'women', 'personnel', 'clergy', 'cattle']);

/** Words of when a finding was made, between "found" and its "that": "in the spring of 2019", "the following year", "last week". */
const FINDING_TIME_WORDS = new Set([...DATE_WORDS, 'at', 'the', 'following', 'previous', 'same', 'of', 'early', 'late', 'earlier', 'later', 'previously', 'also', 'day']);

/** What one says that is no clause's subject: "said prayers together", "said goodbyes at the gate". */
const SAID_THINGS = new Set(['prayers', 'goodbyes', 'farewells', 'thanks', 'vows', 'words', 'hellos', 'graces', 'masses', 'rosaries', 'lines', 'names']);

/** Adverbs of frequency between a subject and its verb in the present: "prices usually peak". */
const FREQUENCY_ADVERBS = new Set(['usually', 'often', 'always', 'typically', 'generally', 'normally', 'rarely', 'seldom', 'sometimes', 'still', 'now', 'never']);

const PHRASE_PREPOSITIONS = new Set(['with', 'to', 'of', 'in', 'at', 'for', 'from', 'on', 'by', 'before', 'after', 'during', 'over', 'about', 'under']);

/** "claimed" before a deed it tells ("victory", "14 lives"), right after the verb. */
const CLAIMED_DEED_AFTER = new RegExp(`^${CLAIMED_DEED}`, 'iu');

/** The clause a reporting verb introduces, or undefined when none follows (`said.`, `said: “…”`). */
function reportedClause(block: TextBlock, words: Token[], verbIndex: number, sentence: SentenceSpan, marks: QuoteMarks[]): { start: number; end: number } | undefined {
	const verb = words[verbIndex];
	if (!verb) return undefined;
	const lemma = CUE_VERBS.get(verb.lower);
	// "he recalls that …" reports; "recalled its ambassador", "recalled 30,000 stools" do not
	// (and "disclosed that", "disclosed on Tuesday that", "disclosed to journalists that": not "disclosed the figures")
	if (lemma === 'recall' && words[verbIndex + 1]?.lower !== 'that') return undefined;
	// "The storm claimed 14 lives", "claimed victory": a deed, no words reported
	if (lemma === 'claim' && CLAIMED_DEED_AFTER.test(block.text.slice(verb.end, verb.end + 60))) return undefined;
	// (and "found that", "concluded that": a finding, never "found the body", "concluded the talks")
	let disclosedThat = lemma === 'disclose' ? words.slice(verbIndex + 1, verbIndex + 6).findIndex((w) => w.lower === 'that') : 0;
	// (a finding's "that" straight after the verb or after a time word, not a relative after an object, "found a car that had been
	// stolen", "found no evidence that …", nor a time, "was found that evening", "concluded that afternoon")
	if (lemma === 'find' || lemma === 'conclude') {
		const gap = words.slice(verbIndex + 1, verbIndex + 8);
		disclosedThat = gap.findIndex((w) => w.lower === 'that');
		const between = gap.slice(0, Math.max(0, disclosedThat)).map((w) => w.lower).join(' ');
		// (with when between: "found in 2001 that", "concluded the following year that", "found in the spring of 2019 that")
		const timePhrase = between === '' || between.split(' ').every((w) => FINDING_TIME_WORDS.has(w) || /^\d{4}$/.test(w) || MONTHS.has(w) || WEEKDAYS.has(w));
		const timeNoun = /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|summer|winter|spring|autumn|time|round|deal|agreement)$/.test(words[verbIndex + 1 + disclosedThat + 1]?.lower ?? '');
		const passive = /^(?:was|were|been|being|be|is|are)$/.test(words[verbIndex - 1]?.lower ?? '');
		if (disclosedThat === -1 || !timePhrase || timeNoun || passive) return undefined;
	}
	if (disclosedThat === -1) return undefined;
	let k = verbIndex + 1 + disclosedThat;
	const textAfterVerb = block.text.slice(verb.end, verb.end + 3);
	if (/^\s*[:“"«,]/.test(textAfterVerb) && !/^\s*,\s*(?:saying|adding)/.test(block.text.slice(verb.end, verb.end + 12))) return undefined;
	if (lemma === 'tell') {
		// the person told: "told reporters", "told the council", "told Reuters", "told the Brennmoor Gazette"
		let object = words[k];
		// ("told this correspondent", "told this reporter", "told our reporter", "told this newspaper")
		if (object?.lower === 'the' || object?.lower === 'a' || object?.lower === 'this' || object?.lower === 'our') {
			k += 1;
			object = words[k];
		}
		if (!object) return undefined;
		k += 1;
		if (object.capitalised) while (words[k]?.capitalised) k += 1;
		// "told a press briefing that …", "told a news conference in Ostvik that …"
		else k += phraseBeforeThat(block, words, k, 0);
	}
	// "replied to the regulator that …", "responded to critics that …": the one answered, up to "that"
	if (lemma === 'reply' && words[k]?.lower === 'to') {
		const that = words.slice(k, k + 8).findIndex((w) => w.lower === 'that');
		if (that > 1) k += that;
	}
	// adverbials between the verb and the clause: "earlier", "on Sunday", "in a statement", "last week"
	for (let guard = 0; guard < 6 && k < words.length; guard += 1) {
		const word = words[k];
		if (!word) break;
		if (['earlier', 'later', 'also', 'again', 'repeatedly', 'previously', 'publicly', 'privately', 'separately', 'recently', 'today', 'yesterday', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].includes(word.lower) && !word.possessive && !(words[k + 1]?.possessive && TIME_OF_DAY.test(words[k + 1]?.base.toLowerCase() ?? ''))) {
			k += 1;
			continue;
		}
		// "said since 2019 that …", "said last summer that …", "said next month that …": a date's words before "that"
		const that = words.slice(k, k + 5).findIndex((w) => w.lower === 'that');
		const between = words.slice(k, k + that);
		// (a time word or a year with the preposition: "in that interview" is no date)
		const timed = between.some((w) => !/^(?:in|on|since)$/.test(w.lower)) || /\d/.test(block.text.slice(word.end, words[k + that]?.start ?? word.end));
		if (that > 0 && between.every((w) => DATE_WORDS.has(w.lower) || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) && timed) {
			k += that;
			continue;
		}
		// "told Reuters by phone that …", "said by text message that …": the means, like a channel
		if (word.lower === 'by' && /^(?:phone|telephone|email|e-mail|text|video|videolink|letter|radio|satellite)$/.test(words[k + 1]?.lower ?? '')) {
			k += words[k + 2]?.lower === 'message' || words[k + 2]?.lower === 'link' ? 3 : 2;
			continue;
		}
		// "testified in June that …", "said on March 3 that …": a month (its day and year are numbers, no words)
		if (/^(?:in|on|during)$/.test(word.lower) && MONTHS.has(words[k + 1]?.lower ?? '') && !words[k + 1]?.possessive) {
			k += 2;
			continue;
		}
		// "said late Monday it had …", "said early on Tuesday that …": the part of the day, then the day
		if (DAY_PART.test(word.lower) && (WEEKDAYS.has(words[k + 1]?.lower ?? '') || (words[k + 1]?.lower === 'on' && WEEKDAYS.has(words[k + 2]?.lower ?? '')))) {
			k += 1;
			continue;
		}
		const described = word.lower === 'on' ? describedPlatform(words, k + 1) : k + 1;
		if (word.lower === 'on' && words[described]?.capitalised && !MONTHS.has(words[described]?.lower ?? '')) {
			let j = described;
			while (words[j]?.capitalised && !MONTHS.has(words[j]?.lower ?? '')) j += 1;
			// "wrote on X that", and "wrote on X on Thursday that": the platform, then more adverbials
			if (words[j]?.lower === 'that' || (words[j]?.lower === 'on' && WEEKDAYS.has(words[j + 1]?.lower ?? ''))) {
				k = j;
				continue;
			}
		}
		if ((word.lower === 'on' || word.lower === 'last' || word.lower === 'this') && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|evening|night)$/.test(words[k + 1]?.lower ?? '')) {
			k += 2;
			continue;
		}
		// ("said on Tuesday afternoon they had …", "said Tuesday night the road …": the part of the day after the day; not "Tuesday night's vote")
		if (TIME_OF_DAY.test(word.lower) && !word.possessive && WEEKDAYS.has(words[k - 1]?.lower ?? '')) {
			// (and "local time" after it: "said Monday evening local time that …")
			const following = words[k + 1];
			const local = following?.lower === 'local' && words[k + 2]?.lower === 'time' ? 2 : 0;
			// (but a bare day and its part before a noun they describe are what was said: "said Sunday morning services would be held")
			// (only things held on that day, before a modal: not "said Tuesday night police had arrested three men")
			const described = !/^(?:on|late|early)$/.test(words[k - 2]?.lower ?? '') && local === 0 && SCHEDULED_NOUNS.has(following?.lower ?? '') && /^(?:will|would|could|should|can|may|might|must|are|were)$/.test(words[k + 2]?.lower ?? '');
			if (described) {
				k -= 1;
				break;
			}
			k += 1 + local;
			continue;
		}
		// "said two days later that …", "told reporters a week earlier that …"
		if (/^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)$/.test(word.lower) && /^(?:days?|weeks?|months?|years?|hours?)$/.test(words[k + 1]?.lower ?? '') && /^(?:later|earlier|ago)$/.test(words[k + 2]?.lower ?? '')) {
			k += 3;
			continue;
		}
		// ("replied hours later on X that …", "said minutes later that …")
		if (/^(?:minutes|hours|days|weeks|months|years|moments)$/.test(word.lower) && /^(?:later|earlier)$/.test(words[k + 1]?.lower ?? '')) {
			k += 2;
			continue;
		}
		// "told reporters after the vote the program would cost …": a time phrase of three words, then the clause's subject
		const phraseEnd = words[k + 3];
		// (not when a "that" comes later: "told reporters after the vote the Senate took on Monday that he …")
		const thatLater = words.slice(k + 4, k + 14).some((w) => w.lower === 'that');
		if (/^(?:after|before|following)$/.test(word.lower) && /^(?:the|a|an|its|his|her|their)$/.test(words[k + 1]?.lower ?? '') && !FUNCTION_WORDS.has(words[k + 2]?.lower ?? 'the') && phraseEnd && (SUBJECT_STARTERS.has(phraseEnd.lower) || phraseEnd.lower === 'that') && !thatLater) {
			k += 3;
			continue;
		}
		// ("said in French that …", "added in English and Swahili that …": the language spoken, before "that" or a stop; not "said in
		// Russian state media that …")
		const spoken = word.lower === 'in' && LANGUAGES.has(words[k + 1]?.lower ?? '') ? (words[k + 2]?.lower === 'and' && LANGUAGES.has(words[k + 3]?.lower ?? '') ? 4 : 2) : 0;
		if (spoken > 0 && (words[k + spoken]?.lower === 'that' || /^\s*[,.;:]/.test(block.text.slice(words[k + spoken - 1]?.end ?? 0)))) {
			k += spoken;
			continue;
		}
		// ("said through an interpreter that …", "said over the phone that …")
		if (/^(?:in|at|during|through|via|over)$/.test(word.lower) && ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(words[k + 1]?.lower ?? '')) {
			// "in a statement", "in a televised address that …", "in an interview with the Ostvik Herald that …",
			// "during his confirmation hearing last month that …":
			// up to the "that" when one follows the phrase (no verb before it)
			k += 2 + phraseBeforeThat(block, words, k + 2, 1);
			continue;
		}
		break;
	}
	// ("said that was expected": "that" is the clause's subject, not its conjunction)
	if (words[k]?.lower === 'that' && !FINITE_MARKERS.has(words[k + 1]?.lower ?? '')) k += 1;
	else if (lemma === 'post' || lemma === 'write' || lemma === 'add' || lemma === 'tweet') return undefined;
	const first = words[k];
	if (!first) return undefined;
	const between = block.text.slice(verb.end, first.start);
	// a sentence ending between the verb and the clause; an abbreviation's period is none ("told the district on Jan. 8 that")
	// (nor a decimal point: "said 15.8 million ballot papers would be printed")
	const decimal = (at: number) => /\d/.test(between[at - 1] ?? '') && /\d/.test(between[at + 1] ?? '');
	const ends = [...between.matchAll(/[.!?]/g)].some((stop) => stop[0] !== '.' || (!decimal(stop.index ?? 0) && !continuesAfterPeriod(block.text, verb.end + (stop.index ?? 0), first.start)));
	if (/[“"«:;]/.test(between) || ends) return undefined;
	// (a count opening the clause: "said 31 of the soldiers needed treatment", "said about 3,400 customers lost power")
	// (or in words, before a noun and a verb: "said two smaller solar projects … added $640,000")
	// (not a time: "said two hours before the verdict that …", "said three times that …")
	const countWord = NUMBER_WORDS.has(first.lower) && !/^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|times)$/.test(words[k + 1]?.lower ?? '') && words.slice(k + 1, k + 8).some((w, j) => isPastVerb(w, words[k + j]) || FINITE_MARKERS.has(w.lower));
	// (with a verb of its own: "reported 5.2 million registered users at the end of the quarter" names a figure, no clause)
	const counted = countWord || (/\d/.test(block.text.slice(words[k - 1]?.end ?? verb.end, first.start)) && (lemma === 'say' || words.slice(k, k + 10).some((w, j) => FINITE_MARKERS.has(w.lower) || (j > 0 && isPastVerb(w, words[k + j - 1]) && !NUMBER_WORDS.has(words[k + j - 1]?.lower ?? '') && !/^(?:million|billion|thousand|hundred)$/.test(words[k + j - 1]?.lower ?? ''))))) || (/^(?:about|around|nearly|almost|roughly|some|approximately)$/.test(first.lower) && /^\s+[$€£]?\d/.test(block.text.slice(first.end, first.end + 4)));
	const startsClause =
		words[k - 1]?.lower === 'that' ||
		counted ||
		SUBJECT_STARTERS.has(first.lower) ||
		// (a weekday's possessive opens a clause only with its verb: "said Friday's march had …", "said Tuesday's surgery went well", not
		// "explain Tuesday's decision")
		(first.capitalised && !['On', 'In', 'At', 'To', 'For', 'From', 'With', 'During'].includes(first.text) && (!(first.possessive && WEEKDAYS.has(first.lower)) || words.slice(k + 1, k + 5).some((w, j) => isPastVerb(w, words[k + j])))) ||
		first.kind === 'number' ||
		// (after "said", a longer subject: "said detailed results for each of the country's 3,630 polling centres would be published")
		words.slice(k + 1, k + (lemma === 'say' ? 12 : 8)).some((w) => FINITE_MARKERS.has(w.lower)) ||
		// "said profits fell", "said talks had stalled": a plural noun and its past verb
		(/[a-z]s$/.test(first.lower) && !first.capitalised && words[k + 1] !== undefined && isPastVerb(words[k + 1] as Token, first)) ||
		// "said parcel volumes in Germany, its largest market, fell 9 percent": after "said", a noun phrase and its past verb
		(lemma === 'say' && !first.capitalised && !FUNCTION_WORDS.has(first.lower) && words.slice(k + 1, k + 10).some((w, j) => isPastVerb(w, words[k + j]) && !/^(?:a|an|the|and|or|but|then)$/.test(words[k + j]?.lower ?? ''))) ||
		// "say losses run into millions": after a cue in the present, a plural noun and its verb in the present
		(/^says?$/.test(verb.lower) && isPluralSubjectAndVerb(first, words[k + 1])) ||
		// ("said prices usually peak in the first week", "said residents remain angry": after "said", the plural noun, an adverb of
		// frequency or none, and the verb)
		(lemma === 'say' && !SAID_THINGS.has(first.lower) && isPluralSubjectAndVerb(first, words[FREQUENCY_ADVERBS.has(words[k + 1]?.lower ?? '') ? k + 2 : k + 1]));
	if (!startsClause) return undefined;
	if (verb.lower === 'saying' && first.lower === 'that') return undefined;
	// "a move announced by the firm in May": a passive's agent, not a clause reported ("said by the time police arrived, …" is one)
	if (first.lower === 'by' && !/^(?:say|tell|add|write)$/.test(lemma ?? '')) return undefined;
	let end = sentence.end;
	const tail = block.text.slice(first.start, end);
	const stop = tail.search(/\s[—–]\s|\s--\s|,\s+(?:saying|adding|noting|warning|arguing|insisting|claiming)\b|,?\s+(?:and|but)\s+(?:also\s+)?(?:said|says|warned|suggested|added|denied|insisted|argued|claimed|told|wrote|posted|noted|stressed|announced|predicted|vowed|promised|urged|called|acknowledged|admitted|conceded|explained|confirmed|accused|threatened)\b|,?\s+(?:and|but)\s+that\s|,\s+according to\b|,\s+(?:and|but|while|whereas)\s+(?:[\p{L}'’-]+\s+){1,6}(?:said|says|warned|added|told|wrote|estimated|estimates|reported|announced)\b/u);
	if (stop !== -1) end = first.start + stop;
	// (", and asked …" is the speaker's second act when the clause reported is about a thing, "said all 46 centres were full, and
	// asked churches to open their doors"; a person the clause opens with may be the one asking: "said the man threatened staff with a
	// knife, and asked for the till to be opened")
	const asked = tail.search(/,\s+(?:and|but)\s+(?:also\s+)?(?:asked|appealed)\b/u);
	const subject = words.slice(k, k + 4).find((w) => !FUNCTION_WORDS.has(w.lower));
	const personFirst = subject !== undefined && (PERSON_NOUNS.has(subject.lower) || ROLE_NOUNS.has(subject.lower) || isGroupWord(subject.base) || subject.capitalised);
	if (asked !== -1 && !personFirst && first.start + asked < end) end = first.start + asked;
	// a cue inside a relative clause ("The bureau, which had warned that …, said"): the clause ends where the main verb comes back after a comma
	if (/,\s+(?:which|who)\b[^,]*$/.test(block.text.slice(sentence.start, verb.start))) {
		const main = words.find((w, j) => j > k && w.start < end && /,\s*$/.test(block.text.slice(words[j - 1]?.end ?? w.start, w.start)) && (isPastVerb(w) || CUE_VERBS.has(w.lower) || FINITE_MARKERS.has(w.lower)));
		if (main) end = block.text.lastIndexOf(',', main.start);
	}
	while (end > first.start && /[\s.!?,;:”"’]/.test(block.text[end - 1] ?? '')) end -= 1;
	// a number the clause opens with is no word: "said 40 people had died" reports "40 people had died"
	const lead = /^\s+((?:[$€£]?\d[\d.,]*%?\s+)+)$/u.exec(block.text.slice(words[k - 1]?.end ?? verb.end, first.start));
	const start = lead?.[1] ? first.start - lead[1].length : first.start;
	// (a partial quotation in a second predicate leaves the first its own: "said it had already set aside money for the penalty and
	// was “reviewing its options”" reports "it had already set aside money for the penalty")
	const mark = marks.find((m) => m.open >= start && m.open < end);
	const second = mark ? /,?\s+(?:and|but)\s+(?:also\s+|still\s+)?(?:was|were|is|are|would|will|remained|remains)\b/.exec(block.text.slice(start, mark.open)) : null;
	if (second && hasVerb(words.filter((w) => w.start >= start && w.end <= start + second.index))) end = start + second.index;
	if (marks.some((m) => m.open >= start && m.open < end)) return undefined;
	if (end - start < 8) return undefined;
	// "denied the allegations", "reported a loss", "announced the closure": a thing, not reported speech, unless a clause follows
	// (the clause's verb before its first comma: "declared a state of calamity on Sunday, releasing funds, and asked …" is a thing)
	const firstComma = block.text.indexOf(',', first.start);
	const clauseHead = firstComma === -1 || firstComma > end ? end : firstComma;
	// ("threatened Fonoti as he left the bar": the verb of a subordinate clause is not the object's)
	const headWords = words.filter((w) => w.start >= first.start && w.end <= clauseHead);
	// (nor that of a second predicate: "confirmed the talks on Sunday but declined to discuss money")
	const subordinate = headWords.findIndex((w) => ATTRIBUTION_ENDS.has(w.lower) || w.lower === 'if' || w.lower === 'until' || w.lower === 'but' || w.lower === 'and');
	if (NOUN_OBJECT_LEMMAS.has(lemma ?? '') && words[k - 1]?.lower !== 'that' && !hasVerb(subordinate === -1 ? headWords : headWords.slice(0, subordinate))) return undefined;
	return { start, end };
}

/** Who has spoken, for pronouns: "he added" is the last male speaker, not someone named inside a quote. */
class SpeakerContext {
	private readonly recent: ActorDraft[] = [];
	/** Reported speech found so far: a name inside it is what someone said, not the narrative's subject. */
	private readonly reportedSpeech: Array<{ block: number; start: number; end: number }> = [];
	private readonly groups = new Map<string, ActorDraft>();

	private readonly actors: ActorIndex;

	private readonly doc: TextDocument;

	/**
	 * The organisation "its" stands for at `at`: the only one the sentence before names ("Kelvor Mining said output rose. Its chief
	 * executive said …"); none when that sentence names two ("… fined by the Football Association. Its chairman said …").
	 */
	soleOrganisationBefore(at: { block: number; start: number }): ActorDraft | undefined {
		const here = this.doc.blocks[at.block];
		const current = here ? sentenceAt(here, at.start) : undefined;
		const end = here && current ? here.text.slice(0, current.start).trimEnd().length : 0;
		const inBlock = here && end > 0 ? { block: here, sentence: sentenceAt(here, end - 1) } : undefined;
		const previousBlock = this.doc.blocks[at.block - 1];
		const { block, sentence } = inBlock ?? { block: previousBlock, sentence: previousBlock ? sentenceAt(previousBlock, previousBlock.text.length - 1) : undefined };
		if (!block || !sentence) return undefined;
		const named = new Set(this.actors.inBlock(block.index).filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.form !== 'modifier' && m.actor.kind !== 'person').map((m) => m.actor));
		const [only] = named;
		return named.size === 1 && only?.kind === 'organization' ? only : undefined;
	}

	/** The text of paragraph `block`, empty when there is none. */
	paragraphText(block: number): string {
		return this.doc.blocks[block]?.text ?? '';
	}

	constructor(actors: ActorIndex, doc: TextDocument) {
		this.actors = actors;
		this.doc = doc;
	}

	/** Organisations that spoke through an unnamed spokeswoman or spokesman, with the pronoun that stands for them. */
	private readonly spokespeople = new Map<ActorDraft, 'masculine' | 'feminine'>();

	/**
	 * Notes an organisation that spoke through an unnamed spokeswoman or spokesman named in `subject`
	 * ("A spokeswoman for the ministry said …"): a "she said" after it may be the organisation.
	 */
	spokeThrough(speaker: ActorDraft | null | undefined, subject: readonly Token[]): void {
		if (!speaker || speaker.kind === 'person') return;
		const noun = subject.findLast((word) => word.lower === 'spokeswoman' || word.lower === 'spokesman');
		if (noun) this.spokespeople.set(speaker, noun.lower === 'spokeswoman' ? 'feminine' : 'masculine');
	}

	/** Notes reported speech, whose words are no sentence subject of the narrative. */
	reported(quotes: QuoteDraft[]): void {
		for (const { kind, block, start, end } of quotes) if (kind === 'indirect') this.reportedWords(block, start, end);
	}

	/** Notes words after a cue that no reported clause was taken from (it holds a partial quotation, or ends the sentence) as reported all the same. */
	reportedWords(block: number, start: number, end: number): void {
		this.reportedSpeech.push({ block, start, end });
	}

	/** The group that spoke last ("two residents who asked not to be named said …"), which "one of them said" is one of. */
	latestGroup(): ActorDraft | undefined {
		return this.recent.findLast((actor) => actor.kind === 'group');
	}

	spoke(actor: ActorDraft): void {
		const at = this.recent.indexOf(actor);
		if (at !== -1) this.recent.splice(at, 1);
		this.recent.push(actor);
	}

	/**
	 * Resolves a pronoun to the latest compatible speaker, unless a compatible person opens a sentence
	 * of the same paragraph after that speaker was last named ("Brenn rejected the criticism. “…,” he
	 * said." is Brenn's); else to the latest compatible person named before `at`.
	 */
	resolve(pronoun: string, at?: { block: number; start: number }): ActorDraft | undefined {
		const byRole = at ? this.roleSubject(pronoun, at) : undefined;
		if (byRole) {
			this.learnGender(byRole, pronoun);
			return byRole;
		}
		const speaker = this.latestSpeaker(pronoun);
		const subject = at && speaker ? this.latestSubject(pronoun, at) : undefined;
		// (with no one to have spoken before, the subject the story was last about: "Farahani-Holm wept as she accepted the
		// statuette from the festival’s artistic director, Giulia Montescuro. “…,” she said." is Farahani-Holm's)
		const firstSubject = at && !speaker ? this.latestSubject(pronoun, at, false) : undefined;
		// (unless the subject acted on another person, who may be the one speaking: "Coach Jordan Reyes dropped Alex Moreno from
		// the squad on Friday. “I was shocked,” he said.")
		if (firstSubject && !this.actedOnPerson(firstSubject.mention)) {
			this.learnGender(firstSubject.actor, pronoun);
			return firstSubject.actor;
		}
		// ("For Margit Sorensen-Ade, 67, a retired bus driver, the figures are personal. … “…,” she said.": a person the story
		// brings in with an age after the last speaker was named is the voice that follows)
		const newcomer = at && speaker ? this.newcomer(pronoun, at, speaker) : undefined;
		const chosen = newcomer ?? (at && subject && speaker && subject.actor !== speaker && !this.namedAfter(speaker, subject.mention, at) ? subject.actor : speaker);
		if (chosen) {
			this.learnGender(chosen, pronoun);
			return chosen;
		}
		return at ? this.latestNamed(pronoun, at) : undefined;
	}

	/**
	 * The one person a role opening a sentence of the paragraph before `at` stands for ("The mayor wants voters to approve a tax. She
	 * made her case in May. “…,” she said." is the mayor's, whom the story named "Mayor Lucinda Ferraro-Obi"), when no person whom the
	 * pronoun could stand for is named after that sentence's start.
	 */
	private roleSubject(pronoun: string, at: { block: number; start: number }): ActorDraft | undefined {
		const gender = pronounGender(pronoun);
		const block = this.doc.blocks[at.block];
		if (!gender || !block) return undefined;
		// (in a sentence before the pronoun's: the subject of its own sentence is what was said of someone, "The president would meet
		// them “in the coming days,” he said")
		const own = sentenceAt(block, at.start)?.start ?? at.start;
		const opening = [...block.text.slice(0, own).matchAll(/(?:^|[.!?]["”’]?\s+)The\s+(\p{Ll}+)\s+(?!of\b|for\b)\p{Ll}/gu)].at(-1);
		const role = opening?.[1];
		if (!opening || !role || !ROLE_NOUNS.has(role)) return undefined;
		const from = opening.index + opening[0].length;
		const holders = [...new Set(this.actors.mentions.filter((m) => m.actor.kind === 'person' && m.actor.roles.some((r) => r.toLowerCase().split(/\s+/).at(-1) === role)).map((m) => m.actor))];
		const [holder] = holders;
		if (holders.length !== 1 || !holder || !compatible(holder, gender)) return undefined;
		const namedSince = this.actors.inBlock(at.block).some((m) => m.start >= from && m.end <= at.start && m.actor.kind === 'person' && compatible(m.actor, gender));
		// (not when the quotation speaks of someone of the pronoun's gender: "“He has ignored us,” he said")
		const otherSpoke = speaksOfThirdPerson(this.quotationAt(at), gender);
		// (nor a holder the sentence says kept silent: "The mayor did not respond to a request for comment")
		const silent = /^(?:did\s+not|does\s+not|has\s+not|had\s+not|could\s+not|declined|refused|was\s+not\s+available|is\s+not\s+available)\b/.test(block.text.slice(from - 1));
		return namedSince || otherSpoke || silent ? undefined : holder;
	}

	/**
	 * The person the story is about, whom a pronoun of `pronoun`'s gender may stand for: the first person its first paragraph
	 * names (an obituary's or a profile's subject, named once and then "she"), else the one it names most, three times or more.
	 */
	storySubject(pronoun: string): ActorDraft | undefined {
		const gender = pronounGender(pronoun);
		if (!gender) return undefined;
		const lead = this.actors.mentions.find((m) => m.block === 0 && m.actor.kind === 'person' && m.form === 'name')?.actor;
		if (lead && compatible(lead, gender)) return lead;
		const counts = new Map<ActorDraft, number>();
		for (const mention of this.actors.mentions) if (mention.actor.kind === 'person' && mention.form === 'name') counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
		const [best, count] = [...counts].filter(([actor]) => compatible(actor, gender)).sort((a, b) => b[1] - a[1])[0] ?? [];
		return best && (count ?? 0) >= 3 ? best : undefined;
	}

	/**
	 * Who posted the notice, memo or circular a later "the notice said" cites, or sent the email or letter a later "it read" does: the
	 * subject of the latest sentence (in this paragraph or the two before) that says a body issued, posted or declared one ("Vimalkar
	 * Auto Components Ltd declared a lockout") or that someone sent one ("he sent an email to the council's head of highways"), or the
	 * one it is from ("a memo dated 14 March 2011 from the works manager, Osman Kilbride").
	 */
	noticeIssuer(at: { block: number; start: number }): ActorDraft | undefined {
		for (let b = at.block; b >= Math.max(0, at.block - 2); b -= 1) {
			const block = this.doc.blocks[b];
			if (!block) continue;
			const text = block.text.slice(0, b === at.block ? at.start : block.text.length);
			const from = [...text.matchAll(/\b(?:notice|memo|circular|e-?mail|letter)\s+(?:(?:dated|written|sent)\s+[^,.;]{1,30}?\s+)?from\s+(?:(?:the|its|a)\s+[\p{Ll}\s-]{1,40},\s+)?/gu)].at(-1);
			// (not the one it went to: "a memo from the finance department to the works manager, Osman Kilbride")
			const sender = from && !/\bto\b/.test(from[0].replace(/^[^]*?\bfrom\b/, '')) ? this.actors.inBlock(b).find((m) => m.start === (from.index ?? 0) + from[0].length && (m.actor.kind === 'person' || m.actor.kind === 'organization')) : undefined;
			if (sender) return sender.actor;
			const posted = [...text.matchAll(/\b(?:issued|posted|served|pinned\s+up|put\s+up|sent|circulated|declared|announced|wrote|written)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:notice|memo|circular|lockout|e-?mail|letter)\b/gu)].at(-1);
			if (!posted) continue;
			// (not one someone was sent: "Site manager Ana Reed was sent a memo by the finance director")
			if (/\b(?:was|were|been|being)\s+$/.test(text.slice(Math.max(0, posted.index - 10), posted.index))) return undefined;
			const sentence = sentenceAt(block, posted.index);
			if (!sentence) return undefined;
			// (a person only for what one sends: "he sent an email", not "he issued a notice")
			const personal = /^(?:sent|wrote|written)\b/.test(posted[0]) && /(?:e-?mail|letter|memo)$/.test(posted[0]);
			const subject = this.actors.inBlock(b).find((m) => m.start >= sentence.start && m.end <= posted.index && (m.actor.kind === 'organization' || (personal && m.actor.kind === 'person')) && m.form !== 'modifier')?.actor;
			if (subject || !personal) return subject;
			const pronoun = /\b(he|she)\s+(?:\p{Ll}+\s+)?$/u.exec(block.text.slice(sentence.start, posted.index))?.[1];
			return pronoun ? this.resolve(pronoun, { block: b, start: sentence.start }) : undefined;
		}
		return undefined;
	}

	/**
	 * Who gave the statement a later "the statement said" cites: the one the latest sentence mentioning a statement (in this
	 * paragraph or the two before) says it was read on behalf of, else the latest speaker if that sentence names them.
	 */
	statementIssuer(at: { block: number; start: number }): ActorDraft | undefined {
		for (let b = at.block; b >= Math.max(0, at.block - 2); b -= 1) {
			const block = this.doc.blocks[b];
			if (!block) continue;
			const found = block.text.slice(0, b === at.block ? at.start : block.text.length).lastIndexOf('statement');
			if (found === -1) continue;
			const sentence = sentenceAt(block, found);
			if (!sentence) return undefined;
			const mentions = this.actors.inBlock(b).filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.form !== 'modifier');
			const behalf = /\bon\s+behalf\s+of\s+/.exec(block.text.slice(found, sentence.end));
			if (behalf) {
				const from = found + behalf.index + behalf[0].length;
				// ("on behalf of the family of Jonas Pereira, who was killed": the family, not the dead man)
				const kin = /^(?:the\s+)?(family|relatives|parents|children|widow|widower)\s+of\b/i.exec(block.text.slice(from));
				if (kin?.[1]) return this.group(kin[1].toLowerCase());
				const after = mentions.filter((m) => m.start >= from);
				return (after.find((m) => m.actor.kind === 'person') ?? after[0])?.actor;
			}
			// ("The Health Ministry issued a statement hours after Reyes called …": the subject that gave it)
			const issued = /\b(?:issued|released|put\s+out|published|sent|responded\s+(?:to\s+[^,.]*?\s+)?with)\s+(?:a|an|its|their)\s+(?:\p{L}+\s+)?statement/u.exec(block.text.slice(sentence.start, sentence.end));
			if (issued) {
				// (the subject of "issued" after the sentence's last comma before it: "After talks with the union, the ministry issued a
				// statement"; no one when that part names no one)
				const verbAt = sentence.start + issued.index;
				const comma = block.text.lastIndexOf(',', verbAt);
				const from = comma >= sentence.start ? comma : sentence.start;
				const subject = mentions.find((m) => m.start >= from && m.end <= verbAt);
				if (subject || comma < sentence.start) return subject?.actor;
				// (the comma closing an aside, "Mayor Ilse Varn, who is on holiday abroad, issued": the one named before the aside)
				const opening = block.text.lastIndexOf(',', comma - 1);
				const aside = opening >= sentence.start && /^,\s+(?:who|which|whose|the|a|an|now|then|\d)/i.test(block.text.slice(opening, opening + 12));
				return aside ? mentions.filter((m) => m.end <= opening && m.start >= sentence.start).at(-1)?.actor : undefined;
			}
			const last = this.recent.at(-1);
			const named = last !== undefined && (mentions.some((m) => m.actor === last) || (last.kind === 'group' && block.text.slice(sentence.start, sentence.end).toLowerCase().includes(last.name.toLowerCase())));
			return named ? last : undefined;
		}
		return undefined;
	}

	private learnGender(actor: ActorDraft, pronoun: string): void {
		const gender = pronounGender(pronoun);
		// (not against what the given name tells: a "he" resolved to Harriet by a looser reading does not make her a man)
		if (actor.kind === 'person' && !actor.gender && gender && (!actor.nameGender || actor.nameGender === gender)) actor.gender = gender;
	}

	/** The words of the first quotation in the 400 characters from `at` (empty when none opens there): what a pronoun's speaker said. */
	private quotationAt(at: { block: number; start: number }): string {
		const rest = this.doc.blocks[at.block]?.text.slice(at.start, at.start + 400) ?? '';
		const opens = rest.search(/[“"]/);
		return opens === -1 ? '' : (rest.slice(opens + 1).split(/[”"]/)[0] ?? '');
	}

	/** Whether `actor` is named after `mention` and before `at`. */
	private namedAfter(actor: ActorDraft, mention: ActorMention, at: { block: number; start: number }): boolean {
		for (let b = mention.block; b <= at.block; b += 1) {
			if (this.actors.inBlock(b).some((m) => m.actor === actor && (b > mention.block || m.start > mention.start) && (b < at.block || m.end <= at.start))) return true;
		}
		return false;
	}

	/**
	 * The latest compatible person before `at` that opens a sentence of the narrative in the same
	 * paragraph, or, for a paragraph that opens with the quote, in the paragraph before.
	 */
	private latestSubject(pronoun: string, at: { block: number; start: number }, speechBefore = true): { actor: ActorDraft; mention: ActorMention } | undefined {
		if (pronoun === 'they' || pronoun === 'it') return undefined;
		const gender = pronounGender(pronoun);
		const here = this.actors.inBlock(at.block).filter((m) => m.end <= at.start);
		const inReportedSpeech = (m: ActorMention) => this.reportedSpeech.some((q) => q.block === m.block && q.start <= m.start && m.end <= q.end);
		const previousParagraph = here.length === 0 && at.block > 0;
		// the subject of the sentence the pronoun attributes is what was said of someone, not who said it:
		// "Lamonte had already kicked out the window, she said"
		// (but "Amina Okafor was asleep when the water came in, she said", a person the sentence opens with and brings in, is
		// hers: only one the story named before that sentence, or one named later in it, is excluded)
		const own = this.doc.blocks[at.block] ? sentenceAt(this.doc.blocks[at.block] as TextBlock, at.start) : undefined;
		const namedBefore = (actor: ActorDraft) => this.actors.mentions.some((m) => m.actor === actor && (m.block < at.block || (m.block === at.block && own !== undefined && m.end <= own.start)));
		const opensOwn = (m: ActorMention) => own !== undefined && m.start === own.start + firstNonSpace(this.doc.blocks[at.block]?.text.slice(own.start) ?? '');
		const inOwnSentence = (m: ActorMention) => own !== undefined && m.block === at.block && m.start >= own.start && (namedBefore(m.actor) || !opensOwn(m));
		const before = (previousParagraph ? this.actors.inBlock(at.block - 1) : here).filter((m) => !inReportedSpeech(m) && !inOwnSentence(m));
		for (let k = before.length - 1; k >= 0; k -= 1) {
			const mention = before[k];
			if (!mention || mention.form !== 'name' || mention.actor.kind !== 'person' || !compatible(mention.actor, gender)) continue;
			const block = this.doc.blocks[mention.block];
			const sentence = block ? sentenceAt(block, mention.start) : undefined;
			if (!block || !sentence) continue;
			// only the sentence's subject: nothing before the name but a title or role ("Interior Minister")
			const lead = block.text.slice(sentence.start, mention.start);
			// in the paragraph before, a subject who spoke or took a side ("X accused the government of …")
			// (or whom the paragraph goes on about with the pronoun, no one else compatible named after: "Ilse Marrow-Kadi, who became
			// governor in March 2023, stopped the intervention. In an interview on Wednesday, she defended the decision.")
			const rest = block.text.slice(mention.end, sentence.end);
			const speaks = !previousParagraph || !speechBefore || SPEECH_ACTS.test(rest) || SPEECH_WITH_CONTENT.test(rest) || this.goesOnAbout(mention, before.slice(k + 1), gender) || this.pairedWithOther(mention, before[k + 1], gender, at);
			// (a title may have a role word in lower case: "Festival director Élodie Marchand-Bakare")
			// (or a role after a few describing words: "Korvathi presidential spokesman Ilya Morentsov")
			// (after an opening phrase and its comma: "Hours later, as power began to return, KBPL chief executive Marguerite Oyelaran-Voss
			// apologized")
			const opening = OPENING_ADVERBIAL.test(lead) ? lead.lastIndexOf(',') : -1;
			const leadWords = lead.slice(opening + 1).split(/\s+/).filter(Boolean);
			// (no verb after it: not "Hours later, police found fisherman Tomas Reyes")
			if (opening >= 0 && leadWords.some((word) => /^\p{Ll}+ed$/u.test(word) || IRREGULAR_PAST.has(word))) continue;
			// (describing words, not a verb: "Officers arrested motorist Tom Reyes" is no title)
			const titleOnly = leadWords.every((word) => /^\p{Lu}/u.test(word) || ROLE_NOUNS.has(word.toLowerCase())) || (leadWords.length <= 4 && ROLE_NOUNS.has(leadWords.at(-1)?.toLowerCase() ?? '') && leadWords.every((word) => !FUNCTION_WORDS.has(word.toLowerCase()) && (/^\p{Lu}/u.test(word) || !/(?:ed|s)$/.test(word) || ROLE_NOUNS.has(word.toLowerCase()))));
			// or a role in apposition before the name: "Outside the court, Kieran’s older sister, Aoife Mbatha-Doyle, read a statement"
			// (an honorific after its comma, "The Nabiri Regional Minister, Hon. Ibrahim Tanko-Dery,", and a role of a body, "The programme
			// officer of the Northern Farmers’ Voice (NFV), Mr. Emmanuel Baffour-Awuah,")
			// (the role of a body only when it opens the sentence: not "The minister met the director of the board, Mr. Kofi Mensah,")
			const roleWord = ROLE_BEFORE_NAME.exec(lead);
			const roleBefore = ROLE_NOUNS.has((roleWord?.[1] ?? roleWord?.[2] ?? '').toLowerCase()) && /,\s*$/.test(block.text.slice(mention.end, mention.end + 2));
			// or the subject after its verb: "Among the mourners was Ferris Oduya, the skipper of the Morning Kittiwake."
			// (not a casualty's or a suspect's: "Among the dead was Mark Ellis", "Among those arrested was …")
			const inverted = /^(?:Among|Also\s+among)\s+[^,.;]{1,60}?\s+(?:was|were)\s+$/.test(lead) && !/\b(?:dead|killed|victims?|injured|wounded|missing|arrested|charged|detained|hurt|died|casualties|suspects?|accused|jailed|convicted|sentenced|hostages?|evacuated|rescued|hospitali[sz]ed)\b/i.test(lead);
			if ((titleOnly || roleBefore || inverted) && speaks) return { actor: mention.actor, mention };
		}
		return undefined;
	}

	/**
	 * Whether `mention` and `next` are a subject's two people, joined by "and", the other of the other gender: the pronoun picks
	 * one of the pair ("Mayor Orla Brennan-Skov and Father Tomas Lindqvist led the procession." then "“…,” she said").
	 */
	private pairedWithOther(mention: ActorMention, next: ActorMention | undefined, gender: 'masculine' | 'feminine' | undefined, at: { block: number; start: number }): boolean {
		if (!gender || !next || next.block !== mention.block || next.form !== 'name' || next.actor.kind !== 'person' || !next.actor.gender || next.actor.gender === gender) return false;
		const text = this.doc.blocks[mention.block]?.text ?? '';
		if (!/^\s+and\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(mention.end, next.start))) return false;
		// (a pair that did something, not one acted upon: not "were charged with arson", "were rescued from the roof", "were not in court")
		const after = text.slice(next.end);
		if (ACTED_UPON.test(after) || DIED.test(after.split(/[.;]/)[0] ?? '') || /^(?:,[^,]*,)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:not\b|(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en)\b|among\b)/u.test(after)) return false;
		// (nor when the words speak of them: "“Both of them have been loyal,” he said", "“They will appear in court,” she said")
		const quoted = this.quotationAt(at);
		return !/^(?:Both|The\s+two)\b|\b(?:both|the\s+two)\s+of\s+them\b|\bthey\s+(?:will|were|are|have|had|would)\b/i.test(quoted);
	}

	/** Whether the rest of the paragraph after `mention` has the pronoun of `gender` as a subject, and `later` names no other compatible person. */
	private goesOnAbout(mention: ActorMention, later: readonly ActorMention[], gender: 'masculine' | 'feminine' | undefined): boolean {
		if (!gender || later.some((m) => m.actor !== mention.actor && m.actor.kind === 'person' && compatible(m.actor, gender))) return false;
		const rest = this.doc.blocks[mention.block]?.text.slice(mention.end) ?? '';
		// (not someone the paragraph tells was shot, arrested or jailed, or died: "Officer Linda Cray … was shot on Sunday. She died")
		if (ACTED_UPON.test(rest) || DIED.test(rest)) return false;
		// (after a short opening adverbial too: "Oyelaran is less hopeful. On Thursday she will attend …")
		return (gender === 'feminine' ? /(?:[.!?]\s+|,\s+)(?:\p{Lu}\p{Ll}*(?:\s+[\p{L}\d]+){0,3},?\s+)?(?:[Ss]he)\s+\p{Ll}/u : /(?:[.!?]\s+|,\s+)(?:\p{Lu}\p{Ll}*(?:\s+[\p{L}\d]+){0,3},?\s+)?(?:[Hh]e)\s+\p{Ll}/u).test(rest);
	}

	private latestNamed(pronoun: string, at: { block: number; start: number }): ActorDraft | undefined {
		const gender = pronounGender(pronoun);
		// the dateline's place and agency ("OSLO, Feb 10 (Nordwire) -") are no one the story goes on about
		const inStory = (m: ActorMention) => m.start >= (this.doc.blocks[m.block]?.storyStart ?? 0);
		const before = this.actors.mentions.filter((m) => (m.block < at.block || (m.block === at.block && m.end <= at.start)) && inStory(m));
		const latest = (wanted: (actor: ActorDraft) => boolean) => before.findLast((m) => m.form !== 'modifier' && wanted(m.actor))?.actor;
		// "it said" is an organisation's before a place's ("Fjellstad Marine will close its plant in Kvitholmen, it said")
		if (pronoun === 'they' || pronoun === 'it') return latest((actor) => actor.kind === 'organization') ?? latest((actor) => actor.kind !== 'person');
		return latest((actor) => actor.kind === 'person' && compatible(actor, gender)) ?? latest((actor) => actor.kind === 'person' && compatible(actor, gender, false));
	}

	/** Whether a person is the object of the verb after `subject` in its sentence ("Reyes dropped Alex Moreno", "Darrow interviewed the winner, Tomas Eriksen"). */
	private actedOnPerson(subject: ActorMention): boolean {
		const block = this.doc.blocks[subject.block];
		const sentence = block ? sentenceAt(block, subject.start) : undefined;
		if (!block || !sentence) return false;
		return this.actors.inBlock(subject.block).some((m) => {
			if (m.actor === subject.actor || m.actor.kind !== 'person' || m.start <= subject.end || m.end > sentence.end) return false;
			const between = block.text.slice(subject.end, m.start);
			return between.split(/\s+/).filter(Boolean).length <= 6 && !/\b(?:from|with|by|to|at|of|for|in|on|as|about|into|after|before|and|who|which|that)\b/i.test(between);
		});
	}

	/** The latest compatible person named with an age (", 67,") after `speaker` was last named and before `at`, who has not spoken. */
	private newcomer(pronoun: string, at: { block: number; start: number }, speaker: ActorDraft): ActorDraft | undefined {
		const gender = pronounGender(pronoun);
		if (!gender) return undefined;
		const before = this.actors.mentions.filter((m) => m.block < at.block || (m.block === at.block && m.end <= at.start));
		const lastOfSpeaker = before.findLastIndex((m) => m.actor === speaker);
		for (let k = before.length - 1; k > lastOfSpeaker; k -= 1) {
			const mention = before[k];
			if (!mention || mention.form !== 'name' || mention.actor.kind !== 'person' || this.recent.includes(mention.actor) || !compatible(mention.actor, gender)) continue;
			const text = this.doc.blocks[mention.block]?.text ?? '';
			if (!/^,\s+\d{1,3},/.test(text.slice(mention.end, mention.end + 8))) continue;
			// (and whom the narrative goes on about with the pronoun, no one else named between: "Imelda Okafor-Brandt, 71, … Two
			// years later she was still waiting")
			// (others named after one who opens the paragraph are told of in it: "Fairweather, 36, … finished fourth behind Chidi
			// Onyekachi, who won")
			const opensParagraph = text.slice(0, mention.start).trim() === '';
			// (any one who does nothing in it: not "as Judge Maria Kessler jailed her", a clause's subject with its verb)
			// (a name after "in", "at" or "near" is a place's more often than not: "whose house in Podu Lung was swept away")
			const aside = (m: ActorMention) => /\b(?:in|at|near)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)) || !/^\s+(?:[a-z]+ed|has|had|was|were|is|are|will|would|said|says|told|took|gave|sent|made|won|beat|hit|struck|shot|spoke)\b/.test(text.slice(m.end, m.end + 14));
			// (and only one who could be the speaker: not "when firefighter Tom Reyes knocked on her door" before "she said")
			const between = before.slice(k + 1).filter((m) => m.actor !== mention.actor && m.actor.kind === 'person' && compatible(m.actor, gender) && !(opensParagraph && m.block === mention.block && aside(m)));
			const words = mention.block === at.block ? text.slice(mention.end, at.start) : text.slice(mention.end);
			const subject = gender === 'feminine' ? /\b[Ss]he\b/ : /\b[Hh]e\b/;
			// (or who is brought in by the paragraph just before one that opens with the quote: "Tomasz Wekesa, 58, who runs a
			// laundry, comes every morning." then "“…,” he said.")
			// (not one the paragraph says died: "The captain, Oisín Marchetti-Bray, 51, and the first officer were among the six killed")
			// (nor one it brings in as the object of a verb, "Officers arrested Darren Willets, 41,", or acted upon, "Kevin Barnes, 29,
			// of Hull, was jailed for six years", "Pupil Ellie Warren, 12, was hit by a van")
			const objectOf = text.slice(Math.max(0, mention.start - 30), mention.start);
			// (or, when they open that paragraph, by a short lead-in: "Less than an hour later he wrote on Instagram: “…”")
			const leadIn = this.doc.blocks[at.block]?.text.slice(0, at.start) ?? 'x';
			// (a lead-in of time, "Less than an hour later", not one about someone: "Passing sentence, she said", "Asked about the youngster, he said")
			const timeLeadIn = opensParagraph && leadIn.length <= 80 && !/^\s*(?:Passing\s+sentence|Sentencing|Summing\s+up|Handing\s+down|Delivering)\b/.test(leadIn) && !/\b(?:him|the\s+(?:youngster|defendant|teenager|boy|girl|man|woman|accused))\b/i.test(leadIn);
			// (nor when the quotation speaks of them: "“I held her hand,” she said", "“We got to him in time,” he said")
			const quoted = this.quotationAt(at);
			// (a witness speaking of others as "I" is still the witness: "“I rang my mother and told her to get out,” she said")
			const firstPerson = /\b(?:I|me|my|I['’]m|I['’]ve)\b/.test(quoted);
			const mentionsThem = speaksOfThirdPerson(quoted, gender);
			// (harm one survives bars them only when the quotation is not their own: "“I was very lucky,” he said" after "was treated",
			// but not "“I ran over and held her hand,” she said" after "was airlifted")
			const after = text.slice(mention.end);
			const survived = SURVIVED.test(after) || SURVIVING_VERB_BEFORE.test(objectOf);
			const spokenOf = mentionsThem && (!firstPerson || survived);
			const harmed = ACTED_UPON.test(after) || HARMING_VERB_BEFORE.test(objectOf) || (survived && !firstPerson);
			const justBefore = mention.block === at.block - 1 && !spokenOf && (leadIn.trim() === '' || timeLeadIn) && !DIED.test(after) && !harmed;
			// (or brought in by the sentence just before the quotation, in its paragraph: "Back at the food bank, volunteer Gurpreet
			// Lafontaine, 72, was sorting squash. “I’ve done every Thanksgiving here since 2011,” he said.")
			// (only the subject of that sentence, not an object: "Mills handed a debut to Tom Abreu, 19.")
			const isSubject = () => {
				const mentionBlock = this.doc.blocks[mention.block];
				const ownSentence = mentionBlock ? sentenceAt(mentionBlock, mention.start) : undefined;
				const leading = (mentionBlock?.tokens ?? []).filter((t) => t.kind === 'word' && t.start >= (ownSentence?.start ?? 0) && t.end <= mention.start);
				const commaAt = leading.findLastIndex((t) => /,/.test(text.slice(t.end, t.end + 2)));
				return !clauseHasVerb(leading.slice(commaAt + 1));
			};
			const sentenceBefore = mention.block === at.block && (words.match(/[.!?]["”’]?\s/g) ?? []).length === 1 && !spokenOf && !harmed && !DIED.test(after) && isSubject();
			if (between.length === 0 && (subject.test(words) || justBefore || sentenceBefore)) return mention.actor;
			return undefined;
		}
		return undefined;
	}

	private latestSpeaker(pronoun: string): ActorDraft | undefined {
		const gender = pronounGender(pronoun);
		let fallback: ActorDraft | undefined;
		for (let k = this.recent.length - 1; k >= 0; k -= 1) {
			const actor = this.recent[k];
			if (!actor) continue;
			if (pronoun === 'they' || pronoun === 'it') {
				// (a group of people is "they", not "it": "Online sellers say …. The federation said it had asked …")
				if (actor.kind !== 'person' && !(pronoun === 'it' && actor.kind === 'group' && /s$/.test(actor.name))) return actor;
				continue;
			}
			if (actor.kind !== 'person') {
				if (gender && this.spokespeople.get(actor) === gender) return actor;
				continue;
			}
			if (compatible(actor, gender)) return actor;
			// (one only the given name says is of the other gender is taken when no one else fits: "Nguyen Thi Thu Trang … She said")
			if (!fallback && compatible(actor, gender, false)) fallback = actor;
		}
		return fallback;
	}

	/** An organisation named only before a spokesperson ("A Downing Street spokesperson said"), made once per name. */
	organisation(name: string): ActorDraft {
		return this.actors.actors.find((actor) => actor.kind === 'organization' && actor.forms.includes(name)) ?? this.added('organization', name);
	}

	group(name: string): ActorDraft {
		const key = name.toLowerCase();
		let actor = this.groups.get(key);
		if (!actor) {
			actor = this.added('group', name);
			this.groups.set(key, actor);
		}
		return actor;
	}

	/** A new actor the quotes name, with no mention of its own in the text, added to the story's actors. */
	private added(kind: 'organization' | 'group', name: string): ActorDraft {
		const actor: ActorDraft = { kind, forms: [name], roles: [], titled: [], nameTokens: [], name };
		this.actors.actors.push(actor);
		return actor;
	}
}
