/**
 * Editorial corrections, applied to the engine's analysis of an article after every analysis, so
 * they survive re-analysis: first the actor registry (canonical names, kinds, aliases, roles, and
 * who speaks for whom), then the article's own corrections (a quote's speaker, a date's value,
 * entries dropped). Pure functions: analysis in, corrected analysis and a report out.
 */
import type { Actor, ArticleAnalysis, DateMention, Granularity } from '../analysis/schema.ts';
import { slugify } from '../analysis/text/slug.ts';
import type { Correction, CorrectionOutcome, RegistryActor } from './schema.ts';

/** Text compared the way editors mean it: spacing, case and the form of quotation marks do not count. */
export function normaliseText(text: string): string {
	return text
		.replace(/[‘’‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

/** The id an actor of this name has inside an article. */
function actorId(name: string): string {
	return slugify(name) || 'actor';
}

/**
 * Gives every actor of the analysis that the registry knows (by name or alias) the registry's
 * canonical name, kind, aliases and roles, merging actors that turn out to be the same; then gives
 * the quotes and claims of an actor that speaks for another (a capital for its government) to that
 * other actor.
 */
export function applyRegistry(analysis: ArticleAnalysis, registry: readonly RegistryActor[]): ArticleAnalysis {
	if (registry.length === 0) return analysis;
	const known = new Map<string, RegistryActor>();
	for (const entry of registry) for (const name of [entry.name, ...entry.aliases]) known.set(normaliseText(name), entry);
	const merged = new Map<string, Actor>();
	const newId = new Map<string, string>();
	for (const actor of analysis.actors) {
		const entry = [actor.name, ...actor.aliases].map((name) => known.get(normaliseText(name))).find((found) => found !== undefined);
		const name = entry?.name ?? actor.name;
		const id = entry ? actorId(entry.name) : actor.id;
		newId.set(actor.id, id);
		const into = merged.get(id) ?? { ...actor, id, name, kind: entry?.kind ?? actor.kind, aliases: [], roles: [], mentions: [] };
		for (const alias of [actor.name, ...actor.aliases]) if (alias !== name && !into.aliases.includes(alias)) into.aliases.push(alias);
		for (const role of [...actor.roles, ...(entry?.roles ?? [])]) if (!into.roles.includes(role)) into.roles.push(role);
		into.mentions = [...into.mentions, ...actor.mentions].sort((a, b) => a.start - b.start);
		merged.set(id, into);
	}
	// who speaks for whom: the registry entry of the (renamed) actor says
	const speaksFor = new Map<string, string>();
	for (const actor of merged.values()) {
		const target = known.get(normaliseText(actor.name))?.speaksFor;
		if (target) speaksFor.set(actor.id, ensureActor(merged, target, known.get(normaliseText(target))?.kind ?? 'organization'));
	}
	const remap = (id: string | null) => (id === null ? null : (newId.get(id) ?? id));
	const speaker = (id: string | null) => {
		const mapped = remap(id);
		return mapped === null ? null : (speaksFor.get(mapped) ?? mapped);
	};
	return withNames({
		...analysis,
		actors: [...merged.values()],
		quotes: analysis.quotes.map((quote) => ({ ...quote, speaker: speaker(quote.speaker) })),
		claims: analysis.claims.map((claim) => ({ ...claim, attributedTo: speaker(claim.attributedTo) })),
		events: analysis.events.map((event) => ({ ...event, actors: [...new Set(event.actors.map((id) => remap(id) ?? id))] })),
	});
}

/** The id of the actor named `name`, added (with no mention) when the article does not have it. */
function ensureActor(actors: Map<string, Actor>, name: string, kind: Actor['kind']): string {
	const wanted = normaliseText(name);
	for (const actor of actors.values()) {
		if ([actor.name, ...actor.aliases].some((form) => normaliseText(form) === wanted)) return actor.id;
	}
	const id = actorId(name);
	actors.set(id, { id, name, kind, aliases: [], roles: [], mentions: [] });
	return id;
}

/** Speaker and claimant names refreshed from the actors' canonical names. */
function withNames(analysis: ArticleAnalysis): ArticleAnalysis {
	const names = new Map(analysis.actors.map((actor) => [actor.id, actor.name]));
	const nameOf = (id: string | null) => (id === null ? null : (names.get(id) ?? null));
	return {
		...analysis,
		quotes: analysis.quotes.map((quote) => ({ ...quote, speakerName: nameOf(quote.speaker) })),
		claims: analysis.claims.map((claim) => ({ ...claim, attributedToName: nameOf(claim.attributedTo) })),
	};
}

/** The corrected analysis and what became of each correction. */
export interface CorrectionResult {
	analysis: ArticleAnalysis;
	outcomes: CorrectionOutcome[];
}

/**
 * Applies an article's corrections in order. Each names its quote, claim (by a part of the text),
 * actor (by a form of its name) or date (by its expression as written); every entry that matches
 * is changed. A correction that matches nothing is reported with `matched: 0`.
 */
export function applyCorrections(analysis: ArticleAnalysis, corrections: readonly Correction[], lines: readonly number[] = []): CorrectionResult {
	let current = analysis;
	const outcomes = corrections.map((correction, index): CorrectionOutcome => {
		const { analysis: next, matched } = applyOne(current, correction);
		current = next;
		const line = lines[index];
		return { index, ...(line !== undefined ? { line } : {}), matched, description: describeCorrection(correction) };
	});
	return { analysis: withNames(current), outcomes };
}

/** A correction in words, for logs and the analyze command. */
export function describeCorrection(correction: Correction): string {
	const [target, text] = correction.quote !== undefined ? ['quote', correction.quote] : correction.actor !== undefined ? ['actor', correction.actor] : correction.date !== undefined ? ['date', correction.date] : ['claim', correction.claim ?? ''];
	const action = correction.drop ? 'dropped' : correction.speaker !== undefined ? `speaker ${correction.speaker}` : `value ${correction.value ?? ''}`;
	return `${target} "${text}" → ${action}`;
}

function applyOne(analysis: ArticleAnalysis, correction: Correction): { analysis: ArticleAnalysis; matched: number } {
	if (correction.quote !== undefined) {
		const wanted = normaliseText(correction.quote);
		const hits = new Set(analysis.quotes.filter((quote) => normaliseText(quote.text).includes(wanted)).map((quote) => quote.id));
		if (hits.size === 0) return { analysis, matched: 0 };
		if (correction.drop) return { analysis: { ...analysis, quotes: analysis.quotes.filter((quote) => !hits.has(quote.id)) }, matched: hits.size };
		const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
		const speaker = ensureActor(actors, correction.speaker ?? '', 'person');
		return { analysis: { ...analysis, actors: [...actors.values()], quotes: analysis.quotes.map((quote) => (hits.has(quote.id) ? { ...quote, speaker } : quote)) }, matched: hits.size };
	}
	if (correction.claim !== undefined) {
		const wanted = normaliseText(correction.claim);
		const kept = analysis.claims.filter((claim) => !normaliseText(claim.text).includes(wanted));
		return { analysis: { ...analysis, claims: kept }, matched: analysis.claims.length - kept.length };
	}
	if (correction.actor !== undefined) {
		const wanted = normaliseText(correction.actor);
		const gone = new Set(analysis.actors.filter((actor) => [actor.name, ...actor.aliases].some((form) => normaliseText(form) === wanted)).map((actor) => actor.id));
		if (gone.size === 0) return { analysis, matched: 0 };
		const keep = (id: string | null) => (id !== null && gone.has(id) ? null : id);
		return {
			analysis: {
				...analysis,
				actors: analysis.actors.filter((actor) => !gone.has(actor.id)),
				quotes: analysis.quotes.map((quote) => ({ ...quote, speaker: keep(quote.speaker) })),
				claims: analysis.claims.map((claim) => ({ ...claim, attributedTo: keep(claim.attributedTo) })),
				events: analysis.events.map((event) => ({ ...event, actors: event.actors.filter((id) => !gone.has(id)) })),
			},
			matched: gone.size,
		};
	}
	const wanted = normaliseText(correction.date ?? '');
	const hits = new Set(analysis.dates.filter((date) => normaliseText(date.text) === wanted).map((date) => date.id));
	if (hits.size === 0) return { analysis, matched: 0 };
	if (correction.drop) {
		const events = analysis.events.map((event) => ({ ...event, dates: event.dates.filter((id) => !hits.has(id)) })).filter((event) => event.dates.length > 0);
		return { analysis: { ...analysis, dates: analysis.dates.filter((date) => !hits.has(date.id)), events }, matched: hits.size };
	}
	const value = correction.value ?? '';
	const granularity = granularityOf(value);
	const setValue = (date: DateMention): DateMention => ({ ...date, value, granularity, resolution: { anchor: 'absolute', anchorDate: null, tense: null, explanation: `Set to ${value} by the editors.` } });
	return {
		analysis: {
			...analysis,
			dates: analysis.dates.map((date) => (hits.has(date.id) ? setValue(date) : date)),
			// an event dated only by a corrected date moves with it
			events: analysis.events.map((event) => (event.dates.length > 0 && event.dates.every((id) => hits.has(id)) ? { ...event, date: value, granularity } : event)),
		},
		matched: hits.size,
	};
}

/** The precision of a value an editor may write (see `correctionSchema`). */
function granularityOf(value: string): Granularity {
	if (/^\d{4}-\d\d-\d\d$/.test(value)) return 'day';
	if (/-W\d\d(-WE)?$/.test(value)) return 'week';
	if (/^\d{4}-\d\d$/.test(value)) return 'month';
	if (/-Q\d$/.test(value)) return 'quarter';
	if (/-(SP|SU|FA|WI)$/.test(value)) return 'season';
	return 'year';
}
