/**
 * An Astro integration that builds the site's Pagefind search bundles and fails the build when
 * Pagefind reports an error or loses a record. Indexing starts at `astro:build:start` on a worker
 * thread (`search-index.ts`) and runs while Astro renders the pages; `astro:build:done` waits for it
 * and places the bundles into `dist/`. In `astro dev` it serves the search bundles of the last
 * build, so search works in dev once the site has been built.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extname, join, normalize } from 'node:path';
import type { AstroConfig, AstroIntegration } from 'astro';
import { projectCodeDigest } from '../lib/data-parts.ts';
import { recordsDir } from '../content-layer/records.ts';
import { registryPath } from '../content-layer/registry.ts';
import { isBundlePath, SEARCH_SCOPE_LIST } from '../lib/search-bundles.ts';
import { countOf } from '../lib/views.ts';
import { RECORDS_PER_SHARED_FRAGMENT, startSearchIndex, type SearchIndexOptions, type SearchIndexRun } from './search-index.ts';

/**
 * What a kept bundle depends on besides its records: Pagefind's version, how it is called, and
 * Dateline's code (which makes the record pages: an articles shard is digested from its articles'
 * versions, not from its pages). Raise the number when the indexing changes.
 */
function bundleFormat(config: AstroConfig): string {
	return `pagefind ${pagefindVersion(fileURLToPath(config.root))}, records per shared fragment ${RECORDS_PER_SHARED_FRAGMENT}, dateline 7, code ${projectCodeDigest(config)}`;
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
 * Builds the bundles of every search scope (`src/lib/search-bundles.ts`): the articles and the
 * actors in `dist/pagefind/`, the quotes in `dist/pagefind-quotes/`, the events in
 * `dist/pagefind-events/`; on a larger site, their further shards beside them (`dist/pagefind-2/`, …).
 */
export function pagefind(): AstroIntegration {
	let outDir = '';
	let base = '/';
	let options: SearchIndexOptions | undefined;
	let indexing: SearchIndexRun | undefined;
	return {
		name: 'dateline-pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				const root = fileURLToPath(config.root);
				outDir = fileURLToPath(config.outDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				options = {
					recordsDir: recordsDir(config.cacheDir),
					registryFile: registryPath(root),
					base: config.base,
					cacheRoot: join(fileURLToPath(config.cacheDir), 'dateline-pagefind'),
					format: bundleFormat(config),
				};
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					const path = decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname);
					const bundled = path.startsWith(base) && isBundlePath(path.slice(base.length));
					const file = bundled ? normalize(join(outDir, path.slice(base.length))) : '';
					if (!bundled || !file.startsWith(outDir) || !existsSync(file) || statSync(file).isDirectory()) {
						next();
						return;
					}
					response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
					createReadStream(file).pipe(response);
				});
			},
			'astro:build:start': () => {
				// the content is synced: its records are on disk, and indexing them can run beside the rest of the build
				if (options) indexing = startSearchIndex(options);
			},
			'astro:build:setup': () => {
				// dist/ is ready (noted, or emptied, by prune-out-dir.ts at astro:build:start): each bundle can go there as soon as it is ready
				indexing?.placeInto(outDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!indexing) throw new Error('The search index was not started: Dateline builds it from `astro:build:start`');
				const waitFrom = performance.now();
				indexing.placeInto(fileURLToPath(dir));
				const outcome = await indexing.outcome;
				if (outcome.error !== undefined) throw new Error(`Dateline could not build the search index: ${outcome.error}`);
				const written = SEARCH_SCOPE_LIST.map(([scope, { label }]) => {
					const bundles = outcome.bundles.filter((bundle) => bundle.scope === scope);
					const records = bundles.reduce((sum, bundle) => sum + bundle.records, 0);
					const unchanged = bundles.filter((bundle) => bundle.reused).length;
					return `${label.toLowerCase()}: ${countOf(records, 'record')} in ${countOf(bundles.length, 'bundle')}${unchanged === 0 ? '' : unchanged === bundles.length ? ', unchanged' : ` (${unchanged} unchanged)`}`;
				});
				const waited = (performance.now() - waitFrom) / 1000;
				logger.info(`Pagefind wrote ${written.join('; ')} in ${outcome.seconds.toFixed(1)} s beside the pages; the build waited ${waited.toFixed(1)} s for it`);
			},
		},
	};
}
