/** Shared set-up of the browser tests: the built site served by `astro preview`, and Debian's Chromium. */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Path of Chromium; Debian's package by default, `CHROMIUM_PATH` to use another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves the built `dist/` on a free local port; returns its origin and a stop function. */
export async function serveDist(): Promise<{ origin: string; stop: () => Promise<void> }> {
	const server = await preview({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	const port = server.port;
	return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

/**
 * Serves a built folder as a plain static host would, under the sub-path `base` (`/news/`): files
 * as they are, `index.html` for folders, the folder's `404.html` with status 404 for anything else.
 */
export async function serveFolder(dir: string, base: string): Promise<{ origin: string; stop: () => Promise<void> }> {
	const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm' };
	const server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		const send = async (file: string, status: number) => response.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
		try {
			if (!path.startsWith(base)) throw new Error('outside the base path');
			let file = normalize(join(dir, path.slice(base.length)));
			if (!file.startsWith(dir)) throw new Error('outside the folder');
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			await send(file, 200);
		} catch {
			await send(join(dir, '404.html'), 404).catch(() => response.writeHead(404).end());
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The environment for a build or server the tests start: the tests' own, without the variables Vitest sets (`BASE_URL`, `MODE`, `NODE_ENV`…), which would reach the site's code. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const own = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'];
	return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !own.includes(key) && !key.startsWith('VITEST'))), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

/** Starts headless Chromium with the flags this sandboxed, offline machine needs. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/** The served site and a browser context, set up once for a test file. */
export interface SiteSession {
	/** `http://127.0.0.1:<port>` of the served `dist/`. */
	readonly origin: string;
	/** A fresh browser context for the file's pages. */
	readonly context: BrowserContext;
}

/** Serves `dist/` and opens Chromium before the file's tests, closing both after them. */
export function useSite(): SiteSession {
	let server: Awaited<ReturnType<typeof serveDist>> | undefined;
	let browser: Browser | undefined;
	let context: BrowserContext | undefined;
	beforeAll(async () => {
		server = await serveDist();
		browser = await launchChromium();
		context = await browser.newContext();
	});
	afterAll(async () => {
		await context?.close();
		await browser?.close();
		await server?.stop();
	});
	return {
		get origin() {
			if (!server) throw new Error('the site is served in beforeAll');
			return server.origin;
		},
		get context() {
			if (!context) throw new Error('the browser starts in beforeAll');
			return context;
		},
	};
}
