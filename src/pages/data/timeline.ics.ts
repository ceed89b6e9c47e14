/** `/data/timeline.ics`: the timeline as a calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { timelineCalendar } from '../../lib/data-exports.ts';
import { dataFileBody } from '../../lib/data-files.ts';
import { SITE_TITLE } from '../../lib/site.ts';
import { absoluteUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => new Response(await dataFileBody('timeline.ics', timelineCalendar(SITE_TITLE), (path) => absoluteUrl(path, site)), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
