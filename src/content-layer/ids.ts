/**
 * Article ids: the file name without `.md`, made URL-safe. Folders only organise files, so
 * `content/articles/2025/05/talks.md` is the article `talks`, at `/articles/talks/`.
 */
import { slugify } from '../analysis/text/slug.ts';

/** The id of the article stored at `path` (any folder, `.md` file). */
export function articleIdFromPath(path: string): string {
	const name = path.split(/[\\/]/).pop() ?? path;
	return slugify(name.replace(/\.md$/i, ''));
}
