import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analysis/index.ts';
import { parseArticleFile } from '../../src/content-layer/article-file.ts';
import { applyCorrections, applyRegistry } from '../../src/content-layer/corrections.ts';
import { parseActorRegistry } from '../../src/content-layer/registry.ts';
import { correctionSchema, type RegistryActor } from '../../src/content-layer/schema.ts';

// fictional: the people, places and organisations are invented
const BODY =
	'Velora Mayor Ines Okonkwo-Barros said on Monday that the ferry would run again.\n\n' +
	'“We are ready,” Okonkwo-Barros said.\n\n' +
	'Tindrevik said the port had reopened on Tuesday, and 40 people were hired last week.\n\n' +
	'“The tariff doubles next month,” said Sven Lindqvist, a harbour pilot.\n';
const analysis = analyzeArticle(BODY, { date: '2024-05-08' });

const registry: RegistryActor[] = [
	{ name: 'Tindrevik', kind: 'place', aliases: [], roles: [], speaksFor: 'Tindrevik Town Council' },
	{ name: 'Sven Lindqvist-Aasland', kind: 'person', aliases: ['Sven Lindqvist'], roles: ['harbour pilot'], description: 'Pilot of the Tindrevik harbour.' },
];

describe('the actor registry applied to an analysis', () => {
	it('starts from what the engine finds', () => {
		expect(analysis.actors.map((actor) => [actor.id, actor.kind])).toEqual([
			['ines-okonkwo-barros', 'person'],
			['sven-lindqvist', 'person'],
			['tindrevik', 'person'],
		]);
	});

	it('gives actors their registry name, kind and roles, and hands a capital’s words to the government it speaks for', () => {
		const corrected = applyRegistry(analysis, registry);
		expect(corrected.actors.map((actor) => [actor.id, actor.name, actor.kind, actor.aliases, actor.roles, actor.mentions.length])).toEqual([
			['ines-okonkwo-barros', 'Ines Okonkwo-Barros', 'person', ['Okonkwo-Barros'], ['Velora Mayor'], 2],
			['sven-lindqvist-aasland', 'Sven Lindqvist-Aasland', 'person', ['Sven Lindqvist'], ['harbour pilot'], 1],
			['tindrevik', 'Tindrevik', 'place', [], [], 1],
			['tindrevik-town-council', 'Tindrevik Town Council', 'organization', [], [], 0],
		]);
		expect(corrected.quotes.map((quote) => [quote.id, quote.speaker, quote.speakerName])).toEqual([
			['q1', 'ines-okonkwo-barros', 'Ines Okonkwo-Barros'],
			['q2', 'ines-okonkwo-barros', 'Ines Okonkwo-Barros'],
			['q3', 'tindrevik-town-council', 'Tindrevik Town Council'],
			['q4', 'sven-lindqvist-aasland', 'Sven Lindqvist-Aasland'],
		]);
		expect(corrected.claims.map((claim) => [claim.id, claim.attributedToName])).toEqual([['c1', 'Tindrevik Town Council']]);
		expect(corrected.events.find((event) => event.id === 'e3')?.actors).toEqual(['sven-lindqvist-aasland']);
	});

	it('merges two actors the registry says are one', () => {
		const corrected = applyRegistry(analysis, [{ name: 'Ines Okonkwo-Barros', kind: 'person', aliases: ['Sven Lindqvist'], roles: [] }]);
		const ines = corrected.actors.find((actor) => actor.id === 'ines-okonkwo-barros');
		expect(ines?.aliases).toEqual(['Okonkwo-Barros', 'Sven Lindqvist']);
		expect(ines?.mentions.map((mention) => mention.text)).toEqual(['Ines Okonkwo-Barros', 'Okonkwo-Barros', 'Sven Lindqvist']);
		expect(corrected.actors).toHaveLength(2);
		expect(corrected.quotes.map((quote) => quote.speaker)).toEqual(['ines-okonkwo-barros', 'ines-okonkwo-barros', 'tindrevik', 'ines-okonkwo-barros']);
	});
});

describe('per-article corrections', () => {
	const corrections = [
		{ quote: 'we are  READY', speaker: 'Sven Lindqvist' },
		{ quote: 'ferry would run', drop: true as const },
		{ actor: 'Tindrevik', drop: true as const },
		{ date: 'next month', value: '2024-07' },
		{ date: 'Last week', drop: true as const },
		{ claim: '40 people were hired', drop: true as const },
		{ quote: 'words nobody said', drop: true as const },
	];
	const { analysis: corrected, outcomes } = applyCorrections(analysis, corrections, [6, 8, 10, 11, 13, 14, 15]);

	it('sets a speaker, drops quotes, actors, dates and claims, and fixes a date with its event', () => {
		expect(corrected.quotes.map((quote) => [quote.id, quote.speakerName])).toEqual([
			['q2', 'Sven Lindqvist'],
			['q3', null],
			['q4', 'Sven Lindqvist'],
		]);
		expect(corrected.actors.map((actor) => actor.id)).toEqual(['ines-okonkwo-barros', 'sven-lindqvist']);
		expect(corrected.dates.map((date) => [date.text, date.value, date.granularity])).toEqual([
			['on Monday', '2024-05-06', 'day'],
			['on Tuesday', '2024-05-07', 'day'],
			['next month', '2024-07', 'month'],
		]);
		expect(corrected.dates[2]?.resolution.explanation).toBe('Set to 2024-07 by the editors.');
		expect(corrected.claims).toEqual([]);
		expect(corrected.events.map((event) => [event.id, event.date, event.actors])).toEqual([
			['e1', '2024-05-06', ['ines-okonkwo-barros']],
			['e2', '2024-05-07', []],
			['e3', '2024-07', ['sven-lindqvist']],
		]);
	});

	it('reports what each correction matched, with its line', () => {
		expect(outcomes).toEqual([
			{ index: 0, line: 6, matched: 1, description: 'quote "we are  READY" → speaker Sven Lindqvist' },
			{ index: 1, line: 8, matched: 1, description: 'quote "ferry would run" → dropped' },
			{ index: 2, line: 10, matched: 1, description: 'actor "Tindrevik" → dropped' },
			{ index: 3, line: 11, matched: 1, description: 'date "next month" → value 2024-07' },
			{ index: 4, line: 13, matched: 1, description: 'date "Last week" → dropped' },
			{ index: 5, line: 14, matched: 1, description: 'claim "40 people were hired" → dropped' },
			{ index: 6, line: 15, matched: 0, description: 'quote "words nobody said" → dropped' },
		]);
	});
});

describe('correction and registry validation', () => {
	const message = (value: unknown) => correctionSchema.safeParse(value).error?.issues.map((issue) => issue.message);

	it('says what a correction needs', () => {
		expect(message({ quote: 'a', claim: 'b', drop: true })).toEqual(['must name exactly one quote, actor, date or claim by its text']);
		expect(message({ quote: 'a', value: '2024' })).toEqual(['a quote correction needs exactly one of "speaker" or "drop"']);
		expect(message({ actor: 'a', speaker: 'b' })).toEqual(['a actor correction needs exactly one of "drop"']);
		expect(message({ date: 'a', value: 'May 2024' })).toEqual(['"May 2024" is not a day, week, weekend, month, quarter, season or year (2025-05-15, 2025-W20, 2025-W19-WE, 2025-05, 2025-Q2, 2025-SU, 2025)']);
		expect(message({ quote: 'a', drop: false })).toEqual(['can only be true']);
		expect(message({ quote: 'a', drop: true, because: 'x' })).toEqual(['has unknown field "because" (a correction has quote, actor, date or claim; speaker, value or drop; note)']);
	});

	it('points at the line of a bad correction, or of its bad field, in an article file', () => {
		const text = '---\ntitle: T\ndate: 2024-05-08\nfictional: true\ncorrections:\n  - quote: We are ready\n    speaker: Sven Lindqvist\n  - claim: 40 people\n    value: "2024"\n  - date: last week\n    value: 2024\n---\nText.\n';
		const result = parseArticleFile('content/articles/t.md', text, { today: '2025-01-01' });
		expect(result.ok ? [] : result.problems).toEqual([
			{ file: 'content/articles/t.md', line: 8, column: 5, field: 'corrections.1', message: 'a claim correction needs exactly one of "drop"' },
			{ file: 'content/articles/t.md', line: 11, column: 12, field: 'corrections.2.value', message: 'must be a date value such as 2025-05-15, 2025-05 or 2025' },
		]);
	});

	it('reads a registry, and names the file, line and field of each problem', () => {
		const good = parseActorRegistry('- name: Tindrevik\n  kind: place\n  speaksFor: Tindrevik Town Council\n', 'content/actors.yaml');
		expect(good).toEqual({ registry: [{ name: 'Tindrevik', kind: 'place', aliases: [], roles: [], speaksFor: 'Tindrevik Town Council' }], text: good.text, problems: [] });
		const bad = parseActorRegistry('- name: Tindrevik\n  kind: town\n- name: Velora\n  kind: place\n  wikidata: 42\n- name: Port Velora\n  kind: place\n  aliases: [velora]\n', 'content/actors.yaml');
		expect(bad.problems.map((problem) => [problem.line, problem.field, problem.message])).toEqual([
			[2, '0.kind', 'Invalid option: expected one of "person"|"organization"|"place"|"group"'],
			[5, '1.wikidata', 'must be a Wikidata id such as Q42'],
		]);
		const duplicate = parseActorRegistry('- name: Velora\n  kind: place\n- name: Port Velora\n  kind: place\n  aliases: [velora]\n', 'content/actors.yaml');
		expect(duplicate.problems).toEqual([{ file: 'content/actors.yaml', line: 5, column: 13, field: '1.aliases.0', message: '"velora" is already a name of "Velora"' }]);
	});
});
