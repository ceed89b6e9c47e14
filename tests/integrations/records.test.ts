import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { releasePrestarted } from '../../src/content-layer/article-pool.ts';
import { recordsDir } from '../../src/content-layer/records.ts';
import { writeSourceFingerprints } from '../../src/content-layer/source-fingerprints.ts';
import { articleRecords } from '../../src/integrations/records.ts';
import { waiting } from '../content-layer/prestarted.ts';

const roots: string[] = [];
afterEach(() => {
	releasePrestarted();
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});


/** A project with `articles` article files, set up as `astro <command>` would; what `updateConfig` was given. */
async function setUp(articles: number, command: string, { built = false, touched }: { built?: boolean; touched?: (root: string) => void } = {}) {
	const root = mkdtempSync(join(tmpdir(), 'dateline-records-'));
	roots.push(root);
	mkdirSync(join(root, 'news'));
	for (let n = 0; n < articles; n += 1) writeFileSync(join(root, 'news', `story-${n}.md`), '---\ntitle: A fictional story\ndate: 2024-03-08\nfictional: true\n---\nText.\n');
	const cacheDir = pathToFileURL(join(root, 'cache/'));
	// the fingerprints a sync of these files leaves (no registry)
	if (built) writeSourceFingerprints(recordsDir(cacheDir), Array.from({ length: articles }, (_, n) => join(root, 'news', `story-${n}.md`)));
	touched?.(root);
	const updates: unknown[] = [];
	const hooks = articleRecords({ base: 'news' }).hooks as Record<string, (options: unknown) => Promise<void> | void>;
	await hooks['astro:config:setup']?.({ config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`), cacheDir }, updateConfig: (update: unknown) => updates.push(update), command, logger: { warn: () => {} } });
	return updates;
}

describe('the records integration', () => {
	it.runIf(availableParallelism() >= 2)('starts a worker per article while Astro starts up before the first build, one per core at most', async () => {
		const updates = await setUp(24, 'build');
		expect(waiting()).toHaveLength(Math.min(24, availableParallelism()));
		expect(JSON.stringify(updates)).toContain('dateline-data-parts');
		expect(JSON.stringify(updates)).toMatch(/"import\.meta\.env\.DATELINE_CODE_DIGEST":"\\"[\w-]{22}\\""/);
		releasePrestarted();
		await setUp(1, 'build');
		expect(waiting()).toHaveLength(1);
	});

	it('starts none when no article file changed since the last sync, or for a preview', async () => {
		await setUp(24, 'build', { built: true });
		expect(waiting()).toHaveLength(0);
		await setUp(24, 'preview');
		expect(waiting()).toHaveLength(0);
	});

	it.runIf(availableParallelism() >= 2)('starts one for an article edited since the last sync, and one per core when the actor registry changed', async () => {
		const later = new Date(Date.now() + 60_000);
		await setUp(24, 'build', {
			built: true,
			touched: (root) => {
				// a new time alone is no change (a fresh checkout); new text is
				utimesSync(join(root, 'news', 'story-2.md'), later, later);
				writeFileSync(join(root, 'news', 'story-3.md'), '---\ntitle: An edited fictional story\ndate: 2024-03-08\nfictional: true\n---\nText.\n');
			},
		});
		expect(waiting()).toHaveLength(1);
		releasePrestarted();
		await setUp(24, 'build', {
			built: true,
			touched: (root) => {
				mkdirSync(join(root, 'content'));
				writeFileSync(join(root, 'content', 'actors.yaml'), 'actors: []\n');
				utimesSync(join(root, 'content', 'actors.yaml'), later, later);
			},
		});
		expect(waiting()).toHaveLength(Math.min(24, availableParallelism()));
	});
});
