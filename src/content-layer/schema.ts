/**
 * The article data contract: the frontmatter editors write, and the entry the content layer stores.
 * These schemas are the single source of truth for the types the pages read.
 */
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { z } from 'astro/zod';
import { actorKindSchema, actorSchema, articleAnalysisSchema, claimSchema, eventSchema, quoteSchema } from '../analysis/schema.ts';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written as `YYYY-MM-DD` (no time, no time zone): `2025-02-30` is refused. */
export const calendarDateSchema = z
	.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a date written YYYY-MM-DD') })
	.regex(CALENDAR_DATE, { error: (issue) => `"${String(issue.input)}" is not written YYYY-MM-DD` })
	// a real day of a real month (no 2024-02-30) in a year from 1 on, said only of a value written
	// YYYY-MM-DD (Zod runs every check); date-fns' `isMatch` would do the same but loads its whole
	// parser: half a second for every thread that imports this module
	.refine((value) => !CALENDAR_DATE.test(value) || (!value.startsWith('0000') && isValid(parseISO(value))), {
		error: (issue) => `"${String(issue.input)}" is not a real calendar date`,
	});

const requiredText = (what: string) =>
	z
		.string({ error: (issue) => (issue.input === undefined ? 'is required' : `must be ${what}`) })
		.trim()
		.min(1, { error: 'must not be empty' });

const optionalText = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, { error: 'must not be empty' }).optional();

/** The target kinds of a correction: each names its entry by its text in the article. */
const CORRECTION_TARGETS = ['quote', 'actor', 'date', 'claim'] as const;

/** A TimeML value an editor may give a date: a day, week, month, quarter, season or year. */
const TIMEML_VALUE = /^\d{4}(-\d\d(-\d\d)?|-W\d\d(-WE)?|-Q[1-4]|-(SP|SU|FA|WI))?$/;

/**
 * One editorial correction in an article's frontmatter. It names a quote, actor, date or claim by
 * its text as the article writes it, and says what to do: give a quote its `speaker`, give a date
 * its `value`, or `drop` the entry. Corrections apply after every analysis, so they survive
 * re-analysis; one that matches nothing is a build warning.
 */
export const correctionSchema = z
	.strictObject(
		{
			/** Text of a quote (or a part of it). */
			quote: optionalText('text'),
			/** Name of an actor, or one of its other forms. */
			actor: optionalText('text'),
			/** A date expression as written ("next Thursday"). */
			date: optionalText('text'),
			/** Text of a claim (or a part of it). */
			claim: optionalText('text'),
			/** The quote's speaker, by name. */
			speaker: optionalText('a name'),
			/** The date's value: `2025-05-15`, `2025-05`, `2025-W20`, `2025-W19-WE`, `2025-Q2`, `2025-SU`, `2025`. */
			value: z.string({ error: 'must be a date value such as 2025-05-15, 2025-05 or 2025' }).regex(TIMEML_VALUE, { error: (issue) => `"${String(issue.input)}" is not a day, week, weekend, month, quarter, season or year (2025-05-15, 2025-W20, 2025-W19-WE, 2025-05, 2025-Q2, 2025-SU, 2025)` }).optional(),
			/** True to remove the entry. */
			drop: z.literal(true, { error: 'can only be true' }).optional(),
			/** Why the editors made the correction. */
			note: optionalText('text'),
		},
		{ error: (issue) => (issue.code === 'unrecognized_keys' ? `has unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')} (a correction has quote, actor, date or claim; speaker, value or drop; note)` : 'must be a mapping such as { quote: "…", speaker: "…" }') },
	)
	.superRefine((correction, context) => {
		const targets = CORRECTION_TARGETS.filter((target) => correction[target] !== undefined);
		if (targets.length !== 1) {
			context.addIssue({ code: 'custom', message: 'must name exactly one quote, actor, date or claim by its text' });
			return;
		}
		const allowed = { quote: ['speaker', 'drop'], actor: ['drop'], date: ['value', 'drop'], claim: ['drop'] }[targets[0] as (typeof CORRECTION_TARGETS)[number]];
		const actions = (['speaker', 'value', 'drop'] as const).filter((action) => correction[action] !== undefined);
		if (actions.length !== 1 || !allowed.includes(actions[0] as string)) {
			context.addIssue({ code: 'custom', message: `a ${targets[0]} correction needs exactly one of ${allowed.map((action) => `"${action}"`).join(' or ')}` });
		}
	});
/** See {@link correctionSchema}. */
export type Correction = z.output<typeof correctionSchema>;

/** Frontmatter of an article file in `content/articles/`. */
export const articleFrontmatterSchema = z.object({
	/** Headline of the article. */
	title: requiredText('text'),
	/** Publication date, `YYYY-MM-DD`: every relative date in the text is resolved against it. */
	date: calendarDateSchema,
	/** Who published it: a newspaper, wire service or newsletter. */
	source: optionalText('text'),
	/** Address of the original article. */
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
	/** Byline. */
	author: optionalText('text'),
	/** Free keywords. */
	tags: z.array(requiredText('text'), { error: 'must be a list of words' }).default([]),
	/** One or two sentences shown in article lists; the first paragraph is used when absent. */
	summary: optionalText('text'),
	/** True for invented sample or test articles. */
	fictional: z.boolean({ error: 'must be true or false' }).default(false),
	/** Editorial corrections of what the analysis found (see {@link correctionSchema}). */
	corrections: z.array(correctionSchema, { error: 'must be a list of corrections' }).default([]),
});

/** Validated frontmatter of an article. */
export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;

/** Names of the frontmatter fields editors may write. */
export const ARTICLE_FIELDS = Object.keys(articleFrontmatterSchema.shape);

/** An actor as editors describe it in the registry (`content/actors.yaml`). */
export const registryActorSchema = z.strictObject(
	{
		/** Canonical name: every article's actor with this name or one of the aliases takes it. */
		name: requiredText('text'),
		kind: actorKindSchema,
		/** Other forms of the name ("Okonkwo-Barros", "the mayor's office"). */
		aliases: z.array(requiredText('text'), { error: 'must be a list of names' }).default([]),
		/** Roles ("Mayor of Port Calder"). */
		roles: z.array(requiredText('text'), { error: 'must be a list of roles' }).default([]),
		/** One or two sentences shown on the actor's page. */
		description: optionalText('text'),
		/** A Wikidata item id, `Q` and digits. */
		wikidata: z.string({ error: 'must be a Wikidata id such as Q42' }).regex(/^Q\d+$/, { error: (issue) => `"${String(issue.input)}" is not a Wikidata id such as Q42` }).optional(),
		/** The actor's home page. */
		link: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
		/** Whom the actor stands for when it speaks: a capital for its government ("Velora" → "Government of Velora"). */
		speaksFor: optionalText('a name'),
	},
	{ error: (issue) => (issue.code === 'unrecognized_keys' ? `has unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}` : 'must be a mapping with name and kind') },
);
/** See {@link registryActorSchema}. */
export type RegistryActor = z.output<typeof registryActorSchema>;

/** The actor registry: a list of actors. */
export const actorRegistrySchema = z.array(registryActorSchema, { error: 'must be a list of actors (- name: …)' });

/** A top-level block of the article body with its place in the body text. */
export const blockSchema = z.object({
	/** Kind of block as remark names it (`paragraph`, `heading`, `blockquote`, `list`…). */
	type: z.string(),
	/** Heading level 1–6 for headings. */
	depth: z.number().int().min(1).max(6).optional(),
	/** The id rehype-slug gave a heading. */
	slug: z.string().optional(),
	/** Plain text of the block. */
	text: z.string(),
	/** UTF-16 offset of the block's first character in the body. */
	start: z.number().int().nonnegative(),
	/** UTF-16 offset just after the block's last character in the body. */
	end: z.number().int().nonnegative(),
});

/** A top-level block of an article body. */
export type Block = z.output<typeof blockSchema>;

/**
 * The analysis as an article entry keeps it: actors carry a count of their mentions instead of
 * every mention (the mentions are in the rendered article), so the data store stays small.
 */
export const storedAnalysisSchema = articleAnalysisSchema.extend({
	actors: z.array(actorSchema.omit({ mentions: true }).extend({ mentionCount: z.number().int().nonnegative() })),
});
/** See {@link storedAnalysisSchema}. */
export type StoredAnalysis = z.output<typeof storedAnalysisSchema>;

/** A block as an article's record keeps it: where it is, not its text (the body has that). */
export const storedBlockSchema = blockSchema.omit({ text: true });

/** What became of one correction: applied to how many entries, described for editors. */
export const correctionOutcomeSchema = z.object({
	/** Position of the correction in the frontmatter list, from 0. */
	index: z.number().int().nonnegative(),
	/** Line of the correction in the file. */
	line: z.number().int().positive().optional(),
	/** Entries the correction changed or removed; 0 when it matches nothing. */
	matched: z.number().int().nonnegative(),
	/** The correction in words: `quote "Work starts" → speaker Ines Okonkwo-Barros`. */
	description: z.string(),
});
/** See {@link correctionOutcomeSchema}. */
export type CorrectionOutcome = z.output<typeof correctionOutcomeSchema>;

/** How many entries of each kind the analysis found in an article. */
export const analysisCountsSchema = z.object({
	actors: z.number().int().nonnegative(),
	quotes: z.number().int().nonnegative(),
	dates: z.number().int().nonnegative(),
	claims: z.number().int().nonnegative(),
	events: z.number().int().nonnegative(),
});
/** See {@link analysisCountsSchema}. */
export type AnalysisCounts = z.output<typeof analysisCountsSchema>;

/**
 * An article as stored in the `articles` collection: frontmatter plus what the content layer derived.
 * The annotated HTML and the full analysis are in the article's record (see `records.ts`), which
 * `record` names; Astro's data store keeps only what lists of articles show.
 */
export const articleEntrySchema = articleFrontmatterSchema.extend({
	/** Summary to show in lists: the frontmatter summary or the first paragraph. */
	excerpt: z.string(),
	/** Number of words in the body. */
	wordCount: z.number().int().nonnegative(),
	/** Path of the source file, relative to the project root. */
	sourcePath: z.string(),
	/** How many actors, quotes, dates, claims and events the analysis found. */
	counts: analysisCountsSchema,
	/** Key of the article's record: its annotated HTML and its analysis. */
	record: z.string(),
	/** A hash of the record's content: what pages made from it are keyed by (`src/lib/page-keys.ts`). */
	recordHash: z.string(),
	/** What became of each of the frontmatter's corrections. */
	correctionReport: z.array(correctionOutcomeSchema),
});

/** A heading of the rendered body, as rehype-slug named it. */
export const headingSchema = z.object({ depth: z.number().int().min(1).max(6), slug: z.string(), text: z.string() });

/** What the content layer keeps of an article outside Astro's data store: its annotated HTML and its analysis. */
export const articleRecordSchema = z.object({
	/** The sanitised, annotated body as HTML. */
	html: z.string(),
	/** The body's headings. */
	headings: z.array(headingSchema),
	/** The body's top-level blocks (paragraphs, headings…) with their offsets. */
	blocks: z.array(storedBlockSchema),
	/** What the analysis engine found in the body. */
	analysis: storedAnalysisSchema,
});
/** See {@link articleRecordSchema}. */
export type ArticleRecord = z.output<typeof articleRecordSchema>;

/** An article entry's data. */
export type ArticleEntry = z.output<typeof articleEntrySchema>;

/** The article an extracted entry comes from. */
const articleRefSchema = z.object({ id: z.string(), title: z.string(), date: z.string() });

/** An actor of the whole site: every article's actors with the same canonical name, merged. */
export const actorEntrySchema = z.object({
	name: z.string(),
	kind: actorKindSchema,
	aliases: z.array(z.string()),
	roles: z.array(z.string()),
	/** The articles that mention it, with the actor's id inside each and its number of mentions. */
	articles: z.array(articleRefSchema.extend({ actorId: z.string(), mentions: z.number().int() })),
	/** Mentions across all articles. */
	mentionCount: z.number().int(),
	/** From the registry: a short description. */
	description: z.string().optional(),
	/** From the registry: a Wikidata item id. */
	wikidata: z.string().optional(),
	/** From the registry: a home page. */
	link: z.string().optional(),
});
/** See {@link actorEntrySchema}. */
export type ActorEntry = z.output<typeof actorEntrySchema>;

/** A quote of the site: the article's quote with a site-wide speaker id and its article. */
export const quoteEntrySchema = quoteSchema.extend({ article: articleRefSchema });
/** See {@link quoteEntrySchema}. */
export type QuoteEntry = z.output<typeof quoteEntrySchema>;

/** A claim of the site, with a site-wide actor id and its article. */
export const claimEntrySchema = claimSchema.extend({ article: articleRefSchema });
/** See {@link claimEntrySchema}. */
export type ClaimEntry = z.output<typeof claimEntrySchema>;

/** An event of the site, with site-wide actor ids and its article. */
export const eventEntrySchema = eventSchema.extend({ article: articleRefSchema });
/** See {@link eventEntrySchema}. */
export type EventEntry = z.output<typeof eventEntrySchema>;
