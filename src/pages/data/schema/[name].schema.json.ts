/** `/data/schema/<name>.schema.json`: the JSON Schema of `/data/<name>.json`, generated from its Zod schema. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_SCHEMAS, dataJsonSchema, type DataName } from '../../../lib/data-exports.ts';
import { absoluteUrl, siteUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (() => Object.keys(DATA_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
	const name = params.name as DataName;
	const schema = dataJsonSchema(name, absoluteUrl(siteUrl(`data/schema/${name}.schema.json`), site));
	return new Response(JSON.stringify(schema, null, '\t'), { headers: { 'Content-Type': 'application/schema+json' } });
};
