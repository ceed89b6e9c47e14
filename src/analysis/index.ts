/**
 * Dateline's analysis engine, its one door: `analyzeArticle(body, { date })` turns an article body
 * (Markdown) and its publication date into actors, quotes, dates, claims and events, with offsets
 * into the body. Pure: no file system, no Astro, the same output for the same input.
 */
import type { Root } from 'mdast';
import { slugify } from './text/slug.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractActors, type ActorDraft } from './actors.ts';
import { extractClaims } from './claims.ts';
import { extractDates } from './dates.ts';
import { extractEvents } from './events.ts';
import { extractQuotes } from './quotes.ts';
import type { Actor, ArticleAnalysis } from './schema.ts';
import { buildDocument, toBodySpan, type TextDocument } from './text/document.ts';

export * from './schema.ts';

/** Options of {@link analyzeArticle}. */
export interface AnalyzeOptions {
	/** Publication date, `YYYY-MM-DD`: relative dates are resolved against it. */
	date: string;
	/** The body's mdast tree, when the caller has already parsed it (parsed from the same body). */
	tree?: Root;
}

export { ENGINE_VERSION } from './version.ts';

const parser = unified().use(remarkParse);

/** Analyses one article body. Never throws on any text; offsets always slice back to their text. */
export function analyzeArticle(body: string, options: AnalyzeOptions): ArticleAnalysis {
	const tree = options.tree ?? parser.parse(body);
	const doc = buildDocument(body, tree);
	const actorIndex = extractActors(doc);
	const quoteDrafts = extractQuotes(doc, actorIndex);
	const dateDrafts = extractDates(
		doc,
		options.date,
		quoteDrafts.filter((q) => q.kind === 'direct'),
	);
	const claimDrafts = extractClaims(doc, actorIndex, quoteDrafts, dateDrafts, options.date);
	const eventDrafts = extractEvents(doc, actorIndex, dateDrafts);

	const ids = assignActorIds(actorIndex.actors);
	const span = (block: number, start: number, end: number) => {
		const textBlock = doc.blocks[block];
		const mapped = textBlock ? toBodySpan(textBlock, start, end) : { start: 0, end: 0 };
		return { ...mapped, text: body.slice(mapped.start, mapped.end), paragraph: textBlock?.paragraph ?? 1 };
	};
	const actorId = (actor: ActorDraft | null) => (actor ? (ids.get(actor) ?? null) : null);

	const actors: Actor[] = actorIndex.actors.map((actor) => {
		const mentions = actorIndex.mentions
			.filter((m) => m.actor === actor && m.form !== 'modifier')
			.map((m) => {
				const { text, start, end } = span(m.block, m.start, m.end);
				return { text, start, end };
			});
		const aliases = [...new Set([...actor.forms, ...actor.titled])].filter((form) => form !== actor.name);
		return { id: ids.get(actor) ?? slugify(actor.name), name: actor.name, kind: actor.kind, aliases, roles: actor.roles, mentions };
	});

	return {
		actors,
		quotes: quoteDrafts.map((quote, index) => {
			const { text, start, end, paragraph } = span(quote.block, quote.start, quote.end);
			return { id: `q${index + 1}`, kind: quote.kind, text, start, end, speaker: actorId(quote.speaker), speakerName: quote.speaker?.name ?? null, cue: quote.cue, channel: quote.channel, paragraph };
		}),
		dates: dateDrafts.map((date, index) => {
			const { text, start, end, paragraph } = span(date.block, date.start, date.end);
			return {
				id: `d${index + 1}`,
				text,
				start,
				end,
				value: date.value,
				granularity: date.granularity,
				resolution: { anchor: date.anchor, anchorDate: date.anchorDate, tense: date.tense, explanation: date.explanation },
				paragraph,
				inQuote: date.inQuote,
			};
		}),
		claims: claimDrafts.map((claim, index) => {
			const { text, start, end, paragraph } = span(claim.block, claim.start, claim.end);
			return { id: `c${index + 1}`, text, start, end, attributedTo: actorId(claim.attributedTo), attributedToName: claim.attributedTo?.name ?? null, kind: claim.kind, paragraph };
		}),
		events: eventDrafts.map((event, index) => {
			const { start, end, paragraph } = span(event.block, event.start, event.end);
			const dateIds = event.dates.map((d) => `d${dateDrafts.indexOf(d) + 1}`);
			return { id: `e${index + 1}`, date: event.date, granularity: event.granularity, summary: event.summary, actors: event.actors.map((a) => actorId(a)).filter((id): id is string => id !== null), start, end, dates: dateIds, paragraph };
		}),
	};
}

/** Ids are slugs of canonical names, made unique within the article. */
function assignActorIds(actors: ActorDraft[]): Map<ActorDraft, string> {
	const ids = new Map<ActorDraft, string>();
	const used = new Set<string>();
	for (const actor of actors) {
		const base = slugify(actor.name) || 'actor';
		let id = base;
		for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
		used.add(id);
		ids.set(actor, id);
	}
	return ids;
}

/** The document model, for callers that render annotations. */
export type { TextDocument };
