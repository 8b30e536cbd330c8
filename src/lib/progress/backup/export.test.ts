import { describe, expect, it } from 'vitest';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	applyMerge,
	backupFilename,
	backupKindOf,
	exportBackup,
	planMerge,
	readBackup,
	resetAll
} from './index.ts';
import { attempt, contents, fullStore } from './test-helpers.ts';
import { NOW, read, settings, storeWith } from './test-files.ts';
import { loadProgress } from '../progress.ts';
import { KEY, SCHEMA_VERSION } from '../records.ts';

describe('export', () => {
	it('writes every key, with the format, versions and time', async () => {
		const store = await fullStore();
		const parsed = JSON.parse(await exportBackup(store, NOW));
		expect(parsed).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: SCHEMA_VERSION, exportedAt: NOW.toISOString() });
		expect(Object.keys(parsed.records).sort()).toEqual((await store.keys()).sort());
		// Every kind the app stores is there, set-aside records and instructor data included.
		expect(new Set(Object.keys(parsed.records).map(backupKindOf))).toEqual(
			new Set([
				'run',
				'attempt',
				'settings',
				'deck',
				'mistakes',
				'history',
				'notes',
				'paper',
				'paperCurrent',
				'setAside',
				'instructorResult',
				'instructorStory',
				'instructorAssignment',
				'learnerAssignment',
				'learnerSubmission'
			])
		);
	});

	it('keeps a record that does not validate, and a key no module owns, as set-aside records, so the file still imports', async () => {
		const store = await storeWith({
			[KEY.attempt('a1')]: { ...attempt({ id: 'a1' }), total: 'lots' },
			'stray-key': 42,
			settings: settings()
		});
		const text = await exportBackup(store, NOW);
		const records = JSON.parse(text).records;
		expect(Object.keys(records).sort()).toEqual([
			`set-aside:${NOW.toISOString()}:attempt:a1`,
			`set-aside:${NOW.toISOString()}:stray-key`,
			'settings'
		]);
		expect(records[`set-aside:${NOW.toISOString()}:attempt:a1`]).toMatchObject({
			key: 'attempt:a1',
			reason: 'invalid',
			raw: { total: 'lots' }
		});
		expect(records[`set-aside:${NOW.toISOString()}:attempt:a1`].detail).toMatch(/total/);
		expect(records[`set-aside:${NOW.toISOString()}:stray-key`]).toMatchObject({ key: 'stray-key', raw: 42 });
		expect((await readBackup(text)).ok).toBe(true);
	});

	it('names the file after the local date', () => {
		expect(backupFilename(new Date(2026, 0, 5, 23, 59))).toBe('casework-backup-2026-01-05.json');
	});
});

describe('round trip', () => {
	it('export, reset, import gives back exactly the same store', async () => {
		const store = await fullStore();
		const before = contents(store);
		const text = await exportBackup(store, NOW);
		expect(await resetAll(store)).toBe(15);
		expect(await store.keys()).toEqual([]);
		const backup = await read(text);
		const plan = await planMerge(store, backup);
		expect(plan.entries.every((e) => e.action === 'add')).toBe(true);
		expect(plan.writes).toBe(15);
		expect(plan.counts.attempt).toEqual({ add: 1, identical: 0, keep: 0, replace: 0, merge: 0, skip: 0 });
		await applyMerge(store, plan);
		expect(contents(store)).toEqual(before);
		// And the app loads it all, nothing set aside.
		const loaded = await loadProgress(store, NOW);
		expect(loaded.setAside).toEqual([]);
		expect(loaded.attempts).toHaveLength(1);
		expect(loaded.deck).toHaveLength(2);
	});

	it('importing a backup of the same store again finds everything identical and writes nothing', async () => {
		const store = await fullStore();
		const plan = await planMerge(store, await read(await exportBackup(store, NOW)));
		expect(plan.entries.map((e) => e.action)).toEqual(plan.entries.map(() => 'identical'));
		expect(plan.writes).toBe(0);
	});
});
