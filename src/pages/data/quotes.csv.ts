/** `/data/quotes.csv`: every quote as a spreadsheet row. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../content-layer/query.ts';
import { quotesCsv } from '../../lib/data-exports.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => new Response(quotesCsv(await getCorpus(), (path) => absoluteUrl(path, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
