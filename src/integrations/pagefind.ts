/**
 * An Astro integration that indexes the built site with Pagefind at `astro:build:done` and fails
 * the build when Pagefind reports an error or indexes no page.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Records sent to Pagefind at once. */
const RECORD_WINDOW = 256;

/** Where the build writes the extra search records (quotes, actors, events), relative to `dist/`. */
export const SEARCH_RECORDS_PATH = 'data/search-records.json';

/**
 * Runs Pagefind over `dist/` after every build, writing the bundle to `dist/pagefind/`: the article
 * pages, plus every record of `data/search-records.json` as a result of its own.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'dateline-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await createIndex({ forceLanguage: 'en' });
					failOn('starting Pagefind', errors);
					if (!index) throw new Error('Pagefind did not create an index');
					const added = await index.addDirectory({ path: site });
					failOn('indexing the site', added.errors);
					if (added.page_count === 0) throw new Error('Pagefind found no page to index (pages need data-pagefind-body)');
					const records = JSON.parse(await readFile(join(site, SEARCH_RECORDS_PATH), 'utf8')) as Array<Parameters<typeof index.addCustomRecord>[0]>;
					// many records at once: each is a round trip to Pagefind's service, so keep a window in flight
					for (let start = 0; start < records.length; start += RECORD_WINDOW) {
						const batch = records.slice(start, start + RECORD_WINDOW);
						const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
						responses.forEach((response, k) => failOn(`indexing ${batch[k]?.url ?? ''}`, response.errors));
					}
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					failOn('writing the index', written.errors);
					logger.info(`Pagefind indexed ${added.page_count} pages and ${records.length} quotes, actors and events into ${written.outputPath}`);
				} finally {
					await close();
				}
			},
		},
	};
}

function failOn(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
}
