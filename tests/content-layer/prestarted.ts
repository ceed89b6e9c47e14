/** The article workers started ahead and not yet taken, as the pool keeps them on the global object (`article-pool.ts`). */
export const waiting = (): unknown[] => (globalThis as Record<symbol, unknown[] | undefined>)[Symbol.for('dateline.article-pool.prestarted')] ?? [];
