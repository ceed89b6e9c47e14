/**
 * An Astro integration that indexes the built site with Pagefind at `astro:build:done` and fails
 * the build when Pagefind reports an error or indexes no page. In `astro dev` it serves the search
 * bundles of the last build, so search works in dev once the site has been built.
 */
import { accessSync, constants, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { SEARCH_RECORDS_PATH, SEARCH_SCOPE_LIST, SEARCH_SCOPES, type SearchScope } from '../lib/search-bundles.ts';
import { bundleDigest, keepBundle, restoreBundle } from './bundle-cache.ts';
import type { SearchRecord } from '../lib/search-records.ts';

/** The article pages under `site`, relative paths in a stable order. */
function articlePages(site: string): string[] {
	const root = join(site, 'articles');
	if (!existsSync(root)) return [];
	return (readdirSync(root, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).sort().map((path) => join('articles', path));
}

/** Fragment files of the quote and event bundles (per language): a few records share each. */
const SHARED_FRAGMENT_FILES = 4000;

/** What a kept bundle depends on besides its input: Pagefind's version and how it is called. Raise the last number when the indexing changes. */
function bundleFormat(root: string): string {
	return `pagefind ${pagefindVersion(root)}, fragments ${SHARED_FRAGMENT_FILES}, dateline 1`;
}

/** The installed Pagefind's version, from the project's `node_modules` (its package does not export its package.json). */
function pagefindVersion(root: string): string {
	try {
		return (JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
	} catch {
		return 'unknown';
	}
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/**
 * Runs Pagefind over `dist/` after every build, writing one bundle per search scope
 * (`src/lib/search-bundles.ts`): the article pages and the actor records into `dist/pagefind/`,
 * the quote records into `dist/pagefind-quotes/`, the event records into `dist/pagefind-events/`.
 */
export function pagefind(): AstroIntegration {
	let outDir = '';
	let base = '/';
	let cacheRoot = '';
	let format = '';
	return {
		name: 'dateline-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				cacheRoot = join(fileURLToPath(config.cacheDir), 'dateline-pagefind');
				format = bundleFormat(fileURLToPath(config.root));
			},
			'astro:server:setup': ({ server }) => {
				const bundles = Object.values(SEARCH_SCOPES).map(({ bundle }) => `${base}${bundle}/`);
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
					const bundle = bundles.find((prefix) => path.startsWith(prefix));
					const file = bundle ? normalize(join(outDir, path.slice(base.length))) : '';
					if (!bundle || !file.startsWith(outDir) || !existsSync(file) || statSync(file).isDirectory()) {
						next();
						return;
					}
					response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(response);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const records = JSON.parse(await readFile(join(site, SEARCH_RECORDS_PATH), 'utf8')) as Record<SearchScope, SearchRecord[]>;
				const scratch = await mkdtemp(join(scratchRoot(), 'dateline-search-'));
				/** Indexes one scope into its bundle, or copies back the bundle an earlier build made of the same input. */
				const indexScope = async ([scope, { bundle, label }]: [SearchScope, { bundle: string; label: string }]) => {
					const list = records[scope] ?? [];
					const pages = scope === 'articles' ? articlePages(site) : [];
					const digest = bundleDigest([format, scope, JSON.stringify(list), ...pages.flatMap((page) => [page, readFileSync(join(site, page))])]);
					if (restoreBundle(cacheRoot, bundle, digest, join(site, bundle))) return `${bundle}/ (${label.toLowerCase()}, unchanged)`;
					// quotes and events are many and small: their fragments go into shared files, so a
					// build writes (and the next one deletes) thousands of files rather than a file each
					const { index, errors } = await createIndex({ forceLanguage: 'en', ...(scope === 'articles' ? {} : { maxFragments: SHARED_FRAGMENT_FILES }) });
					failOn('starting Pagefind', errors);
					if (!index) throw new Error('Pagefind did not create an index');
					if (scope === 'articles') {
						// only article pages carry data-pagefind-body: reading the others would find nothing
						const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
						failOn('indexing the site', added.errors);
						if (added.page_count === 0) throw new Error('Pagefind found no page to index (pages need data-pagefind-body)');
					}
					if (list.length > 0) {
						const folder = join(scratch, scope);
						writeRecordPages(folder, list);
						const added = await index.addDirectory({ path: folder });
						failOn(`indexing the ${label.toLowerCase()}`, added.errors);
					}
					const output = await index.writeFiles({ outputPath: join(site, bundle) });
					failOn('writing the index', output.errors);
					await index.deleteIndex();
					keepBundle(cacheRoot, bundle, digest, join(site, bundle));
					return `${bundle}/ (${label.toLowerCase()})`;
				};
				try {
					// one scope after the other: side by side they would hold every index in memory at once
					const written: string[] = [];
					for (const scope of SEARCH_SCOPE_LIST) written.push(await indexScope(scope));
					logger.info(`Pagefind wrote ${written.join(', ')}`);
				} finally {
					await close();
					await rm(scratch, { recursive: true, force: true });
				}
			},
		},
	};
}

/**
 * Where the record pages are written for Pagefind to read: a memory-backed folder where the system
 * has one (`/dev/shm` on Linux), since tens of thousands of small files are written and deleted in
 * every build; the system's temporary folder otherwise. `DATELINE_SCRATCH_DIR` overrides both.
 */
function scratchRoot(): string {
	if (process.env.DATELINE_SCRATCH_DIR) return process.env.DATELINE_SCRATCH_DIR;
	try {
		accessSync('/dev/shm', constants.W_OK);
		return '/dev/shm';
	} catch {
		return tmpdir();
	}
}

/**
 * Writes each record as a small HTML page Pagefind reads from disk, its address in the `url` meta
 * (which Pagefind's UI links to). Pagefind indexes a folder on all cores, many times faster than
 * the same records sent one by one through its Node API.
 */
export function writeRecordPages(folder: string, records: readonly SearchRecord[]): void {
	records.forEach((record, n) => {
		const sub = join(folder, String(Math.floor(n / 1000)));
		if (n % 1000 === 0) mkdirSync(sub, { recursive: true });
		writeFileSync(join(sub, `${n}.html`), recordPage(record));
	});
}

/** The HTML page of a search record: its content indexed, its meta (with the `url` to link to) and filters beside. */
export function recordPage(record: SearchRecord): string {
	const meta = Object.entries({ ...record.meta, url: record.url }).map(([key, value]) => `<span data-pagefind-meta="${escapeHtml(key)}">${escapeHtml(value)}</span>`);
	const filters = Object.entries(record.filters).flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${escapeHtml(key)}">${escapeHtml(value)}</span>`));
	return `<!doctype html><html lang="${escapeHtml(record.language)}"><head><meta charset="utf-8"><title>${escapeHtml(record.meta.title ?? '')}</title></head><body><main data-pagefind-body><p>${escapeHtml(record.content)}</p></main><div hidden>${meta.join('')}${filters.join('')}</div></body></html>`;
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function failOn(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
}
