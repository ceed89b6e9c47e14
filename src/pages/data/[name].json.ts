/** `/data/<name>.json`: every article, actor, quote, claim or event as JSON (schemas in `/data/schema/`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpusKey, getCorpus } from '../../content-layer/query.ts';
import { DATA_SCHEMAS, dataExport, jsonArrayBytes, type DataName } from '../../lib/data-exports.ts';
import { absoluteUrl } from '../../lib/urls.ts';

// made from the whole corpus: kept from the last build while no article has changed
export const getStaticPaths = (async () => {
	const cacheKey = await corpusKey();
	return Object.keys(DATA_SCHEMAS).map((name) => ({ params: { name }, cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const entries = dataExport(params.name as DataName, await getCorpus(), (path) => absoluteUrl(path, site));
	return new Response(jsonArrayBytes(entries), { headers: { 'Content-Type': 'application/json' } });
};
