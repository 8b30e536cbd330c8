/** The learner's notes in backups: the kind added in backup format v2. */
import { describe, expect, it } from 'vitest';
import { applyMerge, exportBackup, planMerge, readBackup } from './index.ts';
import { NOW, entryFor, file, read, storeWith } from './test-files.ts';
import { MemoryStore } from '../kv-store.ts';
import { loadProgress, saveNotes } from '../progress.ts';
import { KEY, SCHEMA_VERSION } from '../records.ts';

const note = (text: string, at: string) => ({ text, at });
const T1 = '2026-11-20T08:00:00.000Z';
const T2 = '2026-11-21T08:00:00.000Z';
const notesRecord = (notes: Record<string, { text: string; at: string }>) => ({ v: SCHEMA_VERSION, notes });

describe('notes in a backup', () => {
	it('survive a round trip: export, import into an empty store, load', async () => {
		const here = new MemoryStore();
		const notes = { 'intake-001': note('先问开放式问题', T1), 'scenario:elderly-wang:intake.0.c-1': note('先倾听，再建议', T2) };
		await saveNotes(here, notes);
		const text = await exportBackup(here, NOW);
		expect(JSON.parse(text).records[KEY.notes]).toEqual(notesRecord(notes));

		const elsewhere = new MemoryStore();
		const plan = await applyMerge(elsewhere, await planMerge(elsewhere, await read(text)));
		expect(plan.counts.notes).toMatchObject({ add: 1 });
		expect((await loadProgress(elsewhere, NOW)).notes).toEqual(notes);
	});

	it('merge note by note, the later one winning, and an identical file changes nothing', async () => {
		const mine = { a: note('mine, later', T2), b: note('mine, older', T1) };
		const theirs = { a: note('theirs, older', T1), b: note('theirs, later', T2), c: note('only theirs', T1) };
		const entry = await entryFor({ [KEY.notes]: notesRecord(mine) }, { [KEY.notes]: notesRecord(theirs) }, KEY.notes);
		expect(entry).toMatchObject({ action: 'merge', reason: 'combined' });
		expect(entry.value).toEqual(notesRecord({ a: mine.a, b: theirs.b, c: theirs.c }));
		expect(await entryFor({ [KEY.notes]: notesRecord(mine) }, { [KEY.notes]: notesRecord(mine) }, KEY.notes)).toMatchObject({
			action: 'identical'
		});
	});

	it('are refused whole when a note does not fit, naming the key', async () => {
		const r = await readBackup(file({ [KEY.notes]: notesRecord({ 'Not An Id': note('x', T1) }) }));
		expect(r).toMatchObject({ ok: false, error: { code: 'invalid-record', key: KEY.notes } });
	});

	it('a file from the first backup format (before notes) still imports', async () => {
		const store = await storeWith({});
		const r = await readBackup(file({ [KEY.history]: { v: SCHEMA_VERSION, events: [] } }, { version: 1 }));
		expect(r.ok).toBe(true);
		if (r.ok) await applyMerge(store, await planMerge(store, r.backup));
		expect((await loadProgress(store, NOW)).notes).toEqual({});
	});

	it('a notes record that does not validate is set aside on load, and the rest loads', async () => {
		const store = await storeWith({ [KEY.notes]: { v: SCHEMA_VERSION, notes: { a: { text: 42 } } } });
		const loaded = await loadProgress(store, NOW);
		expect(loaded.notes).toEqual({});
		expect(loaded.setAside).toMatchObject([{ key: KEY.notes, kind: 'notes', reason: 'invalid' }]);
	});
});
