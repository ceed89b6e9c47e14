/**
 * The bytes a reader downloads for a first search: serves a built `dist/` as a static host would
 * (text gzip-compressed, Pagefind's pre-compressed files as they are), opens the search page in
 * Chromium, searches a word and counts every response until the results show.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg']);

/** Serves `dist`, counting the bytes of every response body; search `word` in Chromium and return the total. */
export async function measureFirstSearch(dist: string, word: string): Promise<{ bytes: number; requests: number }> {
	let bytes = 0;
	let requests = 0;
	const server = createServer(async (request, response) => {
		try {
			let path = normalize(join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
			if (!path.startsWith(dist)) throw new Error('outside');
			if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
			let body = await readFile(path);
			const type = extname(path);
			const headers: Record<string, string> = { 'Content-Type': TYPES[type] ?? 'application/octet-stream' };
			if (COMPRESSIBLE.has(type)) {
				body = gzipSync(body);
				headers['Content-Encoding'] = 'gzip';
			}
			bytes += body.length;
			if (process.env.DEBUG_TRANSFER) console.log(body.length, path.slice(dist.length));
			requests += 1;
			response.writeHead(200, headers).end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`http://127.0.0.1:${port}/search/`);
		await page.getByRole('searchbox', { name: 'Search words' }).fill(word);
		await page.locator('.search-result').first().waitFor({ timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		return { bytes, requests };
	} finally {
		await browser.close();
		server.close();
	}
}
