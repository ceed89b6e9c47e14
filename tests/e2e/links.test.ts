/** Every internal link and #fragment in dist/ points at a page and an element that exist. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const dist = join(ROOT, 'dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name.startsWith('pagefind') ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
	let found = ids.get(file);
	if (!found) {
		found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
		ids.set(file, found);
	}
	return found;
}

function target(path: string): string | undefined {
	const clean = decodeURIComponent(path);
	for (const candidate of [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)]) {
		if (existsSync(candidate) && !candidate.endsWith('/')) {
			try {
				readdirSync(candidate);
			} catch {
				return candidate;
			}
		}
	}
	return undefined;
}

describe('links in dist/', () => {
	it('all resolve, fragments included', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const file of htmlFiles(dist)) {
			const html = readFileSync(file, 'utf8');
			for (const match of html.matchAll(/\shref="([^"]*)"/g)) {
				const href = (match[1] ?? '').replace(/&amp;/g, '&');
				if (/^[a-z]+:/i.test(href) || href.startsWith('//')) continue;
				checked += 1;
				const [address = '', fragment] = href.split('#');
				// a query string picks what a page shows, not another page
				const path = address.split('?')[0] ?? '';
				const page = path === '' ? file : target(path.startsWith('/') ? path : join('/', relative(dist, join(file, '..')), path));
				if (!page) broken.push(`${relative(dist, file)}: ${href} (no such page)`);
				else if (fragment && !idsOf(page).has(fragment)) broken.push(`${relative(dist, file)}: ${href} (no #${fragment} there)`);
			}
		}
		expect(checked).toBeGreaterThan(100);
		expect(broken).toEqual([]);
	});
});
