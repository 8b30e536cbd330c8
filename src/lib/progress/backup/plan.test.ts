import { describe, expect, it, vi } from 'vitest';
import { type AnswerEvent } from '../../quiz/history.ts';
import { applyMerge, exportBackup, planMerge, resetAll, type MergePlan } from './index.ts';
import { at, attempt, contents, events, fullStore, run, snapshot } from './test-helpers.ts';
import { NOW, file, read, storeWith } from './test-files.ts';
import { MemoryStore } from '../kv-store.ts';
import { KEY, SCHEMA_VERSION } from '../records.ts';

describe('applying', () => {
	it('never removes a key, and leaves records the file does not hold alone', async () => {
		const store = await fullStore();
		const extra = { [KEY.attempt('zz-1')]: attempt({ id: 'zz-1' }), 'stray-key': 'kept' };
		for (const [k, v] of Object.entries(extra)) await store.set(k, v);
		const before = contents(store);
		const remove = vi.spyOn(store, 'remove');
		const backup = await read(
			file({ [KEY.run('elderly-wang')]: run({ updatedAt: at(9), choices: [1] }), [KEY.attempt('new-1')]: attempt({ id: 'new-1' }) })
		);
		await applyMerge(store, await planMerge(store, backup));
		expect(remove).not.toHaveBeenCalled();
		const after = contents(store);
		for (const key of Object.keys(before)) expect(after, key).toHaveProperty([key]);
		expect(after[KEY.run('elderly-wang')]).toMatchObject({ choices: [1] });
		expect(after[KEY.attempt('new-1')]).toBeDefined();
		expect(after[KEY.attempt('zz-1')]).toEqual(before[KEY.attempt('zz-1')]);
	});

	it('plans again at apply time: what was written after the preview is merged, not overwritten', async () => {
		const store = await storeWith({ [KEY.history]: { v: SCHEMA_VERSION, events: events(['x', true, 1]) } });
		const preview: MergePlan = await planMerge(
			store,
			await read(file({ [KEY.history]: { v: SCHEMA_VERSION, events: events(['y', true, 2]) } }))
		);
		// An answer given while the preview was on screen.
		await store.set(KEY.history, { v: SCHEMA_VERSION, events: events(['x', true, 1], ['z', false, 3]) });
		const applied = await applyMerge(store, preview);
		expect(applied.writes).toBe(1);
		expect(((await store.get(KEY.history)) as { events: AnswerEvent[] }).events.map((e) => e.itemId)).toEqual(['x', 'y', 'z']);
	});

	it('writes in one setMany call (one transaction in IndexedDB)', async () => {
		const store = await fullStore();
		const target = new MemoryStore();
		const setMany = vi.spyOn(target, 'setMany');
		const set = vi.spyOn(target, 'set');
		await applyMerge(target, await planMerge(target, await read(await exportBackup(store, NOW))));
		expect(setMany).toHaveBeenCalledOnce();
		expect(set).not.toHaveBeenCalled();
		expect(snapshot(target)).toBe(snapshot(store));
	});
});

describe('reset', () => {
	it('removes every key, whatever it is', async () => {
		const store = await fullStore();
		await store.set('stray-key', 1);
		expect(await resetAll(store)).toBe(16);
		expect(store.data.size).toBe(0);
	});
});
