import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs the engine and content-layer tests (no build needed); `e2e` drives
 * Chromium against the built `dist/` and runs builds of its own, so it runs one file at a time.
 */
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**'],
					// the command-line tests start Node processes; give them room on a busy machine
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
