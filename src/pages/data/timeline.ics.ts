/** `/data/timeline.ics`: the timeline as a calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../content-layer/query.ts';
import { timelineCalendar } from '../../lib/data-exports.ts';
import { SITE_TITLE } from '../../lib/site.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => new Response(timelineCalendar(await getCorpus(), (path) => absoluteUrl(path, site), SITE_TITLE), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
