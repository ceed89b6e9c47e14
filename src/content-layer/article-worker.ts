/**
 * A worker thread of the article pool: builds the articles it is sent (`build-article.ts`) and
 * answers with each entry, or with the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { buildArticle, type BuildArticleOptions } from './build-article.ts';
import type { IdentifiedArticle } from './collect.ts';

/** A job sent to a worker. */
export interface ArticleJob {
	id: number;
	article: IdentifiedArticle;
	options: BuildArticleOptions;
}

parentPort?.on('message', (job: ArticleJob) => {
	buildArticle(job.article, job.options).then(
		(built) => parentPort?.postMessage({ id: job.id, built }),
		(error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
	);
});
