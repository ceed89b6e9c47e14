/**
 * The analysis engine's output: Zod schemas that are the single source of truth for the types of
 * actors, quotes, dates, claims and events. Offsets are UTF-16 offsets into the article body, so
 * `body.slice(start, end) === text`.
 */
import { z } from 'zod';

/** Offsets of a span of the body. */
const span = {
	/** UTF-16 offset of the first character in the body. */
	start: z.number().int().nonnegative(),
	/** UTF-16 offset after the last character. */
	end: z.number().int().nonnegative(),
};

/** What kind of actor: a person, an organisation, a place, or an unnamed group ("residents"). */
export const actorKindSchema = z.enum(['person', 'organization', 'place', 'group']);
/** See {@link actorKindSchema}. */
export type ActorKind = z.output<typeof actorKindSchema>;

/** One place where an actor is named or referred to. */
export const mentionSchema = z.object({ text: z.string(), ...span });
/** See {@link mentionSchema}. */
export type Mention = z.output<typeof mentionSchema>;

/** A person, organisation, place or group of the article, with every mention. */
export const actorSchema = z.object({
	/** Slug of the canonical name, unique in the article (and across articles for the same name). */
	id: z.string(),
	/** Canonical name: the fullest form ("Ines Okonkwo-Barros"), a country's common name. */
	name: z.string(),
	kind: actorKindSchema,
	/** Other forms used in the article ("Okonkwo-Barros", "Mayor Ines Okonkwo-Barros", "Nairobi" for Kenya). */
	aliases: z.array(z.string()),
	/** Roles written before the name ("Port Calder Mayor"). */
	roles: z.array(z.string()),
	/** Every mention, in reading order. */
	mentions: z.array(mentionSchema),
});
/** See {@link actorSchema}. */
export type Actor = z.output<typeof actorSchema>;

/** A quotation: the speaker's own words (direct) or reported speech (indirect). */
export const quoteSchema = z.object({
	/** `q1`, `q2`… in reading order. */
	id: z.string(),
	kind: z.enum(['direct', 'indirect']),
	/** The quoted words without the quotation marks, or the reported clause. */
	text: z.string(),
	...span,
	/** Id of the speaking actor, or null when no speaker is named. */
	speaker: z.string().nullable(),
	/** Canonical name of the speaker. */
	speakerName: z.string().nullable(),
	/** The attribution verb as written ("said", "wrote", "according to"), null for a continued quote. */
	cue: z.string().nullable(),
	/** Where the words were published ("X", "Telegram"), when the text says. */
	channel: z.string().nullable(),
	/** 1-based paragraph of the body. */
	paragraph: z.number().int().positive(),
});
/** See {@link quoteSchema}. */
export type Quote = z.output<typeof quoteSchema>;

/** How precise a resolved date is. */
export const granularitySchema = z.enum(['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century', 'duration', 'range', 'reference', 'time']);
/** See {@link granularitySchema}. */
export type Granularity = z.output<typeof granularitySchema>;

/** A temporal expression and its calendar value. */
export const dateMentionSchema = z.object({
	/** `d1`, `d2`… in reading order. */
	id: z.string(),
	/** The expression as written ("on Thursday", "since March 2022"). */
	text: z.string(),
	...span,
	/** TimeML value: `2025-05-15`, `2025-05`, `2025-W20`, `2025-Q2`, `2025-SU`, `199`, `P3W`, `2019/2021`, `PAST_REF`; null when unresolved. */
	value: z.string().nullable(),
	granularity: granularitySchema,
	/** How the value was worked out, for readers checking it. */
	resolution: z.object({
		/** What the value is relative to: `publication`, `previous date`, `absolute`. */
		anchor: z.enum(['absolute', 'publication', 'previous', 'speech']),
		/** The anchor's date. */
		anchorDate: z.string().nullable(),
		/** The tense that chose the direction, for weekdays and bare months. */
		tense: z.enum(['past', 'future', 'present']).nullable(),
		/** One readable sentence. */
		explanation: z.string(),
	}),
	/** 1-based paragraph of the body. */
	paragraph: z.number().int().positive(),
	/** True inside a direct quote. */
	inQuote: z.boolean(),
});
/** See {@link dateMentionSchema}. */
export type DateMention = z.output<typeof dateMentionSchema>;

/** What a claim asserts. */
export const claimKindSchema = z.enum(['statistical', 'event', 'state', 'causal']);
/** See {@link claimKindSchema}. */
export type ClaimKind = z.output<typeof claimKindSchema>;

/** A check-worthy factual assertion. */
export const claimSchema = z.object({
	/** `c1`, `c2`… in reading order. */
	id: z.string(),
	text: z.string(),
	...span,
	/** Id of the actor who asserts it, or null when the article itself does. */
	attributedTo: z.string().nullable(),
	/** Canonical name of that actor. */
	attributedToName: z.string().nullable(),
	kind: claimKindSchema,
	/** 1-based paragraph of the body. */
	paragraph: z.number().int().positive(),
});
/** See {@link claimSchema}. */
export type Claim = z.output<typeof claimSchema>;

/** A dated happening for the timeline. */
export const eventSchema = z.object({
	/** `e1`, `e2`… in date order. */
	id: z.string(),
	/** TimeML value of when it happened (or is to happen). */
	date: z.string(),
	granularity: granularitySchema,
	/** A short summary taken from the clause. */
	summary: z.string(),
	/** Ids of the actors involved. */
	actors: z.array(z.string()),
	/** Offsets of the sentence the event is taken from. */
	...span,
	/** Ids of the date mentions that point at it. */
	dates: z.array(z.string()),
	/** 1-based paragraph of the body. */
	paragraph: z.number().int().positive(),
});
/** See {@link eventSchema}. */
export type Event = z.output<typeof eventSchema>;

/** Everything the engine finds in one article. */
export const articleAnalysisSchema = z.object({
	actors: z.array(actorSchema),
	quotes: z.array(quoteSchema),
	dates: z.array(dateMentionSchema),
	claims: z.array(claimSchema),
	events: z.array(eventSchema),
});
/** See {@link articleAnalysisSchema}. */
export type ArticleAnalysis = z.output<typeof articleAnalysisSchema>;
