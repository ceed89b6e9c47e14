/**
 * The gold annotation format (hand-written expected output for one article) and its schema.
 * See `tests/fixtures/articles/GUIDELINES.md` for how gold files are written.
 */
import { z } from 'zod';
import { parseLocatedYaml, schemaProblems } from '../content-layer/located-yaml.ts';
import type { ContentProblem } from '../content-layer/problems.ts';

const optional = { optional: z.boolean().optional(), note: z.string().optional() };

/** A gold file. */
export const goldSchema = z.object({
	about: z.string().optional(),
	article: z.object({ date: z.string(), paragraphs: z.number().int().optional(), subheadings: z.array(z.string()).optional() }),
	actors: z.array(z.object({ name: z.string(), kind: z.enum(['person', 'organization', 'place', 'group']), aliases: z.array(z.string()).default([]), role: z.string().optional(), ...optional })),
	quotes: z.array(
		z.object({
			kind: z.enum(['direct', 'indirect']),
			speaker: z.string().nullable(),
			cue: z.string().nullable().optional(),
			channel: z.string().nullable().optional(),
			text: z.string(),
			paragraph: z.number().int().optional(),
			...optional,
		}),
	),
	dates: z.array(z.object({ text: z.string(), value: z.string().nullable().optional(), paragraph: z.number().int().optional(), ...optional })),
	claims: z.array(z.object({ text: z.string(), attributedTo: z.string().nullable(), kind: z.string().optional(), paragraph: z.number().int().optional(), ...optional })),
	events: z.array(z.object({ date: z.string(), summary: z.string().optional(), actors: z.array(z.string()).default([]), ...optional })),
});

/** A parsed gold file. */
export type Gold = z.output<typeof goldSchema>;

/** Reads a gold file's text (JSON, `file` is how problems name it): the gold, or its problems with their lines and fields. */
export function parseGoldFile(text: string, file: string): { gold: Gold; problems: [] } | { gold: undefined; problems: ContentProblem[] } {
	const source = parseLocatedYaml(text, file, 'JSON');
	if (source.problems.length > 0) return { gold: undefined, problems: source.problems };
	const parsed = goldSchema.safeParse(source.data);
	if (!parsed.success) return { gold: undefined, problems: schemaProblems(parsed.error.issues, file, source) };
	return { gold: parsed.data, problems: [] };
}
