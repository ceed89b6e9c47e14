/** Shared set-up of the browser tests: the built site served by `astro preview`, and Debian's Chromium. */
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';

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
