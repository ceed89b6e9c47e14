/**
 * The data files made of a part per article, as the pages serve them: made from the corpus, with
 * the parts of unchanged articles copied from the last build's files (`data-parts.ts`), which are
 * kept in Astro's cache folder (`import.meta.env.DATELINE_DATA_PARTS_DIR`).
 */
import { articleVersion, getCorpus } from '../content-layer/query.ts';
import { FORMATS_MODULE, sharesOf, type Locate, type PartedFile } from './data-exports.ts';
import { assembleParted, partsContext, partStoreIn } from './data-parts.ts';

const PARTS_DIR: string = import.meta.env.DATELINE_DATA_PARTS_DIR;

/** The bytes of the parted file `name` (a file name, unique among the data files) of the whole corpus. */
export async function dataFileBytes(name: string, file: PartedFile, locate: Locate): Promise<Uint8Array<ArrayBuffer>> {
	const articles = sharesOf(await getCorpus()).map((share) => ({ version: articleVersion(share.article), share }));
	return assembleParted(name, file, articles, locate, { store: partStoreIn(PARTS_DIR), context: partsContext(locate, FORMATS_MODULE) }).bytes;
}
