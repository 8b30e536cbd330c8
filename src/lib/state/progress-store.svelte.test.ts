/** ProgressState.withStore and reload: what backup import and reset rely on. */
import { describe, expect, it } from 'vitest';
import { resetAll } from '../progress/backup/index.ts';
import { attempt, fullStore, run } from '../progress/backup/test-helpers.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { KEY } from '../progress/records.ts';
import { ProgressState } from './progress.svelte.ts';

async function opened(store: MemoryStore) {
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent: false }));
	return progress;
}

describe('ProgressState.withStore', () => {
	it('runs after the writes asked for before it, then reads everything again', async () => {
		const store = new MemoryStore();
		const progress = await opened(store);
		// Not awaited: still queued when withStore is called.
		void progress.saveRun(run());
		const seen = await progress.withStore(async (s) => {
			const before = await s.get(KEY.run('elderly-wang'));
			await s.set(KEY.attempt('a-1'), attempt({ id: 'a-1' }));
			return before;
		});
		expect(seen).toMatchObject({ scenarioId: 'elderly-wang' });
		expect(progress.attempts.map((a) => a.id)).toEqual(['a-1']);
	});

	it('after a reset the state is empty', async () => {
		const progress = await opened(await fullStore());
		expect(progress.runs.size).toBe(1);
		expect(progress.deck).toHaveLength(2);
		await progress.withStore(resetAll);
		expect(progress.runs.size).toBe(0);
		expect(progress.attempts).toEqual([]);
		expect(progress.deck).toEqual([]);
		expect(progress.history).toEqual([]);
		expect(progress.paperCurrent).toBeNull();
	});

	it('with reload: false, leaves the state as it was', async () => {
		const store = new MemoryStore();
		const progress = await opened(store);
		await progress.withStore((s) => s.set(KEY.attempt('a-1'), attempt({ id: 'a-1' })), { reload: false });
		expect(progress.attempts).toEqual([]);
		await progress.reload();
		expect(progress.attempts.map((a) => a.id)).toEqual(['a-1']);
	});

	it('throws a failure to the caller, still shows what landed, and later writes go on', async () => {
		const store = new MemoryStore();
		const progress = await opened(store);
		await expect(
			progress.withStore(async (s) => {
				await s.set(KEY.attempt('a-1'), attempt({ id: 'a-1' }));
				throw new Error('disk full');
			})
		).rejects.toThrow('disk full');
		expect(progress.attempts.map((a) => a.id)).toEqual(['a-1']);
		await progress.saveRun(run());
		expect(await store.get(KEY.run('elderly-wang'))).toMatchObject({ scenarioId: 'elderly-wang' });
	});
});
