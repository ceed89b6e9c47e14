/** `/data/quotes.csv`: every quote as a spreadsheet row. */
import type { APIRoute } from 'astro';
import { QUOTES_CSV } from '../../lib/data-exports.ts';
import { dataFileBytes } from '../../lib/data-files.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => new Response(await dataFileBytes('quotes.csv', QUOTES_CSV, (path) => absoluteUrl(path, site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
