/**
 * `npm run dev`: pages follow the articles as they change, and search works with the bundles of the
 * last build (`npm test` builds before the browser tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, ROOT } from './helpers.ts';

const SEED_FILE = join(ROOT, 'content/articles/2025-05-11-trump-urges-ukraine-to-accept-russias-offer.md');
const SEED_ID = '2025-05-11-trump-urges-ukraine-to-accept-russias-offer';
const work = mkdtempSync(join(tmpdir(), 'dateline-dev-'));
let origin = '';
let child: ChildProcess | undefined;

const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 4399));
		});
	});

/** Fetches `path` until `check` holds for its text, or gives up after `ms`. */
async function until(path: string, check: (text: string) => boolean, ms = 30_000): Promise<string> {
	const end = Date.now() + ms;
	let last = '';
	while (Date.now() < end) {
		last = await fetch(`${origin}${path}`).then((response) => response.text(), () => '');
		if (check(last)) return last;
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	throw new Error(`${path} never matched; last answer began: ${last.slice(0, 300)}\nserver log: ${readFileSync(join(work, 'dev.log'), 'utf8').slice(-2000)}`);
}

beforeAll(async () => {
	cpSync(SEED_FILE, join(work, `${SEED_ID}.md`));
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: ROOT,
		env: childEnv({ DATELINE_CONTENT_DIR: work }),
		stdio: ['ignore', openSync(join(work, 'dev.log'), 'w'), openSync(join(work, 'dev.log'), 'a')],
	});
	await until('/', (text) => text.includes('Trump urges Ukraine'), 90_000);
}, 120_000);

afterAll(() => {
	child?.kill();
	rmSync(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
	it('shows an edited article’s new text without a restart', async () => {
		const file = join(work, `${SEED_ID}.md`);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "An edited headline"'));
		const page = await until(`/articles/${SEED_ID}/`, (text) => text.includes('An edited headline'));
		expect(page).toMatch(/<h1[^>]*>An edited headline<\/h1>/);
	}, 60_000);

	it('serves the search bundles of the last build', async () => {
		expect(existsSync(join(ROOT, 'dist/pagefind/pagefind.js')), 'run npm run build first').toBe(true);
		const response = await fetch(`${origin}/pagefind/pagefind.js`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('text/javascript');
		expect(await response.text()).toBe(readFileSync(join(ROOT, 'dist/pagefind/pagefind.js'), 'utf8'));
		expect((await fetch(`${origin}/pagefind-quotes/pagefind-entry.json`)).status).toBe(200);
	});
});
