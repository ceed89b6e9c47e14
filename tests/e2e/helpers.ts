/** Shared set-up of the browser tests: the built site served by `astro preview`, and Debian's Chromium. */
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
