/**
 * Builds many articles on all cores: a pool of worker threads (`article-worker.ts`), each running
 * `buildArticle`. Below {@link THREADS_FROM} articles, or with one core, the work runs inline,
 * since starting a worker (loading the engine and the Markdown pipeline) costs more than it saves,
 * unless workers were started ahead ({@link prestartWorkers}): a build that knows early that
 * articles changed starts them so that they load while Astro starts up, and then uses them
 * whatever the number of articles.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleJob } from './article-worker.ts';
import type { BuildArticleOptions, BuiltArticle } from './build-article.ts';
import type { IdentifiedArticle } from './collect.ts';

/** Fewest articles to build for the pool to start worker threads of its own (workers started ahead are used for any number). */
export const THREADS_FROM = 24;

const WORKER = new URL('./article-worker.ts', import.meta.url);

// started by an integration (imported by Node) and taken by the loader (imported through Vite):
// two copies of this module, one process, so the workers wait on the global object
const PRESTARTED = Symbol.for('dateline.article-pool.prestarted');
const holder = globalThis as { [PRESTARTED]?: Worker[] };

/**
 * Starts `count` worker threads now, for the next {@link buildArticles} to take: a worker spends
 * most of a second loading the engine and the Markdown pipeline, which can overlap Astro's start-up.
 * Workers that are not taken end with {@link releasePrestarted}; none keeps the process alive.
 */
export function prestartWorkers(count: number = availableParallelism()): void {
	if (count < 1 || !existsSync(fileURLToPath(WORKER))) return;
	const started = (holder[PRESTARTED] ??= []);
	while (started.length < count) {
		const worker = new Worker(WORKER);
		worker.unref();
		// a worker that fails or stops before it is taken is dropped (the pool starts another, which
		// reports the failure); listening also keeps its error from ending the process
		const drop = () => {
			const at = started.indexOf(worker);
			if (at >= 0) started.splice(at, 1);
		};
		worker.once('error', drop);
		worker.once('exit', drop);
		started.push(worker);
	}
}

/** Ends the started workers no build has taken. */
export function releasePrestarted(): void {
	for (const worker of holder[PRESTARTED]?.splice(0) ?? []) void worker.terminate();
}

/** Up to `count` started workers, taken from those started ahead, then new ones. */
function takeWorkers(count: number): Worker[] {
	const taken = holder[PRESTARTED]?.splice(0, count) ?? [];
	releasePrestarted();
	for (const worker of taken) worker.ref();
	while (taken.length < count) taken.push(new Worker(WORKER));
	return taken;
}

/** Options of {@link buildArticles}. */
export interface PoolOptions {
	/** Worker threads to use; default: the workers started ahead if any, else the machine's cores when there are {@link THREADS_FROM} articles or more, else none. */
	threads?: number;
	/** Called after each article is built. */
	onBuilt?: () => void;
}

/** Builds every article (see `buildArticle`), on worker threads when it pays; results in the order given. */
export async function buildArticles(jobs: Array<{ article: IdentifiedArticle; options: BuildArticleOptions }>, { threads, onBuilt }: PoolOptions = {}): Promise<BuiltArticle[]> {
	// workers started ahead have loaded the engine already: worth it for a single article; new ones
	// only when there are many (and then one per core)
	const ahead = threads === undefined ? (holder[PRESTARTED]?.length ?? 0) : 0;
	const count = Math.min(threads ?? Math.max(ahead, jobs.length >= THREADS_FROM ? availableParallelism() : 0), jobs.length);
	if (count < (ahead > 0 ? 1 : 2) || !existsSync(fileURLToPath(WORKER))) {
		releasePrestarted();
		if (jobs.length === 0) return [];
		// loaded only here: a build with nothing to render never loads the engine and the pipeline
		const { buildArticle } = await import('./build-article.ts');
		const built: BuiltArticle[] = [];
		for (const job of jobs) {
			built.push(await buildArticle(job.article, job.options));
			onBuilt?.();
		}
		return built;
	}
	return runOnWorkers(jobs, count, onBuilt);
}

function runOnWorkers(jobs: Array<{ article: IdentifiedArticle; options: BuildArticleOptions }>, count: number, onBuilt?: () => void): Promise<BuiltArticle[]> {
	const results: BuiltArticle[] = new Array(jobs.length);
	const workers = takeWorkers(count);
	let next = 0;
	let done = 0;
	return new Promise<BuiltArticle[]>((resolve, reject) => {
		let settled = false;
		const finish = (error?: Error) => {
			if (settled) return;
			settled = true;
			for (const worker of workers) void worker.terminate();
			if (error) reject(error);
			else resolve(results);
		};
		const send = (worker: Worker) => {
			const id = next;
			next += 1;
			const job = jobs[id];
			if (job) worker.postMessage({ id, article: job.article, options: job.options } satisfies ArticleJob);
		};
		for (const worker of workers) {
			worker.on('message', (message: { id: number; built?: BuiltArticle; error?: string }) => {
				if (message.error !== undefined || !message.built) {
					finish(new Error(`Dateline failed on ${jobs[message.id]?.article.file ?? 'an article'}: ${message.error ?? 'no result'}`));
					return;
				}
				results[message.id] = message.built;
				done += 1;
				onBuilt?.();
				if (done === jobs.length) finish();
				else send(worker);
			});
			worker.on('error', (error) => finish(error));
			// a thread that stops on its own (out of memory, killed) would otherwise leave the build waiting
			worker.on('exit', (code) => finish(new Error(`A Dateline worker thread stopped (exit code ${code}) with ${jobs.length - done} articles left to build`)));
			send(worker);
		}
	});
}
