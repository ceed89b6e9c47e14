/**
 * Article ids: the file name without `.md`, made URL-safe. Folders only organise files, so
 * `content/articles/2025/05/talks.md` is the article `talks`, at `/articles/talks/`.
 */
import { slugify } from '../analysis/text/slug.ts';

/** Orders articles (or anything with an id) by id, code point by code point, the same on every machine. */
export function byId(a: { id: string }, b: { id: string }): number {
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The id of the article stored at `path` (any folder, `.md` file). */
export function articleIdFromPath(path: string): string {
	const name = path.split(/[\\/]/).pop() ?? path;
	return slugify(name.replace(/\.md$/i, ''));
}
