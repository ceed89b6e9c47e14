/**
 * rehype-annotate: turns the analysis engine's body offsets into inline elements of the rendered
 * article — actors as links to their pages, quotes and claims as marked spans with anchor ids,
 * dates as `<time datetime>` linking to the timeline, dated sentences as anchors. Runs after
 * sanitising, on text nodes that still carry their body positions; annotations that nest or cross
 * inline markup are split into fragments, so the text reads exactly as before.
 */
import { format } from 'date-fns/format';
import type { Element, ElementContent, Root, Text } from 'hast';
import type { ArticleAnalysis } from '../analysis/schema.ts';
import { alignText } from '../analysis/text/document.ts';

/** Where annotations link to. */
export interface AnnotateOptions {
	/** The Markdown body the analysis' offsets point into. */
	body: string;
	analysis: ArticleAnalysis;
	/** URL of an actor's page by the actor's site-wide id. */
	actorHref: (actorName: string) => string;
	/** URL of a date on the timeline, or undefined when the date has no place there. */
	timelineHref: (value: string) => string | undefined;
}

/** One annotation over a body span. `layer` orders nesting: lower layers are outer. */
interface Annotation {
	start: number;
	end: number;
	layer: number;
	element: (first: boolean, insideLink: boolean) => Element;
	/** An empty anchor placed where the span starts, instead of a wrapper (dated sentences). */
	anchorOnly?: boolean;
}

const el = (tagName: string, properties: Element['properties']): Element => ({ type: 'element', tagName, properties, children: [] });

/** Builds the annotations of an analysis. */
function annotations({ analysis, actorHref, timelineHref }: AnnotateOptions): Annotation[] {
	const list: Annotation[] = [];
	for (const event of analysis.events) {
		list.push({ start: event.start, end: event.end, layer: 0, anchorOnly: true, element: () => el('span', { className: ['ann-event'], id: event.id }) });
	}
	for (const claim of analysis.claims) {
		const by = claim.attributedToName ? `claim by ${claim.attributedToName}` : 'claim';
		list.push({
			start: claim.start,
			end: claim.end,
			layer: 1,
			element: (first) => el('mark', { className: ['ann-claim'], dataKind: claim.kind, title: `${by}: ${claim.kind}`, ...(first ? { id: claim.id } : {}) }),
		});
	}
	for (const quote of analysis.quotes) {
		const label = `${quote.kind} quote${quote.speakerName ? ` · ${quote.speakerName}` : ''}${quote.cue ? ` · ${quote.cue}` : ''}${quote.channel ? ` on ${quote.channel}` : ''}`;
		list.push({
			start: quote.start,
			end: quote.end,
			layer: 2,
			element: (first) => el('span', { className: ['ann-quote', `ann-${quote.kind}`], title: label, ...(first ? { id: quote.id } : {}) }),
		});
	}
	for (const date of analysis.dates) {
		const href = date.value ? timelineHref(date.value) : undefined;
		list.push({
			start: date.start,
			end: date.end,
			layer: 3,
			element: (_first, insideLink) => {
				// <time datetime> for calendar values; durations, seasons and quarters have no HTML date format
				const calendar = date.value !== null && /^\d{4}(?:-\d\d(?:-\d\d)?|-W\d\d)?$/.test(date.value);
				const time = el(calendar ? 'time' : 'span', { dateTime: calendar ? date.value : undefined, className: ['ann-date'], title: date.resolution.explanation });
				if (!href || insideLink) return time;
				const link = el('a', { href, className: ['ann-date-link'], dataResolved: formatResolved(date.value) });
				link.children.push(time);
				return link;
			},
		});
	}
	for (const actor of analysis.actors) {
		const href = actorHref(actor.name);
		for (const mention of actor.mentions) {
			list.push({
				start: mention.start,
				end: mention.end,
				layer: 4,
				element: (_first, insideLink) => (insideLink ? el('span', { className: ['ann-actor'], dataKind: actor.kind }) : el('a', { href, className: ['ann-actor'], dataKind: actor.kind })),
			});
		}
	}
	return list.filter((a) => a.end > a.start).sort((a, b) => a.start - b.start || a.layer - b.layer);
}

/** "2025-05-15" → "Thu 15 May 2025", shown when a date link is hovered or focused. */
function formatResolved(value: string | null): string | undefined {
	if (!value) return undefined;
	const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
	if (!match) return value;
	return format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])), 'EEE d MMM yyyy');
}

/**
 * The rehype plugin. Every quote, claim and dated sentence gets its anchor: one whose text was
 * dropped from the page (raw HTML) is anchored where its text would have been.
 */
export function rehypeAnnotate(options: AnnotateOptions) {
	return (tree: Root) => {
		const list = annotations(options);
		if (list.length === 0) return;
		const started = new Set<Annotation>();
		const visit = (parent: Root | Element, insideLink: boolean) => {
			const children: Array<Root['children'][number]> = [];
			for (const child of parent.children) {
				if (child.type === 'text') {
					children.push(...anchorsBefore(child, list, started, insideLink), ...splitText(child, options.body, list, started, insideLink));
				} else {
					if (child.type === 'element') visit(child, insideLink || child.tagName === 'a');
					children.push(child);
				}
			}
			parent.children = children as typeof parent.children;
		};
		visit(tree, false);
		// anchors whose text is nowhere on the page go at its end, so no link to them is broken
		for (const annotation of list) {
			if (started.has(annotation) || !hasId(annotation)) continue;
			started.add(annotation);
			const anchor = annotation.element(true, false);
			anchor.children = [];
			tree.children.push(anchor);
		}
	};
}

function hasId(annotation: Annotation): boolean {
	return typeof annotation.element(true, false).properties.id === 'string';
}

/** Empty anchors for annotations with an id that start before this text node and were never placed. */
function anchorsBefore(node: Text, list: Annotation[], started: Set<Annotation>, insideLink: boolean): ElementContent[] {
	const start = node.position?.start.offset;
	if (start === undefined) return [];
	const out: ElementContent[] = [];
	for (const annotation of list) {
		if (annotation.start >= start || started.has(annotation) || annotation.end > start || !hasId(annotation)) continue;
		started.add(annotation);
		const anchor = annotation.element(true, insideLink);
		anchor.children = [];
		out.push(anchor);
	}
	return out;
}

/** Splits a text node at annotation boundaries and wraps each piece in the annotations covering it. */
function splitText(node: Text, body: string, list: Annotation[], started: Set<Annotation>, insideLink: boolean): ElementContent[] {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined || node.value.length === 0) return [node];
	const covering = list.filter((a) => a.start < end && a.end > start);
	if (covering.length === 0) return [node];
	// body offset of each character of the node's text (escapes and entities make them differ)
	const sourceOf = alignText(node.value, body.slice(start, end), start);
	const indexOf = (offset: number) => {
		let i = 0;
		while (i < sourceOf.length && (sourceOf[i] ?? 0) < offset) i += 1;
		return i;
	};
	const cuts = new Set<number>([0, node.value.length]);
	for (const a of covering) {
		cuts.add(indexOf(a.start));
		cuts.add(indexOf(a.end));
	}
	const points = [...cuts].filter((i) => i >= 0 && i <= node.value.length).sort((a, b) => a - b);
	const out: ElementContent[] = [];
	for (let k = 0; k + 1 < points.length; k += 1) {
		const from = points[k] ?? 0;
		const to = points[k + 1] ?? node.value.length;
		if (to <= from) continue;
		const pieceStart = sourceOf[from] ?? start;
		const pieceEnd = (sourceOf[to - 1] ?? start) + 1;
		for (const anchor of covering) {
			if (anchor.anchorOnly && anchor.start <= pieceStart && !started.has(anchor)) {
				started.add(anchor);
				out.push(anchor.element(true, insideLink));
			}
		}
		let content: ElementContent = { type: 'text', value: node.value.slice(from, to) };
		const wrapping = covering.filter((a) => !a.anchorOnly && a.start <= pieceStart && a.end >= pieceEnd).sort((a, b) => b.layer - a.layer);
		for (const annotation of wrapping) {
			const first = !started.has(annotation);
			started.add(annotation);
			const element = annotation.element(first, insideLink);
			const innermost = element.children[0]?.type === 'element' ? (element.children[0] as Element) : element;
			innermost.children.push(content);
			content = element;
		}
		out.push(content);
	}
	return out;
}
