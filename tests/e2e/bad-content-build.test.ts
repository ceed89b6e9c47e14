import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, ROOT } from './helpers.ts';

/** Builds the site with some environment variables into a folder deleted after; returns its exit status and output. */
function buildWith(env: Record<string, string>): { status: number | null; output: string } {
	const outDir = mkdtempSync(join(tmpdir(), 'dateline-bad-build-'));
	try {
		const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: ROOT, env: childEnv(env), encoding: 'utf8' });
		return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
}

describe('a build over bad articles', () => {
	it('fails, naming every bad file with its line and field', () => {
		const { status, output } = buildWith({ DATELINE_CONTENT_DIR: 'tests/fixtures/content/bad' });
		expect(status).not.toBe(0);
		expect(output).toContain('Dateline found 5 problems in the articles:');
		expect(output).toContain('tests/fixtures/content/bad/missing-title.md:1:1 title: is required');
		expect(output).toContain('tests/fixtures/content/bad/malformed-yaml.md:3:1 the frontmatter is not valid YAML:');
		expect(output).toContain('tests/fixtures/content/bad/impossible-month.md:4:1 date: "2024-13-45" is not a real calendar date');
		expect(output).toContain('tests/fixtures/content/bad/impossible-day.md:3:1 date: "2025-02-30" is not a real calendar date');
		expect(output).toContain(
			'tests/fixtures/content/bad/nested/duplicate-id.md id: the id "duplicate-id" is already used by tests/fixtures/content/bad/duplicate-id.md',
		);
	});

	it('with a bad DATELINE_ARTICLES_PER_PAGE fails at once, naming the variable', () => {
		const { status, output } = buildWith({ DATELINE_ARTICLES_PER_PAGE: 'twenty' });
		expect(status).not.toBe(0);
		expect(output).toContain('DATELINE_ARTICLES_PER_PAGE: "twenty" is not a whole number of articles from 1 (unset, the list shows 50 a page)');
		// stopped while the configuration loaded, before any article was read
		expect(output).not.toContain('Syncing content');
	});
});
