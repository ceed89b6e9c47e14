/**
 * The worker thread of the search indexer (`search-index.ts`): builds the bundles of the options it
 * is started with, places them in the output folder the build names in a message, and answers
 * with the outcome.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSearchIndex, type SearchIndexOptions } from './search-index.ts';

const outDir = new Promise<string>((resolve) => parentPort?.once('message', (message: { outDir: string }) => resolve(message.outDir)));
void runSearchIndex(workerData as SearchIndexOptions, outDir).then((outcome) => parentPort?.postMessage(outcome));
