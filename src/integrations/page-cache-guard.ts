/**
 * Guards Astro's incremental builds against a build that stopped half-way. Astro writes its cached
 * copy of each page as soon as it renders it, but the manifest that says which version each copy
 * is (`<cacheDir>/incremental-build.json`) only once every page is done: after an interrupted
 * build a copy can be newer than the manifest says, and if the article were then put back as it
 * was, the next build would copy the newer page. A marker is written when a build starts and
 * removed when its pages are done; a build that finds the marker forgets the manifest, so every
 * page is rendered again.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's manifest of the pages it keeps between builds, in its cache folder. */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';

/** The marker of a build under way, in Astro's cache folder. */
export const BUILD_PENDING = 'dateline-build-pending';

/** The integration; list it in `astro.config.mjs`. */
export function pageCacheGuard(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'dateline-page-cache-guard',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': ({ logger }) => {
				const marker = join(cacheDir, BUILD_PENDING);
				if (existsSync(marker)) {
					rmSync(join(cacheDir, INCREMENTAL_MANIFEST), { force: true });
					logger.warn('the last build did not finish: every page is rendered again');
				}
				mkdirSync(cacheDir, { recursive: true });
				writeFileSync(marker, `${process.pid}\n`);
			},
			'astro:build:done': () => {
				// the pages are generated and Astro has written its manifest
				rmSync(join(cacheDir, BUILD_PENDING), { force: true });
			},
		},
	};
}
