import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonDataFile, partedText, QUOTES_CSV, type ArticleShare } from '../../src/lib/data-exports.ts';
import { assembleParted, partsContext, partStoreIn, sourceDigest, streamOf, type Assembled, type FileToKeep, type KeptFile, type PartStore, type VersionedShare } from '../../src/lib/data-parts.ts';

// fictional articles and quotes, written by hand
function share(id: string, texts: string[]): ArticleShare {
	const article = { id, title: `The ${id} report`, date: '2024-03-08' };
	return {
		article: { id, collection: 'articles', data: { title: article.title, date: article.date } },
		quotes: texts.map((text, n) => ({ id: `${id}--q${n + 1}`, data: { id: `q${n + 1}`, kind: 'direct', text, start: 0, end: text.length, speaker: null, speakerName: null, cue: 'said', channel: null, paragraph: 1, article } })),
		claims: [],
		events: [],
	} as unknown as ArticleShare;
}

const locate = (path: string) => `https://news.example.org${path}`;
const quotes = jsonDataFile('quotes');
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** The text of an assembled file, its pieces put together (and their sizes checked against its size). */
function text({ pieces, size }: Assembled): string {
	const bytes = Buffer.concat(pieces);
	expect(bytes.length).toBe(size);
	return decode(bytes);
}
const versioned = (shares: Array<[string, ArticleShare]>): VersionedShare[] => shares.map(([version, of]) => ({ version, share: of }));

function memoryStore(): PartStore & { files: Map<string, KeptFile>; writes: number } {
	const files = new Map<string, KeptFile>();
	const store = {
		files,
		writes: 0,
		read: (name: string) => files.get(name),
		write: (name: string, { pieces, ...file }: FileToKeep) => void (files.set(name, { ...file, bytes: Buffer.concat(pieces) }), (store.writes += 1)),
	};
	return store;
}

describe('data files assembled from parts', () => {
	const harbour = share('harbour', ['Work starts in June, “not before”.', 'Dredging costs 🚢 34 million crowns.']);
	const quiet = share('quiet', []);
	const tides = share('tides', ['High water at noon, é.']);

	it('copy the parts of unchanged articles from the last build and make only the others, giving the same bytes as a file made afresh', () => {
		const store = memoryStore();
		const first = assembleParted('quotes.json', quotes, versioned([['harbour 1', harbour], ['quiet 1', quiet], ['tides 1', tides]]), locate, { store, context: 'c' });
		expect(first.kept).toBe(0);
		expect(text(first)).toBe(partedText(quotes, [harbour, quiet, tides], locate));
		expect(JSON.parse(text(first))).toHaveLength(3);

		// the tides article is edited; the quiet one gets a quote; harbour is unchanged
		const editedTides = share('tides', ['Low water at six.']);
		const loudQuiet = share('quiet', ['Nothing happened, é 🚢.']);
		const second = assembleParted('quotes.json', quotes, versioned([['harbour 1', harbour], ['quiet 2', loudQuiet], ['tides 2', editedTides]]), locate, { store, context: 'c' });
		expect(second.kept).toBe(1);
		expect(text(second)).toBe(partedText(quotes, [harbour, loudQuiet, editedTides], locate));
		expect(JSON.parse(text(second)).map((quote: { text: string }) => quote.text)).toEqual(['Work starts in June, “not before”.', 'Dredging costs 🚢 34 million crowns.', 'Nothing happened, é 🚢.', 'Low water at six.']);

		expect(store.files.get('quotes.json')?.kept).toBe(1);

		// harbour is removed and quiet falls silent again: the kept tides part follows with no stray comma
		const third = assembleParted('quotes.json', quotes, versioned([['quiet 1', quiet], ['tides 2', editedTides]]), locate, { store, context: 'c' });
		expect(third.kept).toBe(1);
		expect(text(third)).toBe(partedText(quotes, [quiet, editedTides], locate));
		expect([...(store.files.get('quotes.json')?.parts.keys() ?? [])]).toEqual(['quiet 1', 'tides 2']);

		// the same articles again: every part kept, the kept copy left as it is
		const writes = store.writes;
		const fourth = assembleParted('quotes.json', quotes, versioned([['quiet 1', quiet], ['tides 2', editedTides]]), locate, { store, context: 'c' });
		expect(fourth.kept).toBe(2);
		expect(text(fourth)).toBe(text(third));
		expect(store.writes).toBe(writes);
	});

	it('neither use nor keep anything when the context is unknown', () => {
		const store = memoryStore();
		assembleParted('quotes.json', quotes, versioned([['harbour 1', harbour]]), locate, { store, context: 'c' });
		const unknown = assembleParted('quotes.json', quotes, versioned([['harbour 1', harbour]]), locate, { store, context: undefined });
		expect(unknown.kept).toBe(0);
		expect(text(unknown)).toBe(partedText(quotes, [harbour], locate));
		expect(store.writes).toBe(1);
	});

	it('make every part afresh when what the parts depend on changed (format, address, code)', () => {
		const store = memoryStore();
		assembleParted('quotes.csv', QUOTES_CSV, versioned([['harbour 1', harbour]]), locate, { store, context: 'old' });
		const moved = (path: string) => `https://archive.example.org${path}`;
		const again = assembleParted('quotes.csv', QUOTES_CSV, versioned([['harbour 1', harbour]]), moved, { store, context: 'new' });
		expect(again.kept).toBe(0);
		expect(text(again)).toContain('https://archive.example.org/articles/harbour/#q1');
		expect(text(again)).not.toContain('news.example.org');
	});

	it('name the site address and a digest of the code in the context', () => {
		expect(partsContext(locate, 'abc')).toBe('https://news.example.org/ abc');
		expect(partsContext(locate, undefined)).toBeUndefined();
		expect(partsContext(locate, '')).toBeUndefined();
	});

	it('digest the code by the names and contents of its files, not their times', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-source-'));
		try {
			mkdirSync(join(dir, 'src/lib'), { recursive: true });
			writeFileSync(join(dir, 'src/lib/formats.ts'), 'export const separator = ",";\n');
			writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3}\n');
			const paths = [join(dir, 'src'), join(dir, 'package-lock.json')];
			const first = sourceDigest(paths);
			expect(first).toMatch(/^[\w-]{22}$/);
			utimesSync(join(dir, 'src/lib/formats.ts'), new Date(2030, 0, 1), new Date(2030, 0, 1));
			expect(sourceDigest(paths)).toBe(first);
			writeFileSync(join(dir, 'src/lib/formats.ts'), 'export const separator = ";";\n');
			const changed = sourceDigest(paths);
			expect(changed).not.toBe(first);
			writeFileSync(join(dir, 'src/lib/ids.ts'), '');
			expect(sourceDigest(paths)).not.toBe(changed);
			writeFileSync(join(dir, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
			expect(sourceDigest(paths)).not.toBe(changed);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the kept files on disk', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('read back as written, and a damaged file as nothing kept', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-parts-'));
		dirs.push(dir);
		const store = partStoreIn(join(dir, 'parts'));
		expect(store.read('quotes.json')).toBeUndefined();
		const bytes = new TextEncoder().encode('[{"text":"é\\n🚢"}]');
		store.write('quotes.json', { context: 'c 1', pieces: [bytes.subarray(0, 3), bytes.subarray(3)], parts: new Map([['harbour 1', [1, bytes.length - 1] as const]]), kept: 0 });
		expect(readdirSync(join(dir, 'parts'))).toEqual(['quotes.json']);
		// a folder that cannot be written: a warning, no file, no temporary file left
		writeFileSync(join(dir, 'blocked'), '');
		const warnings: string[] = [];
		const warn = console.warn;
		console.warn = (message: string) => void warnings.push(message);
		try {
			partStoreIn(join(dir, 'blocked', 'parts')).write('quotes.json', { context: 'c 1', pieces: [bytes], parts: new Map(), kept: 0 });
		} finally {
			console.warn = warn;
		}
		expect(warnings).toEqual([expect.stringMatching(/^Dateline could not keep \/data\/quotes\.json for the next build \(ENOTDIR: .*\); the next build makes it afresh\.$/)]);
		const read = store.read('quotes.json');
		expect(read?.context).toBe('c 1');
		expect(decode(read?.bytes ?? new Uint8Array())).toBe('[{"text":"é\\n🚢"}]');
		expect([...(read?.parts ?? [])]).toEqual([['harbour 1', [1, bytes.length - 1]]]);
		writeFileSync(join(dir, 'parts', 'quotes.json'), '{"context":\n[]');
		expect(store.read('quotes.json')).toBeUndefined();
		// cut short: its ranges would point past its end
		store.write('quotes.json', { context: 'c 1', pieces: [bytes.subarray(0, 3), bytes.subarray(3)], parts: new Map([['harbour 1', [1, bytes.length - 1] as const]]), kept: 0 });
		const whole = readFileSync(join(dir, 'parts', 'quotes.json'));
		writeFileSync(join(dir, 'parts', 'quotes.json'), whole.subarray(0, whole.length - 3));
		expect(store.read('quotes.json')).toBeUndefined();
	});

	it('are used by the next build through the same store', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-parts-'));
		dirs.push(dir);
		const harbour = share('harbour', ['Work starts in June.']);
		const first = assembleParted('quotes.json', quotes, versioned([['harbour 1', harbour]]), locate, { store: partStoreIn(dir), context: 'c' });
		const second = assembleParted('quotes.json', quotes, versioned([['harbour 1', harbour]]), locate, { store: partStoreIn(dir), context: 'c' });
		expect(second.kept).toBe(1);
		expect(text(second)).toBe(text(first));
	});

	it('write and stream files of many pieces in order', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'dateline-parts-'));
		dirs.push(dir);
		const many = Array.from({ length: 1_200 }, (_, n) => [`story-${n} 1`, share(`story-${n}`, n % 3 === 0 ? [] : [`Quote ${n}, é 🚢.`])] as [string, ArticleShare]);
		const made = assembleParted('quotes.json', quotes, versioned(many), locate, { store: partStoreIn(dir), context: 'c' });
		const expected = partedText(quotes, many.map(([, of]) => of), locate);
		expect(text(made)).toBe(expected);
		expect(await new Response(streamOf(made.pieces)).text()).toBe(expected);
		const again = assembleParted('quotes.json', quotes, versioned(many), locate, { store: partStoreIn(dir), context: 'c' });
		expect(again.kept).toBe(1_200);
		expect(text(again)).toBe(expected);
	});
});
