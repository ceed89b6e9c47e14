/**
 * Starts article workers while Astro starts up when article files changed since the last sync
 * (`source-fingerprints.ts`; every article before the first build), one per changed file up to one
 * per core, so that they load the engine meanwhile (`article-pool.ts`). Tells the pages where the
 * content layer keeps article records (`import.meta.env.DATELINE_RECORDS_DIR`, the folder the
 * `articles` loader writes to under Astro's cache folder), where the actor registry is
 * (`import.meta.env.DATELINE_ACTORS_FILE`), and where the data files' parts are kept between builds
 * and under which digest of the code (`import.meta.env.DATELINE_DATA_PARTS_DIR`,
 * `DATELINE_CODE_DIGEST`, see `src/lib/data-parts.ts`).
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prestartWorkers, releasePrestarted } from '../content-layer/article-pool.ts';
import { DEFAULT_ARTICLES_DIR, listArticleFiles } from '../content-layer/article-folder.ts';
import { recordsDir } from '../content-layer/records.ts';
import { changedSinceSync } from '../content-layer/source-fingerprints.ts';
import { registryPath } from '../content-layer/registry.ts';
import { projectCodeDigest } from '../lib/data-parts.ts';

/** The site's address when `DATELINE_SITE` is not set: the local preview server's. */
export const LOCAL_SITE = 'http://localhost:4321';

/** Options of {@link articleRecords}. */
export interface ArticleRecordsOptions {
	/** Folder of the article files, relative to the project root, as the `articles` loader reads it. Default: `content/articles`. */
	base?: string;
}

/** The integration; list it in `astro.config.mjs`. */
export function articleRecords({ base = DEFAULT_ARTICLES_DIR }: ArticleRecordsOptions = {}): AstroIntegration {
	return {
		name: 'dateline-records',
		hooks: {
			'astro:config:setup': async ({ config, updateConfig, command, logger }) => {
				// articles changed since the last sync (all of them before the first): the workers load the
				// engine while Astro starts up, instead of the build loading it when it reaches them (with
				// one core, the work runs inline: a worker would only compete with Astro's start-up)
				if (command !== 'preview' && availableParallelism() >= 2) {
					const files = await listArticleFiles(resolve(fileURLToPath(config.root), base));
					const changed = changedSinceSync(recordsDir(config.cacheDir), files, [registryPath(fileURLToPath(config.root))]);
					if (changed > 0) prestartWorkers(Math.min(changed, availableParallelism()));
				}
				if (command === 'build' && !process.env.DATELINE_SITE) {
					logger.warn(`DATELINE_SITE is not set: canonical addresses, the feed, the sitemap and the data files point at ${LOCAL_SITE}. Set it to the public address before deploying.`);
				}
				updateConfig({
					vite: {
						define: {
							'import.meta.env.DATELINE_RECORDS_DIR': JSON.stringify(recordsDir(config.cacheDir)),
							'import.meta.env.DATELINE_DATA_PARTS_DIR': JSON.stringify(join(fileURLToPath(config.cacheDir), 'dateline-data-parts')),
							'import.meta.env.DATELINE_CODE_DIGEST': JSON.stringify(projectCodeDigest(config)),
							'import.meta.env.DATELINE_ACTORS_FILE': JSON.stringify(registryPath(fileURLToPath(config.root))),
						},
					},
				});
			},
			// the content is synced by then: a worker started ahead and not taken never will be
			'astro:build:start': () => releasePrestarted(),
			'astro:server:done': () => releasePrestarted(),
		},
	};
}
