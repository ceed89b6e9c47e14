/** `/data/search-records.json`: the quotes, actors and events Pagefind indexes as results of their own. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchRecords } from '../../lib/search-records.ts';

export const GET: APIRoute = async () => {
	const [quotes, actors, events] = await Promise.all([getCollection('quotes'), getCollection('actors'), getCollection('events')]);
	const actorNames = new Map(actors.map((actor) => [actor.id, actor.data.name]));
	return new Response(JSON.stringify(searchRecords({ quotes, actors, events, actorNames })), { headers: { 'Content-Type': 'application/json' } });
};
