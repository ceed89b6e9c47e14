import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';

/** A minimal stand-in for Astro's loader context: a Map as the store, digests from the text itself; the site under `/news`. */
export function fakeContext(root: string) {
	const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number; rendered?: { html: string } }>();
	const logs: string[] = [];
	const warnings: string[] = [];
	const context = {
		collection: 'articles',
		config: { root: pathToFileURL(`${root}/`), base: '/news', cacheDir: pathToFileURL(`${root}/.cache/`) },
		logger: { info: (message: string) => logs.push(message), warn: (message: string) => warnings.push(message), error: () => {}, debug: () => {} },
		generateDigest: (value: string) => value,
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
			keys: () => [...entries.keys()],
			delete: (id: string) => entries.delete(id),
		},
	};
	return { context: context as unknown as LoaderContext, entries, logs, warnings };
}
