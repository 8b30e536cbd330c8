import { describe, expect, it } from 'vitest';
import { MemoryStore } from './kv-store.ts';
import { checkRecord, finishRun, loadProgress, saveRun, setRunAside, summarise } from './progress.ts';
import { MIGRATIONS, SCHEMA_VERSION, type AttemptRecord, type RunRecord } from './records.ts';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const run: RunRecord = {
	v: 1,
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	mode: 'practice',
	storyHash: 'abc',
	choices: [0, 2, 1],
	startedAt: '2026-11-22T09:00:00.000Z',
	updatedAt: '2026-11-22T09:10:00.000Z'
};
const attempt = (id: string, total: number, finishedAt: string): AttemptRecord => ({
	v: 1,
	id,
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	mode: 'exam',
	storyHash: 'abc',
	choices: [0, 0],
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt,
	total,
	ending: 'well-closed'
});

describe('checkRecord', () => {
	it('accepts a valid record of the current version', () => {
		expect(checkRecord('run', run)).toEqual({ ok: true, value: run, migrated: false });
	});
	it('accepts a record stored as a JSON string', () => {
		expect(checkRecord('run', JSON.stringify(run)).ok).toBe(true);
	});
	it('sets aside bad JSON, wrong shapes and missing versions with a reason', () => {
		expect(checkRecord('run', '{oops')).toMatchObject({ ok: false, reason: 'unreadable' });
		expect(checkRecord('run', 42)).toMatchObject({ ok: false, reason: 'unreadable' });
		expect(checkRecord('run', { ...run, v: undefined })).toMatchObject({ ok: false, reason: 'invalid', detail: 'no schema version' });
		expect(checkRecord('run', { ...run, choices: [0, -1] })).toMatchObject({ ok: false, reason: 'invalid' });
		expect(checkRecord('run', { ...run, scenarioId: '<script>' })).toMatchObject({ ok: false, reason: 'invalid' });
		const bad = checkRecord('attempt', { ...attempt('a', 50, NOW.toISOString()), total: 140 });
		expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
		expect(!bad.ok && bad.detail).toMatch(/^total/);
	});
	it('sets aside a record written by a newer version', () => {
		expect(checkRecord('run', { ...run, v: SCHEMA_VERSION + 1 })).toMatchObject({ ok: false, reason: 'newer-version' });
	});
	it('migrates an older version step by step', () => {
		// A pretend v0 → v1 step shows the mechanism the next schema bump will use.
		MIGRATIONS[0] = (old) => ({ ...old, v: 1, mode: old.mode ?? 'practice' });
		try {
			const old = { ...run, v: 0, mode: undefined };
			expect(checkRecord('run', old)).toEqual({ ok: true, value: run, migrated: true });
		} finally {
			delete MIGRATIONS[0];
		}
	});
});

describe('loadProgress', () => {
	it('loads valid records and sets aside the rest, keeping them', async () => {
		const store = new MemoryStore();
		await saveRun(store, run);
		await finishRun(store, attempt('b', 80, '2026-11-22T09:30:00.000Z'));
		await finishRun(store, attempt('a', 60, '2026-11-22T09:20:00.000Z'));
		await store.set('run:truant-li', '{not json');
		await store.set('attempt:x', { v: 99 });
		await store.set('unrelated', 'left alone');

		const p = await loadProgress(store, NOW);
		expect([...p.runs.keys()]).toEqual([]); // finishRun dropped the elderly-wang run
		expect(p.attempts.map((a) => a.id)).toEqual(['a', 'b']);
		expect(p.setAside.map((s) => [s.key, s.reason]).sort()).toEqual([
			['attempt:x', 'newer-version'],
			['run:truant-li', 'unreadable']
		]);
		expect(await store.get('run:truant-li')).toBeNull();
		expect(await store.get(`set-aside:${NOW.toISOString()}:run:truant-li`)).toMatchObject({ raw: '{not json', reason: 'unreadable' });
		expect(await store.get('unrelated')).toBe('left alone');
	});

	it('returns default settings on an empty store', async () => {
		const p = await loadProgress(new MemoryStore(), NOW);
		expect(p).toMatchObject({ attempts: [], setAside: [], settings: { v: 1 } });
	});

	it('keeps a run that no longer replays under set-aside', async () => {
		const store = new MemoryStore();
		await saveRun(store, run);
		await setRunAside(store, run, 'Decision 3: choice 1 is not offered', NOW);
		expect(await store.get('run:elderly-wang')).toBeNull();
		expect(await store.get(`set-aside:${NOW.toISOString()}:run:elderly-wang`)).toMatchObject({ raw: run });
	});
});

describe('finishRun', () => {
	it('writes the attempt before removing the run, so a failure in between loses nothing', async () => {
		const store = new MemoryStore();
		await saveRun(store, run);
		const failing = Object.assign(Object.create(store), {
			remove: async () => {
				throw new Error('quota');
			}
		}) as MemoryStore;
		await expect(finishRun(failing, attempt('c', 70, NOW.toISOString()))).rejects.toThrow('quota');
		expect(await store.get('attempt:c')).toMatchObject({ total: 70 });
		expect(await store.get('run:elderly-wang')).toEqual(run);
	});
});

describe('summarise', () => {
	it('counts attempts and the best score per scenario', () => {
		const list = [attempt('a', 60, '1'), attempt('b', 85, '2'), { ...attempt('c', 99, '3'), scenarioId: 'truant-li' }];
		expect(summarise(list, 'elderly-wang')).toMatchObject({ attempts: 2, best: 85, last: { id: 'b' } });
		expect(summarise(list, 'noise-dispute')).toEqual({ attempts: 0, best: null, last: undefined });
	});
});
