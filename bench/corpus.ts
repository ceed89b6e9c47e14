/**
 * `npm run bench:corpus -- --articles N --out DIR [--seed S]`: writes N fictional wire-style articles
 * (200–1,500 words, a few longer), deterministic for a seed, with quotes of every attribution
 * pattern, dates, claims and recurring invented actors. Everything here is invented.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const GIVEN = ['Ada', 'Tomasz', 'Ines', 'Kwame', 'Leila', 'Sven', 'Mei', 'Rafael', 'Oksana', 'Haruto', 'Amara', 'Nikolai', 'Priya', 'Mateo', 'Signe', 'Yusuf', 'Noor', 'Elif', 'Tane', 'Bjorn'];
const FAMILY = ['Oyelaran', 'Fairlie-Nwosu', 'Okonkwo-Barros', 'Lindqvist', 'Haddad', 'Van der Berg', 'Takeda', 'Rentería', 'Kowalczyk', 'Mensah', 'Al-Masri', 'Sørlie', 'Iyer', 'Nakamura', 'Quispe', 'Aasland', 'Petrov', 'Kaya', 'Ngata', 'Moreau'];
const ROLES = ['Mayor', 'Finance Minister', 'union leader', 'chief executive', 'spokeswoman', 'spokesman', 'Governor', 'council chair', 'Health Minister', 'researcher'];
const ORGS = ['Tarsen Water Board', 'Harbour Workers’ Federation', 'Vell Coast Council', 'Northern Grid Authority', 'Calder Shipping Company', 'Esk Valley Hospital Trust', 'Marrow Institute of Soil Biology', 'Port Elsby Ferry Union'];
const TOWNS = ['Port Calder', 'Esk Harbour', 'Tindrevik', 'Velora', 'Brzanka', 'Cau Tram', 'Karaçamlı', 'Oketunde'];
const TOPICS = ['the harbour dredging plan', 'the ferry strike', 'the new water tariff', 'the hospital budget', 'the flood defences', 'the school merger', 'the grant cut', 'the wind farm'];
const CUES = ['said', 'told reporters', 'wrote on X', 'posted on Telegram', 'added', 'warned'];
const WHEN = ['on Monday', 'on Tuesday', 'last week', 'on Thursday', 'in March 2022', 'two days later', 'next month', 'in the first quarter', 'last summer', 'since 2019', 'the following day', 'tomorrow'];

/** One article of the corpus. */
export function makeArticle(index: number, seed: number): { name: string; text: string; words: number } {
	const rand = random(seed * 100_003 + index);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
	const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
	const people = [person(), person(), person()];
	const [a = '', b = '', c = ''] = people;
	const surname = (name: string) => name.split(' ').slice(1).join(' ');
	const org = pick(ORGS);
	const town = pick(TOWNS);
	const topic = pick(TOPICS);
	const target = rand() < 0.06 ? 1200 + Math.floor(rand() * 300) : 200 + Math.floor(rand() * 800);
	const paragraphs: string[] = [
		`${capitalise(pick(ROLES))} ${a} of ${town} said ${pick(WHEN)} that ${topic} would cost ${Math.floor(rand() * 90) + 10} million crowns, according to the ${org}.`,
	];
	const patterns = [
		() => `“We will not accept ${topic} as it stands,” ${surname(a)} ${pick(CUES)}.`,
		() => `“The figures do not add up,” said ${b}, a spokesperson for the ${org}. “We asked for the accounts ${pick(WHEN)}.”`,
		() => `${c} ${pick(CUES)}: “There are ${Math.floor(rand() * 900) + 100} families waiting for an answer.”`,
		() => `“Nobody told us,” she said, “and nobody has apologised.”`,
		() => `The ${org} denied that it had hidden the report, saying the data had been published ${pick(WHEN)}.`,
		() => `${surname(b)} suggested the council would vote ${pick(WHEN)} if the budget allowed it.`,
		() => `At least ${Math.floor(rand() * 40) + 2} people were affected ${pick(WHEN)}, the ${org} said.`,
		() => `The plan was first proposed in ${2000 + Math.floor(rand() * 24)}, and the works began ${pick(WHEN)} after a vote of ${Math.floor(rand() * 20) + 5} to ${Math.floor(rand() * 5)}.`,
		() => `Critics called the so-called “reform” a delay by another name.`,
		() => `Residents of ${town} have waited since the 1990s for the work to start, according to ${a}.`,
		() => `“It is too early to say,” ${surname(c)} added.`,
		() => `The ministry said ${pick(WHEN)} that the costs had risen by ${Math.floor(rand() * 30) + 2} percent.`,
	];
	// background paragraphs of two or three sentences with no quote, so that quote density is like
	// a wire story's (about two quotes per hundred words) rather than a quote in every sentence
	const background = [
		() => `The ${org} manages ${Math.floor(rand() * 40) + 3} sites along the coast and employs about ${Math.floor(rand() * 900) + 100} people. Its board meets four times a year. The next meeting is due ${pick(WHEN)}.`,
		() => `${town} lies at the mouth of a tidal river, and much of its old town sits below the level of the spring tides. Insurance premiums there have doubled over the past decade. Several shops on the quay closed ${pick(WHEN)}.`,
		() => `Work on ${topic} has been delayed twice. A first contract was cancelled when the winning bidder went out of business, and a second stalled over the price of steel. Engineers now expect the project to take ${Math.floor(rand() * 5) + 2} more years.`,
		() => `The dispute has divided the town council, where no party holds a majority. Opposition members have asked for an independent audit of the accounts. A vote on the request is expected ${pick(WHEN)}.`,
		() => `Local newspapers have covered the story for months. Public meetings in ${town} drew hundreds of residents, many of them pensioners who depend on the ferry to reach the hospital on the mainland.`,
	];
	let words = paragraphs[0]?.split(/\s+/).length ?? 0;
	while (words < target) {
		const paragraph = rand() < 0.55 ? pick(background)() : pick(patterns)();
		paragraphs.push(paragraph);
		words += paragraph.split(/\s+/).length;
		if (rand() < 0.05) paragraphs.push(`## ${pick(['What happens next', 'A long wait', 'The costs', 'Reactions'])}`);
	}
	const year = 2019 + (index % 7);
	const month = 1 + Math.floor(rand() * 12);
	const day = 1 + Math.floor(rand() * 28);
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const title = `${town}: ${surname(a)} questions ${topic}`;
	const frontmatter = stringify({ title, date, source: 'Fictional Bench Wire', fictional: true });
	return { name: `bench-${String(index).padStart(5, '0')}.md`, text: `---\n${frontmatter}---\n\n${paragraphs.join('\n\n')}\n`, words };
}

/** Writes a corpus of `count` articles to `out` (emptied first). Returns the number of words. */
export async function writeCorpus(count: number, out: string, seed = 1): Promise<number> {
	await rm(out, { recursive: true, force: true });
	await mkdir(out, { recursive: true });
	let words = 0;
	for (let index = 0; index < count; index += 1) {
		const article = makeArticle(index, seed);
		words += article.words;
		await writeFile(join(out, article.name), article.text);
	}
	return words;
}

if (process.argv[1]?.endsWith('corpus.ts')) {
	const { values } = parseArgs({ options: { articles: { type: 'string', default: '100' }, out: { type: 'string', default: 'bench/.corpus' }, seed: { type: 'string', default: '1' } } });
	const count = Number(values.articles);
	const words = await writeCorpus(count, values.out, Number(values.seed));
	console.log(`${count} fictional articles, ${words.toLocaleString('en')} words, in ${values.out}`);
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
