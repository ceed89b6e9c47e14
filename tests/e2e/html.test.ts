/** The Nu HTML checker (vnu-jar, on the machine's Java) finds no error anywhere in dist/. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const vnuJar = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

describe('the HTML of dist/', () => {
	it('has no errors according to the Nu HTML checker', () => {
		const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', join(ROOT, 'dist')], { encoding: 'utf8' });
		expect(run.error, 'java must be installed (see .ci/run)').toBeUndefined();
		expect(run.stderr).toContain('"messages"');
		const report = JSON.parse(run.stderr) as { messages: Array<{ url: string; lastLine: number; message: string }> };
		expect(report.messages.map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine} ${m.message}`)).toEqual([]);
	});
});
