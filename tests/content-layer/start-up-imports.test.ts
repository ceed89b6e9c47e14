import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Static imports and re-exports of a module's text (`import type` and `export type` load nothing; dynamic `import()` is not followed). */
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/**
 * The project's own modules a module loads, following its static imports of `.ts` and `.mjs`
 * files, and the packages they import.
 */
function staticImports(entry: string): { modules: Set<string>; packages: Set<string> } {
	const seen = new Set<string>();
	const packages = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
			if (/^\.\.?\/.*\.(?:ts|mjs)$/.test(specifier)) visit(resolve(dirname(file), specifier));
			else if (!specifier.startsWith('.') && !specifier.startsWith('node:') && !specifier.startsWith('astro:')) packages.add(specifier);
		}
	};
	visit(resolve(ROOT, entry));
	return { modules: new Set([...seen].map((file) => file.slice(ROOT.length))), packages };
}

// What a build loads before it knows whether any article changed: the Astro config with its
// integrations, and the content config with the loader. A build with nothing to analyse or render
// (a rebuild with no change) must not pay for loading the engine and the Markdown pipeline, about
// three quarters of a second, twice (once by Node for the config, once through Vite for the loader).
const HEAVY = ['src/analysis/index.ts', 'src/content-layer/markdown.ts', 'src/content-layer/build-article.ts'];
/** The Markdown pipeline's packages. */
const PIPELINE = ['unified', 'remark-parse', 'remark-rehype', 'rehype-sanitize', 'rehype-slug', 'rehype-stringify', 'mdast-util-to-string'];

describe('modules loaded at start-up', () => {
	it('follows static imports and re-exports, not type imports', () => {
		const { modules, packages } = staticImports('src/content-layer/analysis-cache.ts');
		expect(modules.has('src/analysis/index.ts')).toBe(true);
		expect(modules.has('src/analysis/version.ts')).toBe(true);
		expect(modules.has('src/content-layer/markdown.ts')).toBe(true);
		expect(modules.has('src/content-layer/collect.ts')).toBe(false);
		expect(PIPELINE.filter((name) => packages.has(name))).toEqual(PIPELINE);
	});

	it.each(['astro.config.mjs', 'src/content.config.ts'])('%s loads neither the engine nor the Markdown pipeline', (entry) => {
		const { modules, packages } = staticImports(entry);
		expect(modules.has('src/content-layer/article-pool.ts') || modules.has('src/content-layer/loader.ts')).toBe(true);
		expect(HEAVY.filter((file) => modules.has(file))).toEqual([]);
		expect(PIPELINE.filter((name) => packages.has(name))).toEqual([]);
	});
});
