/**
 * Events: dated happenings for the timeline. Every date that points at a calendar day, week, month,
 * quarter, season or year is a happening on that date; mentions of the same date are one event,
 * summarised by the clause of its most factual mention, with the actors of that sentence.
 */
import type { Granularity } from './schema.ts';
import type { ActorDraft, ActorIndex } from './actors.ts';
import type { DateDraft } from './dates.ts';
import { SUPERLATIVES } from './lexicon.ts';
import { sentenceAt, storyPart, type TextBlock, type TextDocument } from './text/document.ts';

/** An event while the article is analysed. */
export interface EventDraft {
	date: string;
	granularity: Granularity;
	summary: string;
	actors: ActorDraft[];
	block: number;
	/** Sentence offsets in the block's text. */
	start: number;
	end: number;
	dates: DateDraft[];
}

const EVENT_GRANULARITIES = new Set<Granularity>(['day', 'week', 'month', 'quarter', 'season', 'year']);
const MAX_SUMMARY_WORDS = 24;

/** Groups the article's dates into events. */
export function extractEvents(doc: TextDocument, actors: ActorIndex, dates: DateDraft[]): EventDraft[] {
	const byValue = new Map<string, DateDraft[]>();
	for (const date of dates) {
		if (!date.value || !EVENT_GRANULARITIES.has(date.granularity)) continue;
		const list = byValue.get(date.value) ?? [];
		list.push(date);
		byValue.set(date.value, list);
	}
	const events: EventDraft[] = [];
	for (const [value, mentions] of byValue) {
		// "since 2008" only opens a period; a date is an event when something is said to happen on it
		// (a day or a month after "since" is when what goes on began: "closed since last Tuesday", "rationed since early March";
		// not after a superlative, "the lowest level since March", "the first loss since Oct. 12", which dates no happening)
		const opensPeriod = (mention: DateDraft) => Number(/^since\b/i.test(doc.blocks[mention.block]?.text.slice(mention.start, mention.end) ?? ''));
		const stateBegun = (mention: DateDraft) => {
			const block = doc.blocks[mention.block];
			const sentence = block ? sentenceAt(block, mention.start) : undefined;
			return mention.granularity !== 'year' && mention.granularity !== 'decade' && block !== undefined && !SUPERLATIVE_BEFORE.test(block.text.slice(sentence?.start ?? 0, mention.start));
		};
		if (mentions.every((mention) => opensPeriod(mention) && !stateBegun(mention))) continue;
		// the date of a dateline is the story's, but the story says what happened on it
		const inDateline = (mention: DateDraft) => Number(mention.start < (doc.blocks[mention.block]?.storyStart ?? 0));
		// (and a subheading only titles what a paragraph tells: "Parade on Tuesday")
		const inHeading = (mention: DateDraft) => Number(doc.blocks[mention.block]?.kind === 'heading');
		const best = [...mentions].sort((a, b) => Number(a.inQuote) - Number(b.inQuote) || opensPeriod(a) - opensPeriod(b) || inDateline(a) - inDateline(b) || inHeading(a) - inHeading(b) || a.block - b.block || a.start - b.start)[0];
		if (!best) continue;
		const block = doc.blocks[best.block];
		if (!block) continue;
		const sentence = storyPart(block, sentenceAt(block, best.start) ?? { start: 0, end: block.text.length, text: block.text });
		const involved = new Set<ActorDraft>();
		for (const mention of mentions) {
			const mentionBlock = doc.blocks[mention.block];
			if (!mentionBlock) continue;
			const around = sentenceAt(mentionBlock, mention.start);
			if (!around) continue;
			for (const actor of actors.inBlock(mention.block)) if (actor.start >= around.start && actor.end <= around.end) involved.add(actor.actor);
		}
		events.push({
			date: value,
			granularity: best.granularity,
			summary: summarise(block, sentence.start, sentence.end, best),
			actors: [...involved].filter((actor) => actor.kind !== 'group'),
			block: best.block,
			start: sentence.start,
			end: sentence.end,
			dates: mentions,
		});
	}
	return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.block - b.block));
}

/** A superlative or an ordinal a "since" compares with: "the lowest level since", "its first loss since", "the most since". */
// ("most schools stayed closed since Monday", "the only road was closed since March": determiners, not superlatives)
const SUPERLATIVE_BEFORE = new RegExp(String.raw`\b(?:${SUPERLATIVES.split('|').filter((word) => word !== 'most' && word !== 'only').join('|')}|last)\s+(?:[\p{L}'’-]+\s+){0,3}$`, 'iu');

const CLAUSE_OPENERS = /^(?:shortly\s+)?(?:after|before|when|while|as|since|once|until|because|although|though)\s+/i;
const CLAUSE_BREAK = /,\s+(?=(?:saying|adding|without|but|which|who|while|after|before|shortly|as|when|although|though|according)\b)|;\s|\s[—–]\s|:\s/;

/** The clause around the date, without the date itself, shortened to a headline-like line. */
function summarise(block: TextBlock, start: number, end: number, date: DateDraft): string {
	// a date before `start` (in the dateline): the clause is all of the sentence after it
	const before = date.start >= start ? block.text.slice(start, date.start) : '';
	// a deadline or a period's end stays: "Kestran had until Wednesday to accept" is not "Kestran had to accept"
	const keep = date.start >= start && /^(?:until|till|through)\s/i.test(block.text.slice(date.start, date.end));
	const after = block.text.slice(Math.max(keep ? date.start : date.end, start), end);
	// the clause opens after the last break before the date ("…, shortly after the council voted …")
	let left = before;
	const breaks = [...before.matchAll(/,\s+|;\s+|\s[—–]\s/g)];
	const lastBreak = breaks.at(-1);
	if (lastBreak && CLAUSE_OPENERS.test(before.slice((lastBreak.index ?? 0) + lastBreak[0].length))) left = before.slice((lastBreak.index ?? 0) + lastBreak[0].length);
	left = left.replace(CLAUSE_OPENERS, '');
	const cut = after.search(CLAUSE_BREAK);
	let right = cut === -1 ? after : after.slice(0, cut);
	// a date in a relative clause dates that clause: "Brenn, who was elected in 2019, resigned" → "Brenn was elected"
	const relative = /,\s+(?:who|which)\s+([^,;]*)$/.exec(before);
	const antecedent = relative ? before.slice(0, relative.index).split(/,\s+|;\s+/).at(-1)?.trim() : undefined;
	// only after a short noun phrase: a name or "the …" ("runs the Mediterranean Cup, which …" keeps the whole clause)
	const nounPhrase = antecedent !== undefined && antecedent.split(/\s+/).length <= 6 && !/\s(?:and|or)\s/.test(antecedent) && /^(?:\p{Lu}|(?:the|a|an|its|their|his|her|our)\s)/u.test(antecedent);
	if (relative && antecedent && nounPhrase) {
		left = `${antecedent} ${relative[1] ?? ''}`;
		const closing = after.search(/[,;]/);
		right = closing === -1 ? after : after.slice(0, closing);
	}
	const text = `${left}${right}`
		.replace(/\s+/g, ' ')
		.replace(/\s+([,.;:”’])/g, '$1')
		// (a date in apposition leaves its two commas: "Net profit in Q3, the three months to December, rose" → one)
		.replace(/,(?:\s*,)+/g, ',')
		.replace(/^[\s,“"]+|[\s,.;:”"]+$/g, '')
		.trim();
	const words = text.split(' ');
	const short = words.length > MAX_SUMMARY_WORDS ? `${words.slice(0, MAX_SUMMARY_WORDS).join(' ')}…` : text;
	return short.charAt(0).toUpperCase() + short.slice(1);
}
