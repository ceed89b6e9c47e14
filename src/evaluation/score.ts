/**
 * Scores the engine's output for one article against its gold annotation: precision, recall and F1
 * per entity type, with spans matched by overlap (as in TempEval's relaxed match) and values,
 * speakers and kinds compared on the matched pairs. Optional gold items are neither required nor
 * counted as errors when found.
 */
import type { ArticleAnalysis } from '../analysis/schema.ts';
import type { Gold } from './gold.ts';

/** Counts for one entity type. */
export interface Tally {
	/** System items matched to a required gold item (and correct where a value is compared). */
	truePositives: number;
	/** System items matching no gold item (optional gold items excused). */
	falsePositives: number;
	/** Required gold items no system item matched. */
	falseNegatives: number;
}

/** The score of one article. */
export interface ArticleScore {
	actors: Tally;
	quotes: Tally;
	dates: Tally;
	claims: Tally;
	events: Tally;
	/** Matched direct quotes whose speaker is right, out of matched direct quotes with a gold speaker. */
	directSpeaker: { correct: number; total: number };
	/** Matched dates whose value is right, out of matched dates with a gold value. */
	dateValue: { correct: number; total: number };
	/** What went wrong, one line an item, for people reading an evaluation. */
	errors: string[];
}

interface Span {
	start: number;
	end: number;
}

/** Where each paragraph (top-level block, 1-based) starts and ends in the body. */
export type ParagraphSpans = Span[];

const emptyTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

/** Finds `text` in `body`, inside paragraph `paragraph` when given; every occurrence. */
function locate(body: string, text: string, paragraphs: ParagraphSpans, paragraph?: number): Span[] {
	const spans: Span[] = [];
	const within = paragraph ? paragraphs[paragraph - 1] : undefined;
	let from = within?.start ?? 0;
	const limit = within?.end ?? body.length;
	for (;;) {
		const at = body.indexOf(text, from);
		if (at === -1 || at + text.length > limit) break;
		spans.push({ start: at, end: at + text.length });
		from = at + 1;
	}
	return spans;
}

function overlapRatio(a: Span, b: Span): number {
	const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
	if (overlap <= 0) return 0;
	return overlap / Math.min(a.end - a.start, b.end - b.start);
}

const normal = (name: string | null | undefined) => (name ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[.’']/g, '').trim();

/** Scores `analysis` of `body` against `gold`. */
export function scoreArticle(body: string, analysis: ArticleAnalysis, gold: Gold, paragraphs: ParagraphSpans): ArticleScore {
	const score: ArticleScore = {
		actors: emptyTally(),
		quotes: emptyTally(),
		dates: emptyTally(),
		claims: emptyTally(),
		events: emptyTally(),
		directSpeaker: { correct: 0, total: 0 },
		dateValue: { correct: 0, total: 0 },
		errors: [],
	};

	// actors: a gold actor is found when a system actor's name or alias is one of its names
	const goldNames = gold.actors.map((actor) => new Set([actor.name, ...actor.aliases].map(normal)));
	const systemNames = analysis.actors.map((actor) => new Set([actor.name, ...actor.aliases].map(normal)));
	const sameActor = (g: number, s: number) => [...(systemNames[s] ?? [])].some((name) => goldNames[g]?.has(name));
	/** The gold actor a system actor id stands for (for speakers). */
	const goldActorOf = (systemId: string | null): number => {
		const index = analysis.actors.findIndex((actor) => actor.id === systemId);
		return index === -1 ? -1 : gold.actors.findIndex((_, g) => sameActor(g, index));
	};
	const goldIndexByName = (name: string | null) => (name === null ? -1 : gold.actors.findIndex((actor) => normal(actor.name) === normal(name)));
	gold.actors.forEach((actor, g) => {
		const found = analysis.actors.some((_, s) => sameActor(g, s));
		if (found && !actor.optional) score.actors.truePositives += 1;
		if (!found && !actor.optional) {
			score.actors.falseNegatives += 1;
			score.errors.push(`actor missed: ${actor.name}`);
		}
	});
	analysis.actors.forEach((actor, s) => {
		if (actor.kind === 'group') return;
		if (!gold.actors.some((_, g) => sameActor(g, s))) {
			score.actors.falsePositives += 1;
			score.errors.push(`actor not in gold: ${actor.name} (${actor.kind})`);
		}
	});

	// spans: pair each gold item with the best-overlapping unused system item
	const pair = <G extends { text: string; paragraph?: number | undefined; optional?: boolean | undefined }, S extends Span>(
		golds: G[],
		systems: S[],
		tally: Tally,
		label: string,
		accept: (g: G, s: S) => boolean,
		minOverlap = 0.5,
	) => {
		const used = new Set<number>();
		const matches: Array<[G, S]> = [];
		for (const g of golds) {
			const spans = locate(body, g.text, paragraphs, g.paragraph);
			if (spans.length === 0) {
				score.errors.push(`${label}: gold text not in the article: ${g.text}`);
				continue;
			}
			let best = -1;
			let bestRatio = 0;
			systems.forEach((s, index) => {
				if (used.has(index)) return;
				const ratio = Math.max(...spans.map((span) => overlapRatio(span, s)));
				if (ratio > bestRatio) {
					bestRatio = ratio;
					best = index;
				}
			});
			const system = best === -1 ? undefined : systems[best];
			if (system && bestRatio >= minOverlap) {
				used.add(best);
				if (g.optional) continue;
				if (accept(g, system)) {
					tally.truePositives += 1;
					matches.push([g, system]);
				} else {
					tally.falseNegatives += 1;
					tally.falsePositives += 1;
					matches.push([g, system]);
				}
			} else if (!g.optional) {
				tally.falseNegatives += 1;
				score.errors.push(`${label} missed: ${g.text}`);
			}
		}
		systems.forEach((s, index) => {
			if (!used.has(index)) {
				tally.falsePositives += 1;
				score.errors.push(`${label} not in gold: ${body.slice(s.start, s.end)}`);
			}
		});
		return matches;
	};

	const speakerRight = (goldSpeaker: string | null, systemSpeaker: string | null) =>
		goldSpeaker === null ? systemSpeaker === null : goldActorOf(systemSpeaker) !== -1 && goldActorOf(systemSpeaker) === goldIndexByName(goldSpeaker);
	const quoteMatches = pair(gold.quotes, analysis.quotes, score.quotes, 'quote', (g, s) => g.kind === s.kind);
	for (const [g, s] of quoteMatches) {
		if (g.kind !== s.kind) score.errors.push(`quote kind ${s.kind}, gold ${g.kind}: ${g.text}`);
		if (g.kind === 'direct' && g.speaker !== null) {
			score.directSpeaker.total += 1;
			if (speakerRight(g.speaker, s.speaker)) score.directSpeaker.correct += 1;
			else score.errors.push(`quote speaker ${s.speakerName ?? 'none'}, gold ${g.speaker}: ${g.text}`);
		}
	}

	const dateMatches = pair(gold.dates, analysis.dates, score.dates, 'date', (g, s) => g.value === undefined || g.value === null || g.value === s.value, 0.01);
	for (const [g, s] of dateMatches) {
		if (g.value === undefined || g.value === null) continue;
		score.dateValue.total += 1;
		if (g.value === s.value) score.dateValue.correct += 1;
		else score.errors.push(`date value ${s.value}, gold ${g.value}: ${g.text}`);
	}

	const claimMatches = pair(gold.claims, analysis.claims, score.claims, 'claim', () => true);
	for (const [g, s] of claimMatches) {
		if (!speakerRight(g.attributedTo, s.attributedTo)) score.errors.push(`claim attributed to ${s.attributedToName ?? 'the article'}, gold ${g.attributedTo ?? 'the article'}: ${g.text}`);
	}

	// events: by date value
	const eventDates = analysis.events.map((event) => event.date);
	const matchedEvents = new Set<number>();
	for (const event of gold.events) {
		const index = eventDates.findIndex((date, k) => date === event.date && !matchedEvents.has(k));
		if (index !== -1) {
			matchedEvents.add(index);
			if (!event.optional) score.events.truePositives += 1;
		} else if (!event.optional) {
			score.events.falseNegatives += 1;
			score.errors.push(`event missed: ${event.date} ${event.summary ?? ''}`);
		}
	}
	eventDates.forEach((date, k) => {
		if (!matchedEvents.has(k)) {
			score.events.falsePositives += 1;
			score.errors.push(`event not in gold: ${date}`);
		}
	});
	return score;
}

/** Precision, recall and F1 of a tally (1 when there is nothing to find and nothing found). */
export function prf(tally: Tally): { precision: number; recall: number; f1: number } {
	const precision = tally.truePositives + tally.falsePositives === 0 ? 1 : tally.truePositives / (tally.truePositives + tally.falsePositives);
	const recall = tally.truePositives + tally.falseNegatives === 0 ? 1 : tally.truePositives / (tally.truePositives + tally.falseNegatives);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return { precision, recall, f1 };
}

/** Adds tallies. */
export function addTallies(a: Tally, b: Tally): Tally {
	return { truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives, falseNegatives: a.falseNegatives + b.falseNegatives };
}

/** The entity types scored, in the order reports list them. */
export const SCORED_TYPES = ['actors', 'quotes', 'dates', 'claims', 'events'] as const;

/** The scores of several articles added up: a tally per type, and the speaker and date-value counts. */
export function totalScores(scores: readonly ArticleScore[]): Omit<ArticleScore, 'errors'> {
	const total: Omit<ArticleScore, 'errors'> = { actors: emptyTally(), quotes: emptyTally(), dates: emptyTally(), claims: emptyTally(), events: emptyTally(), directSpeaker: { correct: 0, total: 0 }, dateValue: { correct: 0, total: 0 } };
	for (const score of scores) {
		for (const type of SCORED_TYPES) total[type] = addTallies(total[type], score[type]);
		total.directSpeaker = { correct: total.directSpeaker.correct + score.directSpeaker.correct, total: total.directSpeaker.total + score.directSpeaker.total };
		total.dateValue = { correct: total.dateValue.correct + score.dateValue.correct, total: total.dateValue.total + score.dateValue.total };
	}
	return total;
}
