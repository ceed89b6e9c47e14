/**
 * The actor registry (`content/actors.yaml`, or `DATELINE_ACTORS_FILE`): editors' canonical names,
 * kinds, aliases, roles, descriptions and links of actors, and who speaks for whom. Read and
 * validated here; problems name the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normaliseText } from './corrections.ts';
import { parseLocatedYaml, schemaProblems } from './located-yaml.ts';
import type { ContentProblem } from './problems.ts';
import { actorRegistrySchema, type RegistryActor } from './schema.ts';

/** Where the registry is, relative to the project root, unless `DATELINE_ACTORS_FILE` says otherwise. */
export const DEFAULT_REGISTRY = 'content/actors.yaml';

/** The registry file of a project. */
export function registryPath(root: string): string {
	return resolve(root, process.env.DATELINE_ACTORS_FILE || DEFAULT_REGISTRY);
}

/** The registry read from a file: its actors, its text (for digests) and its problems. */
export interface ReadRegistry {
	registry: RegistryActor[];
	text: string;
	problems: ContentProblem[];
}

/** Reads and validates the registry at `path` (`file` is how problems name it). A missing file is an empty registry. */
export function readActorRegistry(path: string, file: string): ReadRegistry {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { registry: [], text: '', problems: [] };
		throw error;
	}
	return parseActorRegistry(text, file);
}

/** Validates the text of a registry. */
export function parseActorRegistry(text: string, file: string): ReadRegistry {
	const source = parseLocatedYaml(text, file);
	if (source.problems.length > 0) return { registry: [], text, problems: source.problems };
	const parsed = actorRegistrySchema.safeParse(source.data ?? []);
	if (!parsed.success) return { registry: [], text, problems: schemaProblems(parsed.error.issues, file, source) };
	// one name, one actor
	const problems: ContentProblem[] = [];
	const owner = new Map<string, string>();
	parsed.data.forEach((actor, index) => {
		for (const [position, name] of [actor.name, ...actor.aliases].entries()) {
			const key = normaliseText(name);
			const other = owner.get(key);
			if (other !== undefined && other !== actor.name) {
				problems.push({ file, ...source.locate(position === 0 ? [index, 'name'] : [index, 'aliases', position - 1]), field: `${index}.${position === 0 ? 'name' : `aliases.${position - 1}`}`, message: `"${name}" is already a name of "${other}"` });
			}
			owner.set(key, actor.name);
		}
	});
	return { registry: problems.length > 0 ? [] : parsed.data, text, problems };
}
