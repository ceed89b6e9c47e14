/**
 * Structured data (schema.org, as JSON-LD) for an article's page: a `NewsArticle` that `mentions`
 * its people, organisations and places, with its quotes (`Quotation`, with their `creator`) and
 * claims (`Claim`, with their `author`) as parts. A place that speaks (a country for its
 * government) is no author in schema.org's terms; the actor registry's `speaksFor` names one.
 */
import type { ArticleFrontmatter, StoredAnalysis } from '../content-layer/schema.ts';

const TYPES = { person: 'Person', organization: 'Organization', place: 'Place' } as const;

/** What the structured data needs of an article. */
export interface ArticleFacts {
	frontmatter: Pick<ArticleFrontmatter, 'title' | 'date' | 'author' | 'source' | 'url' | 'tags'>;
	description: string;
	analysis: Pick<StoredAnalysis, 'actors' | 'quotes' | 'claims'>;
	/** The page's address. */
	pageUrl: string;
	/** The address of an actor's page, by the actor's name. */
	actorUrl: (name: string) => string;
}

/** The `NewsArticle` of an article page. */
export function articleJsonLd({ frontmatter, description, analysis, pageUrl, actorUrl }: ArticleFacts): Record<string, unknown> {
	// each actor's item made once: an article's quotes and claims name the same few actors again and again
	const things = new Map(analysis.actors.flatMap((actor) => (actor.kind === 'group' ? [] : [[actor.id, { '@type': TYPES[actor.kind], name: actor.name, url: actorUrl(actor.name) }] as const])));
	const thing = (id: string | null) => (id === null ? undefined : things.get(id));
	// schema.org lets people and organisations author words, not places
	const author = (id: string | null) => {
		const found = thing(id);
		return found && found['@type'] !== 'Place' ? found : undefined;
	};
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: frontmatter.title,
		description,
		datePublished: frontmatter.date,
		url: pageUrl,
		mainEntityOfPage: pageUrl,
		...(frontmatter.author ? { author: { '@type': 'Person', name: frontmatter.author } } : {}),
		...(frontmatter.source ? { publisher: { '@type': 'Organization', name: frontmatter.source } } : {}),
		...(frontmatter.url ? { isBasedOn: frontmatter.url } : {}),
		...(frontmatter.tags.length > 0 ? { keywords: frontmatter.tags } : {}),
		mentions: analysis.actors.flatMap((actor) => thing(actor.id) ?? []),
		hasPart: [
			...analysis.quotes.map((quote) => ({ '@type': 'Quotation', text: quote.text, url: `${pageUrl}#${quote.id}`, ...(author(quote.speaker) ? { creator: author(quote.speaker) } : {}) })),
			...analysis.claims.map((claim) => ({ '@type': 'Claim', text: claim.text, url: `${pageUrl}#${claim.id}`, ...(author(claim.attributedTo) ? { author: author(claim.attributedTo) } : {}) })),
		],
	};
}
