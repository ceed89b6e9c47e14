/**
 * Claims: check-worthy factual assertions. Outside quotes, a declarative sentence that states a
 * number, a dated event, a state of the world or a cause; inside a quote or reported clause, the
 * clause with a named or definite subject that states such a fact. Opinions, questions, calls and
 * predictions are left out.
 */
import type { ClaimKind } from './schema.ts';
import type { ActorDraft, ActorIndex } from './actors.ts';
import type { DateDraft } from './dates.ts';
import type { QuoteDraft } from './quotes.ts';
import { CLAIMED_DEED, FUNCTION_WORDS, isPronoun, NON_FACTUAL_MODALS, PRONOUNS, ROLE_NOUNS } from './lexicon.ts';
import { isPastVerb, isPluralSubjectAndVerb } from './tense.ts';
import { storyPart, tokensIn, type TextBlock, type TextDocument } from './text/document.ts';
import { continuesAfterPeriod } from './text/sentences.ts';
import { tokenize, type Token } from './text/tokens.ts';

/** A claim while the article is analysed (offsets in its block's text). */
export interface ClaimDraft {
	block: number;
	start: number;
	end: number;
	attributedTo: ActorDraft | null;
	kind: ClaimKind;
}

/** What "due to" names when it gives a cause ("due to heavy rain", "due to the strike"), not a schedule ("is due to begin"). */
const CAUSE_AFTER_DUE = String.raw`(?:the|a|an|its|their|his|her|heavy|high|low|poor|bad|strong|weak|rising|falling|higher|lower)\b`;
/** Cause words; "is due to begin" is a schedule, "was due to heavy rain" a cause. */
const CAUSAL = new RegExp(String.raw`\b(?:resulted in|result(?:s|ed)? in|caused|causes|led to|leads to|because of|(?<!\b(?:is|are|was|were|be)\s+)due to|due to\s+${CAUSE_AFTER_DUE}|as a result|triggered|sparked|prompted|forced)\b`, 'i');
const NUMBER_WORDS = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|tens of thousands|half|third|quarter|percent|per cent)\b/i;
const OPINION = /\b(?:no point|no reason|should|must|ought|hope|hopes|believe|believes|think|thinks|feel|feels|let's|let us|it is time|is important|is vital|is essential|is crucial|is necessary|is clear|the only way|best|worst|great|terrible|wonderful|shameful|disgrace|afraid|respect|love|hate|serious man|serious woman|fair|unfair)\b/i;
const FINITE = /\b(?:is|are|was|were|has|have|had|does|do|did|remains?|remained|stands?|stood|lies|lay|holds?|held|met|rose|fell|grew|killed|died|left|lost|won|reached|totall?ed|accounts?|amounts?|resulted|caused|led|took|made|became|reported)\b/i;
const NO_COMMENT = /\b(?:declined to comment|did not (?:immediately )?respond|could not be reached|was not available for comment|did not return|(?:did not|would not|declined to|refused to) say)\b/i;
const PREDICTION = new RegExp(String.raw`\b(?:is|are|was|were)\s+(?:due(?!\s+to\s+${CAUSE_AFTER_DUE})|scheduled|set|expected|going|likely|poised|planned|slated)\s+to\b|\b(?:is|are)\s+due\b|\b(?:is|are)\s+(?:scheduled|planned|set|slated)\s+for\b`, 'i');
const CONDITIONAL_START = /^(?:if|unless|whether|when|once|should|only|because|although|though|while|until|after|before|as)\b/i;

/**
 * Openings that make a narrative sentence no claim (a condition, a time still to come: "If the levy rises, …",
 * "When the dam opens, …"). One opening with "after", "before", "because" or "although" may still state a fact
 * ("After six months, 4.1% had developed myopia."), unlike a quoted clause (`CONDITIONAL_START`).
 */
const NARRATIVE_CONDITION = /^(?:if|unless|whether|when|once|should|only|while|until|as)\b/i;
/** "Nobody was hurt.", "No one was injured.": a casualty count of nought. */
const NO_ONE_HURT = /^(?:nobody|no one|none of them)\s+(?:was|were)\s+(?:\w+\s+)?(?:hurt|injured|killed|harmed)\b/i;
/** What is not known states nothing to check: "It is unclear whether the bridge will reopen." */
const UNKNOWN = /\b(?:it|this)\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|not clear|uncertain|unknown|not known)\b/i;
/** The writer's own view in the narrative ("I think", "we believe"): an opinion, not a claim. */
const FIRST_PERSON_VIEW = /\b(?:I|we)\s+(?:(?:do\s+not|don['’]t)\s+)?(?:think|believe|feel|suppose|guess|reckon|doubt)\b/i;

/** What one means to do, asks for or must do: no fact, whatever it counts. */
const AIMS = /\b(?:need|needs|plan|plans|planning|aim|aims|target|targets|goal|goals|demand|demands|demanding|want|wants|hope|hopes|hoping|intend|intends|seek|seeks|seeking|ask|asking|expect|expects|have to|has to|going to)\b/i;

/** Verbs of meaning or hoping to do something: "crews hoped to hold the flank", "the agency planned to offer". */
const INTENT_VERBS = new Set('hope hopes hoped hoping plan plans planned planning expect expects expected intend intends intended aim aims aimed want wants wanted seek seeks sought wish wishes wished'.split(' '));

/**
 * Whether the clause's main verb is an intention before its infinitive ("hoped to hold", "expected inflation to fall"):
 * what someone means, hopes or asks to happen is no fact, whatever it counts.
 */
function intendsBeforeVerb(tokens: Token[], verb: Token | undefined): boolean {
	const k = tokens.findIndex((t) => INTENT_VERBS.has(t.lower) && !t.capitalised);
	const intent = tokens[k];
	if (!intent || (verb && verb.start < intent.start)) return false;
	// only the clause's own verb: not in a relative clause ("migrants who sought to cross"), nor an adjective ("the expected
	// increase"), nor one a fact is coordinated with ("intended to kill … and fired 40 shots", "aimed to capture it but were repelled")
	const previous = tokens[k - 1]?.lower ?? '';
	if (/^(?:who|which|that|the|a|an|its|their|his|her)$/.test(previous)) return false;
	// (nor a share of a group: "Nearly 60% of voters want to leave the union", a poll's finding; "The mayor of Ostvik wants" is the mayor's aim)
	if (tokens.slice(0, k).some((t, j) => t.lower === 'of' && !ROLE_NOUNS.has(tokens[j - 1]?.lower ?? '') && tokens[j - 1]?.lower !== 'head')) return false;
	const rest = tokens.slice(k + 1);
	if (rest.some((t, j) => t.lower === 'but' || (t.lower === 'and' && rest[j + 1] !== undefined && isPastVerb(rest[j + 1] as Token)))) return false;
	return tokens.slice(k + 1, k + 5).some((t) => t.lower === 'to');
}

/** What a speaker thinks, wants or perceives: not a checkable fact when said of oneself ("we learned", "I did not expect"). */
const COGNITION = /\b(?:expect|expected|want|wanted|wish|wished|intend|intended|learned|learnt|knew|know|realised|realized|understood|heard|saw|thought|felt|forgotten|forgot)\b/i;
const ATTITUDE = /\b(?:is|are|was|were|am|remain|remains|remained|'s|’s)\s+(?:not\s+)?(?:ready|willing|prepared|determined|confident|open|happy|keen|eager|committed|unwilling|reluctant|afraid|sure|convinced|serious|right|wrong|proud|grateful|disappointed)\b/i;
const PROGRESSIVE = /\b(?:is|are|was|were|am)\s+(?:not\s+)?(?:still\s+)?[a-z]+ing\b/i;
// "asked a court to suspend the strike" is a request made, not words reported; "added two breaks to the timetable" a thing added;
// "was announced in July" and "a deal first announced two years ago" a thing made known, with no one speaking
const SPEECH = new RegExp(String.raw`\b(?:said|says|told|tells|wrote|writes|(?<![-‐])add(?:ed|s)(?!\s+(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|some|more|new|its|their|his|her|another|\d[\d,.]*|time|to)\b|\s+[a-z]+ing\s+(?:hours|time|days|weeks|staff|jobs|routes|capacity)\b)|warned|warns|(?:denied|denies)(?!\s+(?:murder|manslaughter|fraud|theft|assault|rape|arson|all\s+(?:the\s+)?charges|the\s+charges?|charges|any\s+wrongdoing|wrongdoing|[a-z]+ing|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty)\s+(?:\w+\s+)?(?:counts?|charges?|offences?|offenses?))\b|\s*[.;]|\s*,(?![^.;]*?\bthat\b))|suggested|suggests|claimed(?!${CLAIMED_DEED})|insisted|insists|argued|argues|stated|(?<!\b(?:was|were|been|be|being|is|are)\s|\b(?:a|an)\s+[\p{L}-]+\s+(?:first\s+|[\p{L}-]+ly\s+)?)announced(?!\s+(?:the|a|an|its|his|her|their|\d)\b(?![^.]{0,30}?\b(?:programme|program|plans?|scheme|strategy|proposals?|targets?|intention)\b))|(?<!\b(?:was|were|been|be|being|is|are)\s)(?:admits|admitted)(?!\s+(?:murder|manslaughter|fraud|theft|assault|arson|causing|possessing|charges|the\s+charges?|[a-z]+ing|to\s+(?:the\s+)?hospital)\b)|(?:concedes|conceded)(?!\s+(?:defeat|victory|the\s+(?:race|election|seat|contest|title)|in\s+a\b|on\b|late|early|shortly|\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s*[.;]|\s*,(?![^.;]*?\bthat\b))|acknowledges|acknowledged|saying|according to|urged|called\s+(?:on\s+)?(?:[\p{L}\d'’.-]+\s+){0,4}for\s+(?:[\p{L}\d'’.-]+\s+){1,6}to\s|called\s+on\s+(?:[\p{L}\d'’.-]+\s+){1,6}to\s|(?:is|are)\s+asked\s+to|asked\s+(?:[\p{L}'’-]+\s+){0,4}(?:whether|why|how|what|if|when|where|who)\b|defended|posted on|tweeted)\b`, 'iu');

/** Finds the claims of a document. */
export function extractClaims(doc: TextDocument, actors: ActorIndex, quotes: QuoteDraft[], dates: DateDraft[], publication: string): ClaimDraft[] {
	const claims: ClaimDraft[] = [];
	for (const block of doc.blocks) {
		if (block.kind === 'heading') continue;
		const blockQuotes = quotes.filter((q) => q.block === block.index);
		const blockDates = dates.filter((d) => d.block === block.index);
		for (const sentence of block.sentences) {
			const inSentence = blockQuotes.filter((q) => q.start < sentence.end && sentence.start < q.end);
			const sentenceText = sentence.text;
			const startsWithQuote = /^[“"«‘]/.test(sentenceText);
			// what the sentence reports comes after its own main verb: partial quotes late in it, or the clause of
			// a participle ("vetoed a bill Tuesday, saying it would force counties to lay off deputies")
			const afterItsVerb = (q: QuoteDraft) => (q.kind === 'direct' && q.start - sentence.start > sentenceText.length / 2) || (q.kind === 'indirect' && /ing$/i.test(q.cue ?? ''));
			const onlyPartialQuotes = inSentence.every(afterItsVerb);
			const firstCue = inSentence.filter((q) => q.kind === 'indirect').map((q) => sentenceText.lastIndexOf(q.cue ?? '', q.start - sentence.start)).filter((at) => at > 0);
			const beforeQuotes = inSentence.length > 0 ? sentenceText.slice(0, Math.min(...inSentence.map((q) => q.start - sentence.start), ...firstCue)) : sentenceText;
			if (onlyPartialQuotes && !startsWithQuote && !SPEECH.test(beforeQuotes)) {
				// the first sentence's claim starts after the story's dateline
				const { start } = storyPart(block, sentence);
				const kind = sentenceClaim(block, start, sentence.end, blockDates, publication);
				if (kind) claims.push({ block: block.index, start, end: sentence.end, attributedTo: null, kind });
			}
		}
		for (const quote of blockQuotes) {
			// (what an anonymous source reported is a claim too, attributed to no one: "a diplomat who asked not to be named said …")
			if ((!quote.speaker && quote.kind === 'direct') || (quote.kind === 'indirect' && /^(?:denied|denies|deny|denying|urged|urges|asked)$/i.test(quote.cue ?? ''))) continue;
			for (const clause of clausesOf(block.text, quote.start, quote.end)) {
				const kind = quotedClaim(block, clause.start, clause.end, actors, blockDates, quote.kind);
				if (kind) claims.push({ block: block.index, start: clause.start, end: clause.end, attributedTo: quote.speaker, kind });
			}
		}
	}
	return claims.sort((a, b) => a.block - b.block || a.start - b.start);
}

/** A sentence of the narrative that states a fact, and its kind; undefined for anything else. */
function sentenceClaim(block: TextBlock, start: number, end: number, dates: DateDraft[], publication: string): ClaimKind | undefined {
	const text = block.text.slice(start, end);
	// short sentences say too little to check, unless they count something ("Ostvik has 4,000 residents."),
	// date something ("They married in 1972.") or tell that no one was hurt ("Nobody was hurt.")
	const dated = hasDate(dates, start, end);
	const shortest = /\d/.test(withoutDates(block, start, end, dates)) || dated || NO_ONE_HURT.test(text) ? 3 : 5;
	if (/\?\s*$/.test(text) || words(text) < shortest || PREDICTION.test(mainClause(text)) || NARRATIVE_CONDITION.test(text) || NO_COMMENT.test(text) || FIRST_PERSON_VIEW.test(text) || UNKNOWN.test(text)) return undefined;
	const tokens = tokensIn(block, start, end).filter((t) => t.kind === 'word');
	const mainVerb = firstFinite(tokens) ?? presentAfterSubject(tokens, text, dates, start, end, publication);
	if (!mainVerb || intendsBeforeVerb(tokens, mainVerb)) return undefined;
	if (modal(tokens, tokens.indexOf(mainVerb))) return undefined;
	// (a modal before the verb; not the month: "In May 2019, 47 people died")
	if (/\b(?:will|would|could|might|may|should|must)\b/i.test(withoutDates(block, start, end, dates).slice(0, mainVerb.start - start + mainVerb.text.length))) return undefined;
	return kindOf(withoutDates(block, start, end, dates), hasDate(dates, start, end));
}

/**
 * A sentence up to its first clause of its own: a relative clause (", which is due to vote") or a
 * coordinated one (", and talks are due to begin"). A plan in such a clause leaves the fact before
 * it a claim.
 */
function mainClause(text: string): string {
	// a relative clause between commas is a parenthetical: "Han, who took over in 2022, is due to present …"
	const main = text.replace(/,\s+(?:who|which|where)\s[^,]*,/g, '');
	const at = main.search(/,\s+(?:which|who|where|and|but|while)\s|;\s/);
	return at === -1 ? main : main.slice(0, at);
}

/** The text of `[start, end)` with its date expressions blanked, so years do not count as statistics. */
function withoutDates(block: TextBlock, start: number, end: number, dates: DateDraft[]): string {
	let text = block.text.slice(start, end);
	for (const date of dates) {
		if (date.start < start || date.end > end) continue;
		text = `${text.slice(0, date.start - start)}${' '.repeat(date.end - date.start)}${text.slice(date.end - start)}`;
	}
	return text;
}

/**
 * A clause inside a quote that states a fact: about a named or definite subject in any tense but
 * the future; about the speaker or a pronoun only in the past or perfect ("we have moved record
 * tonnage"); "there are" only with a number. Reported clauses need no named subject.
 */
function quotedClaim(block: TextBlock, start: number, end: number, actors: ActorIndex, dates: DateDraft[], kind: 'direct' | 'indirect'): ClaimKind | undefined {
	const text = block.text.slice(start, end);
	// (three words do when they count: "Turnout was 58.4%")
	if (/\?/.test(text) || words(text) < (/\d/.test(text) ? 3 : 4) || OPINION.test(text) || CONDITIONAL_START.test(text) || PREDICTION.test(text)) return undefined;
	// "was following the talks" is too vague to check, unless it counts something ("was carrying 214 passengers")
	if (PROGRESSIVE.test(text) && !NUMBER_WORDS.test(withoutDates(block, start, end, dates))) return undefined;
	const allTokens = tokenize(text);
	// a date opening the clause is no subject: "This morning there were more than 38,000 people in it"
	const opening = dates.find((d) => d.start === start && d.end < end);
	const tokens = allTokens.filter((t) => t.kind === 'word' && (!opening || t.start >= opening.end - start));
	const first = tokens[0];
	if (!first) return undefined;
	const lower = first.lower;
	// a fragment ("what nurses had been reporting for years") or an open question ("does not ask whether …") states nothing to check
	if (WH_WORDS.has(lower) || tokens.some((t) => t.lower === 'whether')) return undefined;
	const verb = firstFinite(tokens);
	if (!verb || intendsBeforeVerb(tokens, verb) || tokens.some((t, k) => modal(tokens, k) || /^(?:cannot|can['’]t|won['’]t|wouldn['’]t|shouldn['’]t|couldn['’]t|mustn['’]t)$/.test(t.lower))) return undefined;
	const pastOrPerfect = isPastVerb(verb) || /^(?:was|were|wasn['’]t|weren['’]t|did|didn['’]t)$/.test(verb.lower) || isPerfect(tokens, verb);
	const pronoun = isPronoun(lower);
	if (pronoun) {
		// (in the present, only with a number: "we have 4,000 members", "our schools are running two shifts a day")
		// (not what one means to do or asks for: "we need 200 more nurses", "our target is 6 percent")
		const counted = NUMBER_WORDS.test(withoutDates(block, start, end, dates)) && !AIMS.test(text);
		// (nor, in someone's own words, a deed of theirs that counts, dates and names nothing: "I carried the small one most
		// of the way", "We studied them"; "I have served this country for 30 years" and "We sold it to Velmo" state facts)
		const anecdote = kind === 'direct' && !NUMBER_WORDS.test(text) && !hasDate(dates, start, end) && !actors.inBlock(block.index).some((m) => m.start >= start && m.end <= end && m.form !== 'modifier');
		if (PRONOUNS.second.has(lower) || (!pastOrPerfect && !counted) || anecdote || ATTITUDE.test(text) || COGNITION.test(text)) return undefined;
		return kindOf(withoutDates(block, start, end, dates), hasDate(dates, start, end));
	}
	if (lower === 'there') return allTokens.some((t) => t.kind === 'number') ? 'statistical' : undefined;
	if (['this', 'that', 'and', 'but', 'so'].includes(lower)) return undefined;
	if (kind === 'indirect') return ATTITUDE.test(text) ? undefined : kindOf(withoutDates(block, start, end, dates), hasDate(dates, start, end));
	if (['a', 'an'].includes(lower)) return undefined;
	const leadingCapitals = tokens.findIndex((t) => !t.capitalised);
	const subjectEnd = start + (tokens[leadingCapitals === -1 ? tokens.length - 1 : Math.max(0, leadingCapitals - 1)]?.end ?? 0);
	const namedSubject = first.capitalised && actors.inBlock(block.index).some((m) => m.start >= start && m.end <= subjectEnd && m.form !== 'modifier');
	// "R640 million is less than …": an amount in a currency's letters
	const definite = lower === 'the' || first.kind === 'number' || /^\p{Lu}{0,3}\d/u.test(first.text);
	// "Every month, millions of people were followed …": a count of what happened
	const countedPast = pastOrPerfect && NUMBER_WORDS.test(withoutDates(block, start, end, dates));
	if (!namedSubject && !definite && !countedPast) return undefined;
	return kindOf(withoutDates(block, start, end, dates), hasDate(dates, start, end));
}

/** Splits quoted words into clauses: sentences, then ", but", "; " and " and will/would". */
function clausesOf(text: string, start: number, end: number): Array<{ start: number; end: number }> {
	const clauses: Array<{ start: number; end: number }> = [];
	const inner = text.slice(start, end);
	// (and a comma before a new pronoun subject: "We learned, we spent $600 million hardening that system, and we have not had an
	// outage of that size since" is three clauses)
	const boundary = /[.!?]+["”’']?\s+|;\s+|,\s+but\s+|\s+and\s+(?=(?:will|would|could|should|must|can)\b)|,\s+(?:and\s+)?(?=(?:we|I|he|she|they)\s+\p{Ll})|,\s*$/gu;
	let from = 0;
	for (const match of inner.matchAll(boundary)) {
		const at = match.index ?? 0;
		// "Ms. Kasabova had 44.8 percent": an abbreviation's period ends no clause
		if (match[0].startsWith('.') && continuesAfterPeriod(inner, at, at + match[0].length)) continue;
		push(clauses, inner, start, from, at + (match[0].trimStart().startsWith('.') || /^[!?]/.test(match[0]) ? 1 : 0));
		from = at + match[0].length;
	}
	push(clauses, inner, start, from, inner.length);
	return clauses;
}

function push(clauses: Array<{ start: number; end: number }>, inner: string, offset: number, from: number, to: number): void {
	let a = from;
	let b = to;
	while (a < b && /\s/.test(inner[a] ?? '')) a += 1;
	// the second half of a split quotation may open with its conjunction: "but we have already secured 60 percent"
	const conjunction = /^(?:but|and|yet|so)\s+/i.exec(inner.slice(a, b));
	if (conjunction && a === 0) a += conjunction[0].length;
	while (b > a && /[\s,]/.test(inner[b - 1] ?? '')) b -= 1;
	if (b > a) clauses.push({ start: offset + a, end: offset + b });
}

const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'how', 'why', 'where', 'whatever']);

/** Words before a plural subject's noun: "the workers", "many residents", "about 38,000 people". */
const SUBJECT_LEADS = new Set(['the', 'many', 'some', 'most', 'few', 'several', 'all', 'both', 'about', 'around', 'nearly', 'almost', 'more', 'than', 'other', 'these', 'those', 'their', 'its', 'least', 'over', 'roughly', 'only']);

/** Verbs whose past is spelt as their bare form and as a noun ("cut", "shed"): a past right after a name or "the" and one or two words opening the sentence, and before no preposition ("Brennmoor Steel cut 300 jobs", "The council cut its subsidy", not "the rate cut in December"). */
const SAME_FORM_PASTS = new Set(['cut', 'shed']);
/** Words after "cut" that make it a noun: a preposition or a verb of its own ("the rate cut in December", "the rate cut could lift prices"). */
const AFTER_THE_NOUN = new Set(['in', 'on', 'to', 'of', 'for', 'by', 'at', 'from', 'was', 'is', 'were', 'are', 'has', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can']);

function sameFormPast(tokens: Token[], k: number): boolean {
	const token = tokens[k];
	const next = tokens[k + 1];
	if (!token || !SAME_FORM_PASTS.has(token.lower) || AFTER_THE_NOUN.has(next?.lower ?? '') || (next !== undefined && isPastVerb(next, token))) return false;
	return (k >= 1 && tokens[k - 1]?.capitalised === true) || (k >= 2 && k <= 3 && tokens[0]?.lower === 'the' && tokens.slice(1, k).every((t) => !FUNCTION_WORDS.has(t.lower)));
}

function firstFinite(tokens: Token[]): Token | undefined {
	const finite = tokens.find((t, k) => !t.capitalised && (FINITE.test(t.lower) || sameFormPast(tokens, k) || isPastVerb(t) || NON_FACTUAL_MODALS.has(t.lower) || /^(?:doesn|don|didn|isn|aren|wasn|weren|hasn|haven|hadn)['’]t$/.test(t.lower) || /[a-z]s$/.test(t.lower) && /^(?:wants|needs|says|seems|appears|remains|shows|holds|controls|owns|employs|costs|includes|represents|runs|operates|produces|supplies|owes|makes|covers|serves|exports|imports|earns|pays|receives|provides|manages|leads|exceeds|contains|lacks|faces|denies|admits)$/.test(t.lower)));
	// "losses run into millions", "about 38,000 people ride the trains": a plural subject and its bare verb, before any other verb
	const at = tokens.slice(0, 4).findIndex((t, k) => isPluralSubjectAndVerb(t, tokens[k + 1]) && (k === 0 || (k === 1 && tokens[0]?.capitalised) || SUBJECT_LEADS.has(tokens[k - 1]?.lower ?? '')));
	const bare = at === -1 ? undefined : tokens[at + 1];
	return bare && (!finite || bare.start < finite.start) ? bare : finite;
}

/**
 * A verb in the present after its singular subject, when no other verb was found: "The budget freezes transfers to the 19
 * regions …", "SNR carries about 640,000 passengers a day" (a word in -s after a noun, not after a determiner or a possessive,
 * where "the shares" and "the company’s talks" are nouns). Only a sentence that counts something, whose subject opens it with
 * a determiner or is a name ("Follow our live updates", "Timeline: key dates", "Outside the clinic, a queue stretches …" are no
 * statements), whose verb tells no plan, view or promise, and with no time still to come ("The board meets again on April 11").
 */
function presentAfterSubject(tokens: Token[], text: string, dates: DateDraft[], start: number, end: number, publication: string): Token | undefined {
	const at = tokens.slice(1, 9).findIndex((t, i) => {
		const previous = tokens[i];
		return /^[a-z]{2,}(?:es|s)$/.test(t.text) && !/(?:ss|us|is|ous|ics|ways)$/.test(t.lower) && !FUNCTION_WORDS.has(t.lower) && previous !== undefined && !FUNCTION_WORDS.has(previous.lower) && !/['’]s$/.test(previous.text) && !/(?:ly)$/.test(previous.lower);
	});
	const verb = at === -1 ? undefined : tokens[at + 1];
	if (!verb || PLAN_OR_VIEW.test(verb.lower) || !NUMBER_WORDS.test(text)) return undefined;
	const subject = tokens.slice(0, at + 1);
	// (or a name's possessive before the noun: "Ostvik's airport handles …")
	const named = subject.every((t) => t.capitalised) || SUBJECT_DETERMINERS.has(subject[0]?.lower ?? '') || (subject[0]?.capitalised === true && /['’]s$/.test(subject[0].text));
	if (!named || /[:,(]/.test(text.slice(0, verb.start - start))) return undefined;
	const ahead = dates.some((d) => d.start >= start && d.end <= end && (d.tense === 'future' || startsAfter(d.value, publication) || AHEAD_WORDS.test(text.slice(d.start - start, d.end - start))));
	return ahead ? undefined : verb;
}

/** Words that open a subject the narrative states a fact about: "The ordinance limits …", "Each bus carries …", "Some 60% of the population lives …". */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'each', 'every', 'some', 'most', 'about', 'around', 'nearly', 'almost', 'over', 'only', 'roughly']);

/** Times ahead of the publication, or of its day in a present sentence: "tonight", "this weekend", "later this month", "next year". */
const AHEAD_WORDS = /\b(?:today|tonight|tomorrow|this\s+weekend|later\s+this|next\s+\p{L}+)\b/iu;

/** Whether a date value begins after the publication day, to the precision it is written in ("2026-04-11", "2026", "2026-Q1"). */
function startsAfter(value: string | null, publication: string): boolean {
	const written = /^\d{4}(?:-\d\d(?:-\d\d)?)?/.exec(value ?? '')?.[0];
	return written !== undefined && written > publication.slice(0, written.length);
}

/** Present verbs of a plan, a promise, a wish, a view or a feeling, which state nothing to check: "expects", "vows", "looks". */
const PLAN_OR_VIEW = /^(?:expects|plans|aims|hopes|wants|prefers|intends|seeks|looks|feels|seems|means|appears|sounds|deserves|proposes|promises|vows|pledges|demands|urges|recommends|accuses|anticipates|questions|loves|regrets|declines|forecasts|predicts|projects)$/;

/** Whether the word at `k` is a modal ("will", "could"); "need" only before "to" or "not" ("260,000 people need shelter" states a need). */
function modal(tokens: Token[], k: number): boolean {
	const lower = tokens[k]?.lower ?? '';
	if (lower === 'need') return /^(?:to|not)$/.test(tokens[k + 1]?.lower ?? '');
	return NON_FACTUAL_MODALS.has(lower);
}

/** "have moved", "has never taken", "had been": a form of have before a past participle. */
function isPerfect(tokens: Token[], verb: Token): boolean {
	if (!/^(?:has|have|had|hasn['’]t|haven['’]t|hadn['’]t)$/.test(verb.lower)) return false;
	let k = tokens.indexOf(verb) + 1;
	while (tokens[k] && /^(?:not|never|already|just|also|long|since|always|ever|only|recently)$/.test(tokens[k]?.lower ?? '')) k += 1;
	const next = tokens[k];
	return next !== undefined && (isPastVerb(next) || /^(?:been|done|gone|seen|taken|given|known|shown|grown|written|spoken|chosen|fallen|risen|driven|broken|forgotten|begun|won|lost|made|paid|held|kept|left|met|sent|spent|told|said|brought|bought|built|fought|found|had)$/.test(next.lower));
}

function hasDate(dates: DateDraft[], start: number, end: number): boolean {
	// a duration ("for three weeks") or a reference ("now", "recently") dates nothing
	return dates.some((d) => d.start >= start && d.end <= end && d.value !== null && d.granularity !== 'duration' && d.granularity !== 'reference');
}

function kindOf(text: string, dated: boolean): ClaimKind {
	if (NUMBER_WORDS.test(text.replace(/\b\d+-(?:day|week|month|year)\b/g, ''))) return 'statistical';
	if (CAUSAL.test(text)) return 'causal';
	if (dated) return 'event';
	return 'state';
}

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
