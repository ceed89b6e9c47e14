import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The project's own modules a module loads, following its static imports and re-exports (`import
 * type` and `export type` load nothing; dynamic `import()` is not followed). Only relative imports
 * of `.ts` and `.mjs` files: packages are not the project's.
 */
function staticImports(entry: string): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const match of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'(\.[^']+\.(?:ts|mjs))';/gm)) {
			visit(resolve(dirname(file), match[1] ?? ''));
		}
	};
	visit(resolve(ROOT, entry));
	return new Set([...seen].map((file) => file.slice(ROOT.length)));
}

// What a build loads before it knows whether any article changed: the Astro config with its
// integrations, and the content config with the loader. A build with nothing to analyse or render
// (a rebuild with no change) must not pay for loading the engine and the Markdown pipeline, about
// three quarters of a second, twice (once by Node for the config, once through Vite for the loader).
const HEAVY = ['src/analysis/index.ts', 'src/content-layer/markdown.ts', 'src/content-layer/build-article.ts'];

describe('modules loaded at start-up', () => {
	it('follows static imports and re-exports, not type imports', () => {
		const loaded = staticImports('src/content-layer/analysis-cache.ts');
		expect(loaded.has('src/analysis/index.ts')).toBe(true);
		expect(loaded.has('src/analysis/version.ts')).toBe(true);
		expect(loaded.has('src/content-layer/markdown.ts')).toBe(true);
		expect(loaded.has('src/content-layer/collect.ts')).toBe(false);
	});

	it.each(['astro.config.mjs', 'src/content.config.ts'])('%s does not load the engine or the Markdown pipeline', (entry) => {
		const loaded = staticImports(entry);
		expect(loaded.has('src/content-layer/article-pool.ts') || loaded.has('src/content-layer/loader.ts')).toBe(true);
		expect(HEAVY.filter((file) => loaded.has(file))).toEqual([]);
	});
});
