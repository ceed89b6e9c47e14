/** `/data/quotes.csv`: every quote as a spreadsheet row. */
import type { APIRoute } from 'astro';
import { QUOTES_CSV } from '../../lib/data-exports.ts';
import { dataFileBody } from '../../lib/data-files.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => new Response(await dataFileBody('quotes.csv', QUOTES_CSV, (path) => absoluteUrl(path, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
