import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../progress/kv-store.ts';
import { loadProgress } from '../progress/progress.ts';
import { SCHEMA_VERSION, type AttemptRecord, type RunRecord } from '../progress/records.ts';
import { ProgressState } from './progress.svelte.ts';

/** Refuses writes once `failure` is set, as IndexedDB does when the site's storage is full. */
class RefusingStore extends MemoryStore {
	failure: Error | null = null;
	override async set(key: string, value: unknown) {
		if (this.failure) throw this.failure;
		await super.set(key, value);
	}
}

const quota = () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
const NOW = new Date('2026-11-22T10:00:00.000Z');
const run = (choices: number[]): RunRecord => ({
	v: SCHEMA_VERSION,
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	mode: 'practice',
	storyHash: 'abc',
	choices,
	startedAt: '2026-11-22T09:00:00.000Z',
	updatedAt: '2026-11-22T09:10:00.000Z'
});
const attempt = (id: string, scenarioId: string): AttemptRecord => ({
	v: SCHEMA_VERSION,
	id,
	scenarioId,
	locale: 'zh-CN',
	mode: 'practice',
	storyHash: 'abc',
	choices: [0, 1, 2, 0],
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt: NOW.toISOString(),
	total: 64
});

async function opened() {
	const store = new RefusingStore();
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent: true }));
	return { store, progress };
}

describe('ProgressState when the store refuses writes', () => {
	it('reports a quota error, keeps playing in memory, and what was saved before stays saved', async () => {
		const { store, progress } = await opened();
		await progress.finish(attempt('earlier', 'truant-li'));
		await progress.saveRun(run([0, 1]));
		expect(progress.storageError).toBeUndefined();

		store.failure = quota();
		await progress.saveRun(run([0, 1, 2]));
		expect(progress.storageError).toMatch(/quota/);
		expect(progress.storageFull).toBe(true);
		// The page goes on with the newest state…
		expect(progress.runs.get('elderly-wang')?.choices).toEqual([0, 1, 2]);
		await progress.finish(attempt('new', 'elderly-wang'));
		expect(progress.attempts.map((a) => a.id)).toEqual(['earlier', 'new']);

		// …and the store still holds the last run that was saved, and the earlier attempt.
		store.failure = null;
		const stored = await loadProgress(store, NOW);
		expect(stored.runs.get('elderly-wang')?.choices).toEqual([0, 1]);
		expect(stored.attempts.map((a) => a.id)).toEqual(['earlier']);
	});

	it('tells other failures apart from a full store', async () => {
		const { store, progress } = await opened();
		store.failure = new DOMException('The database connection is closing.', 'InvalidStateError');
		await progress.saveRun(run([0]));
		expect(progress.storageError).toMatch(/connection is closing/);
		expect(progress.storageFull).toBe(false);
	});

	it('reports a full store met while loading, and still loads what is there', async () => {
		const store = new RefusingStore();
		await store.set('run:elderly-wang', { ...run([0, 1]), v: 1 });
		await store.set('attempt:broken', '{{');
		store.failure = quota();
		const progress = new ProgressState();
		await progress.open(async () => ({ store, persistent: true }));
		expect(progress.storageFull).toBe(true);
		expect(progress.runs.get('elderly-wang')?.choices).toEqual([0, 1]);
		expect(progress.setAside.map((s) => s.key)).toEqual(['attempt:broken']);
	});
});
