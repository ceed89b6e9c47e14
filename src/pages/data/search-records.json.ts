/** `/data/search-records.json`: the quotes, actors and events Pagefind indexes as results of their own. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../../content-layer/query.ts';
import { searchRecords } from '../../lib/search-records.ts';

export const GET: APIRoute = async () => {
	const { quotes, actors, events } = await getCorpus();
	const actorNames = new Map(actors.map((actor) => [actor.id, actor.data.name]));
	return new Response(JSON.stringify(searchRecords({ quotes, actors, events, actorNames })), { headers: { 'Content-Type': 'application/json' } });
};
