/** `/data/<name>.json`: every article, actor, quote, claim or event as JSON (schemas in `/data/schema/`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpusKey, getCorpus } from '../../content-layer/query.ts';
import { DATA_SCHEMAS, dataExport, jsonDataFile, type DataName } from '../../lib/data-exports.ts';
import { dataFileBody } from '../../lib/data-files.ts';
import { absoluteUrl } from '../../lib/urls.ts';

// made from the whole corpus: kept from the last build while no article has changed
export const getStaticPaths = (async () => {
	const cacheKey = await corpusKey();
	return Object.keys(DATA_SCHEMAS).map((name) => ({ params: { name }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const name = params.name as DataName;
	const locate = (path: string) => absoluteUrl(path, site);
	// the actors merge every article's: one list; the other files, a part per article
	const body = name === 'actors' ? JSON.stringify([...dataExport('actors', await getCorpus(), locate)]) : await dataFileBody(`${name}.json`, jsonDataFile(name), locate);
	return new Response(body, { headers: { 'Content-Type': 'application/json' } });
};
