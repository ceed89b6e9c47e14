/**
 * The data files made of a part per article, as the pages serve them: made from the corpus, with
 * the parts of unchanged articles copied from the last build's files (`data-parts.ts`), which are
 * kept in Astro's cache folder (`import.meta.env.DATELINE_DATA_PARTS_DIR`) under a digest of the
 * code (`import.meta.env.DATELINE_CODE_DIGEST`); in `astro dev`, every part is made afresh.
 */
import { articleVersion, getCorpus, type Corpus } from '../content-layer/query.ts';
import { sharesOf, type Locate, type PartedFile } from './data-exports.ts';
import { assembleParted, NO_KEPT_PARTS, partsContext, partStoreIn, streamOf, type VersionedShare } from './data-parts.ts';

const PARTS_DIR: string = import.meta.env.DATELINE_DATA_PARTS_DIR;
const CODE_DIGEST: string = import.meta.env.DATELINE_CODE_DIGEST;

// six files are made from the same corpus: it is split by article once (per corpus, so again in dev after an edit)
const split = new WeakMap<Corpus, VersionedShare[]>();

function versionedShares(corpus: Corpus): VersionedShare[] {
	let shares = split.get(corpus);
	if (!shares) {
		shares = sharesOf(corpus).map((share) => ({ version: articleVersion(share.article), share }));
		split.set(corpus, shares);
	}
	return shares;
}

/** The body of the parted file `name` (a file name, unique among the data files) of the whole corpus. */
export async function dataFileBody(name: string, file: PartedFile, locate: Locate): Promise<ReadableStream<Uint8Array>> {
	const articles = versionedShares(await getCorpus());
	// in `astro dev` a module's code changes under the same address, and what it imported with it
	const store = import.meta.env.DEV ? NO_KEPT_PARTS : partStoreIn(PARTS_DIR);
	return streamOf(assembleParted(name, file, articles, locate, { store, context: partsContext(locate, CODE_DIGEST) }).pieces);
}
