import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSinceSync, writeSourceFingerprints } from '../../src/content-layer/source-fingerprints.ts';

let root = '';
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'dateline-sources-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const records = () => join(root, 'records');
const registry = () => join(root, 'actors.yaml');
/** Writes the article files `names`, each with its own text. */
const write = (...names: string[]) => names.map((name) => (writeFileSync(join(root, name), `---\ntitle: ${name}\n---\nText of ${name}.\n`), join(root, name)));
const later = new Date(Date.now() + 60_000);

describe('changedSinceSync', () => {
	it('counts every file before a sync has kept fingerprints, and none right after one', () => {
		const files = write('a.md', 'b.md', 'c.md');
		expect(changedSinceSync(records(), files, [registry()])).toBe(3);
		writeSourceFingerprints(records(), [...files, registry()]);
		expect(changedSinceSync(records(), files, [registry()])).toBe(0);
	});

	it('does not count a file whose time changed but not its bytes, as after a fresh checkout', () => {
		const files = write('a.md', 'b.md');
		writeSourceFingerprints(records(), files);
		for (const file of files) utimesSync(file, later, later);
		expect(changedSinceSync(records(), files)).toBe(0);
	});

	it('counts an edited file and a new one', () => {
		const files = write('a.md', 'b.md');
		writeSourceFingerprints(records(), files);
		writeFileSync(files[0]!, '---\ntitle: a.md\n---\nAn edited text.\n');
		utimesSync(files[0]!, later, later);
		expect(changedSinceSync(records(), [...files, ...write('new.md')])).toBe(2);
	});

	it('counts every file when the registry changed, appeared or went', () => {
		const files = write('a.md', 'b.md');
		// no registry at the sync, none now: nothing changed
		writeSourceFingerprints(records(), [...files, registry()]);
		expect(changedSinceSync(records(), files, [registry()])).toBe(0);
		writeFileSync(registry(), 'actors: []\n');
		expect(changedSinceSync(records(), files, [registry()])).toBe(2);
		writeSourceFingerprints(records(), [...files, registry()]);
		expect(changedSinceSync(records(), files, [registry()])).toBe(0);
		writeFileSync(registry(), 'actors:\n  - name: Ilse Varga\n');
		utimesSync(registry(), later, later);
		expect(changedSinceSync(records(), files, [registry()])).toBe(2);
		rmSync(registry());
		expect(changedSinceSync(records(), files, [registry()])).toBe(2);
	});
});
