/**
 * The actor registry (`content/actors.yaml`, or `DATELINE_ACTORS_FILE`): editors' canonical names,
 * kinds, aliases, roles, descriptions and links of actors, and who speaks for whom. Read and
 * validated here; problems name the file, the line and the field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { normaliseText } from './corrections.ts';
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
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line, column: pos.col };
	};
	if (doc.errors.length > 0) {
		return { registry: [], text, problems: doc.errors.map((error) => ({ file, ...at(error.pos[0]), message: `is not valid YAML: ${error.message.split('\n')[0] ?? ''}` })) };
	}
	const locate = (path: ReadonlyArray<PropertyKey>) => {
		for (let length = path.length; length > 0; length -= 1) {
			const node = doc.getIn(path.slice(0, length) as Array<string | number>, true) as { range?: [number, number] } | undefined;
			if (node?.range) return at(node.range[0]);
		}
		return { line: 1, column: 1 };
	};
	const parsed = actorRegistrySchema.safeParse(doc.toJS() ?? []);
	if (!parsed.success) {
		return {
			registry: [],
			text,
			problems: parsed.error.issues.map((issue) => ({ file, ...locate(issue.path), ...(issue.path.length > 0 ? { field: issue.path.map(String).join('.') } : {}), message: issue.message })),
		};
	}
	// one name, one actor
	const problems: ContentProblem[] = [];
	const owner = new Map<string, string>();
	parsed.data.forEach((actor, index) => {
		for (const [position, name] of [actor.name, ...actor.aliases].entries()) {
			const key = normaliseText(name);
			const other = owner.get(key);
			if (other !== undefined && other !== actor.name) {
				problems.push({ file, ...locate(position === 0 ? [index, 'name'] : [index, 'aliases', position - 1]), field: `${index}.${position === 0 ? 'name' : `aliases.${position - 1}`}`, message: `"${name}" is already a name of "${other}"` });
			}
			owner.set(key, actor.name);
		}
	});
	return { registry: problems.length > 0 ? [] : parsed.data, text, problems };
}
