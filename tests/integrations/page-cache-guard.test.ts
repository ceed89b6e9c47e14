import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_PENDING, INCREMENTAL_MANIFEST, pageCacheGuard } from '../../src/integrations/page-cache-guard.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'dateline-guard-'));
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A guard set up as Astro would, and the warnings it logs. */
function guard() {
	const warnings: string[] = [];
	const hooks = pageCacheGuard().hooks as Record<string, (options: unknown) => void>;
	hooks['astro:config:done']?.({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } });
	const logger = { warn: (message: string) => warnings.push(message) };
	return { start: () => hooks['astro:build:start']?.({ logger }), done: () => hooks['astro:build:done']?.({ logger }), warnings };
}

describe('the page cache guard', () => {
	it('keeps the manifest of a build that finished', () => {
		writeFileSync(join(cacheDir, INCREMENTAL_MANIFEST), '{}');
		const build = guard();
		build.start();
		expect(existsSync(join(cacheDir, BUILD_PENDING))).toBe(true);
		build.done();
		expect(existsSync(join(cacheDir, BUILD_PENDING))).toBe(false);
		guard().start();
		expect(existsSync(join(cacheDir, INCREMENTAL_MANIFEST))).toBe(true);
	});

	it('forgets the manifest when the last build stopped before its pages were done', () => {
		guard().start();
		// the build stops; Astro had written a manifest in an earlier build
		writeFileSync(join(cacheDir, INCREMENTAL_MANIFEST), '{}');
		const next = guard();
		next.start();
		expect(existsSync(join(cacheDir, INCREMENTAL_MANIFEST))).toBe(false);
		expect(next.warnings).toEqual(['the last build did not finish: every page is rendered again']);
	});
});
