/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page returned by
 * `getStaticPaths()` with a `cacheKey` is not rendered again when its key and the code it is
 * compiled from are the same as in the last build; Astro copies the earlier output instead.
 */
import { createHash } from 'node:crypto';

/** A path as `getStaticPaths()` returns it. */
interface StaticPath<P> {
	params: Record<string, string>;
	props: P;
}

/**
 * Each path with a `cacheKey`: a digest of its props. Sound for a page rendered from its props
 * alone (and from files its props name by content digest, as an article's record): same props,
 * same page.
 */
export function keyedByProps<P>(paths: ReadonlyArray<StaticPath<P>>): Array<StaticPath<P> & { cacheKey: string }> {
	return keyedBy(paths, (path) => createHash('sha256').update(JSON.stringify(path.props)).digest('base64url'));
}

/**
 * Each path with the `cacheKey` that `key` gives it: for pages whose props a short version string
 * names in full (an article's `articleVersion`, whose record key covers everything its entry is
 * made from), cheaper than digesting the props.
 */
export function keyedBy<P>(paths: ReadonlyArray<StaticPath<P>>, key: (path: StaticPath<P>) => string): Array<StaticPath<P> & { cacheKey: string }> {
	return paths.map((path) => ({ ...path, cacheKey: key(path) }));
}
