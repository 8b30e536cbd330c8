/** A store that runs out of space: every write after that point is refused, and nothing already saved may change. */
import { describe, expect, it } from 'vitest';
import { emptyMistakeBook, recordAnswer } from '../quiz/mistakes.ts';
import { newCard, serialise } from '../quiz/review.ts';
import { MemoryStore } from './kv-store.ts';
import {
	finishPaper,
	finishRun,
	isQuotaError,
	loadProgress,
	saveDeck,
	saveHistory,
	saveMistakes,
	savePaperCurrent,
	saveRun,
	saveSettings
} from './progress.ts';
import { SCHEMA_VERSION, type AttemptRecord, type PaperCurrentRecord, type PaperRecord, type RunRecord } from './records.ts';

/** Refuses every `set` once `full`, as IndexedDB does when the origin's quota is used up. */
class FullStore extends MemoryStore {
	full = false;
	refused = 0;
	override async set(key: string, value: unknown) {
		if (this.full) {
			this.refused++;
			throw new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
		}
		await super.set(key, value);
	}
}

const NOW = new Date('2026-11-22T10:00:00.000Z');
const run: RunRecord = {
	v: SCHEMA_VERSION,
	scenarioId: 'elderly-wang',
	locale: 'zh-CN',
	mode: 'practice',
	storyHash: 'abc',
	choices: [0, 2, 1],
	startedAt: '2026-11-22T09:00:00.000Z',
	updatedAt: '2026-11-22T09:10:00.000Z'
};
const attempt = (id: string, scenarioId: string): AttemptRecord => ({
	v: SCHEMA_VERSION,
	id,
	scenarioId,
	locale: 'zh-CN',
	mode: 'exam',
	storyHash: 'abc',
	choices: [0, 0],
	startedAt: '2026-11-22T09:00:00.000Z',
	finishedAt: '2026-11-22T09:20:00.000Z',
	total: 70
});
const paperCurrent: PaperCurrentRecord = {
	v: SCHEMA_VERSION,
	id: 'p1',
	seed: 7,
	mode: 'exam',
	itemIds: ['a-1', 'a-2'],
	answers: { 'a-1': [0] },
	flags: [],
	startedAt: '2026-11-22T09:00:00.000Z',
	updatedAt: '2026-11-22T09:05:00.000Z',
	durationMs: 7_200_000,
	remainingMs: 6_900_000,
	paused: false,
	current: 1
};

async function savedStore() {
	const store = new FullStore();
	await finishRun(store, attempt('earlier', 'truant-li'));
	await saveRun(store, run);
	await saveDeck(store, serialise([newCard('intake-1', 'quiz', NOW)]));
	await saveMistakes(store, recordAnswer(emptyMistakeBook(), 'intake-1', false, NOW));
	await saveHistory(store, [{ itemId: 'intake-1', topic: 'intake', correct: false, at: NOW.toISOString(), mode: 'practice' }]);
	await savePaperCurrent(store, paperCurrent);
	return store;
}
const snapshot = (store: MemoryStore) => JSON.stringify([...store.data.entries()].sort(([a], [b]) => a.localeCompare(b)));

describe('a quota error during a write', () => {
	it('is recognised by name', () => {
		expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError(new DOMException('gone', 'InvalidStateError'))).toBe(false);
		expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
		expect(isQuotaError(undefined)).toBe(false);
	});

	it('rejects every save with the quota error and changes nothing already saved', async () => {
		const store = await savedStore();
		const before = snapshot(store);
		store.full = true;
		const paper: PaperRecord = {
			...paperCurrent,
			finishedAt: NOW.toISOString(),
			usedMs: 300_000,
			timedOut: false,
			total: 1,
			max: 2,
			passLine: 1.2,
			passed: false,
			perTopic: {}
		};
		const writes = [
			saveRun(store, { ...run, choices: [...run.choices, 3], updatedAt: NOW.toISOString() }),
			saveDeck(store, serialise([])),
			saveMistakes(store, emptyMistakeBook()),
			saveHistory(store, []),
			savePaperCurrent(store, { ...paperCurrent, current: 0 }),
			finishPaper(store, paper),
			saveSettings(store, { ...(await loadProgress(store, NOW)).settings, locale: 'en' })
		];
		for (const w of writes) await expect(w).rejects.toSatisfy(isQuotaError);
		expect(store.refused).toBe(writes.length);
		expect(snapshot(store)).toBe(before);
	});

	it('finishing a run: the attempt is refused and the run stays, so nothing is lost', async () => {
		const store = await savedStore();
		store.full = true;
		await expect(finishRun(store, attempt('new', 'elderly-wang'))).rejects.toSatisfy(isQuotaError);
		store.full = false;
		const p = await loadProgress(store, NOW);
		expect(p.runs.get('elderly-wang')).toEqual(run);
		expect(p.attempts.map((a) => a.id)).toEqual(['earlier']);
		expect(p.deck).toHaveLength(1);
		expect(Object.keys(p.mistakes.wrong)).toEqual(['intake-1']);
		expect(p.history).toHaveLength(1);
		expect(p.paperCurrent).toEqual(paperCurrent);
	});

	it('loading a full store still loads everything; a record that cannot be moved aside stays where it is', async () => {
		const store = await savedStore();
		await store.set('attempt:broken', '{{ not json');
		// A v1 run needs its upgrade written back.
		await store.set('run:truant-li', { ...run, v: 1, scenarioId: 'truant-li' });
		const before = snapshot(store);
		store.full = true;
		const p = await loadProgress(store, NOW);
		expect(isQuotaError(p.writeError)).toBe(true);
		expect(p.setAside).toMatchObject([{ key: 'attempt:broken', reason: 'unreadable' }]);
		expect([...p.runs.keys()].sort()).toEqual(['elderly-wang', 'truant-li']);
		expect(p.attempts.map((a) => a.id)).toEqual(['earlier']);
		expect(p.paperCurrent).toEqual(paperCurrent);
		expect(snapshot(store)).toBe(before);
		// With room again, the next load moves it aside as usual.
		store.full = false;
		const again = await loadProgress(store, NOW);
		expect(again.writeError).toBeUndefined();
		expect(await store.get('attempt:broken')).toBeNull();
		expect(await store.get(`set-aside:${NOW.toISOString()}:attempt:broken`)).toMatchObject({ raw: '{{ not json' });
	});
});
