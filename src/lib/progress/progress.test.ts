import { describe, expect, it } from 'vitest';
import { MemoryStore } from './kv-store.ts';
import { HISTORY_CAP, type AnswerEvent } from '../quiz/history.ts';
import { emptyMistakeBook, recordAnswer, toggleFlag } from '../quiz/mistakes.ts';
import { newCard, reviewCard, serialise } from '../quiz/review.ts';
import {
	checkRecord,
	finishPaper,
	finishRun,
	loadProgress,
	saveDeck,
	saveHistory,
	saveMistakes,
	savePaperCurrent,
	saveRun,
	setRunAside,
	summarise
} from './progress.ts';
import { MIGRATIONS, SCHEMA_VERSION, type AttemptRecord, type PaperCurrentRecord, type PaperRecord, type RunRecord } from './records.ts';

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
const attempt = (id: string, total: number, finishedAt: string): AttemptRecord => ({
	v: SCHEMA_VERSION,
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
		// A pretend v0 → v1 step, chained with the real v1 → v2 one.
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
		expect(p).toMatchObject({ attempts: [], setAside: [], settings: { v: SCHEMA_VERSION, quiz: { dailyNewLimit: 20 } } });
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
		expect(summarise(list, 'elderly-wang')).toMatchObject({ attempts: 2, best: { exam: 85, practice: null }, last: { id: 'b' } });
		expect(summarise(list, 'noise-dispute')).toEqual({ attempts: 0, best: { exam: null, practice: null }, last: undefined });
	});

	it('keeps the practice best apart from the exam best, which a practice run with undo cannot raise', () => {
		const list = [attempt('a', 62, '1'), { ...attempt('b', 97, '2'), mode: 'practice' as const }, attempt('c', 70, '3')];
		expect(summarise(list, 'elderly-wang')).toMatchObject({ attempts: 3, best: { exam: 70, practice: 97 } });
	});
});

describe('quiz records', () => {
	const card = reviewCard(newCard('intake-001', 'quiz', NOW), false, NOW);
	const current: PaperCurrentRecord = {
		v: SCHEMA_VERSION,
		id: 'p1',
		seed: 42,
		mode: 'exam',
		itemIds: ['intake-001', 'closing-002'],
		answers: { 'intake-001': [1] },
		flags: ['closing-002'],
		startedAt: '2026-11-22T09:00:00.000Z',
		updatedAt: '2026-11-22T09:05:00.000Z',
		durationMs: 7_200_000,
		remainingMs: 6_900_000,
		paused: false,
		current: 1
	};
	const paper = (id: string, finishedAt: string): PaperRecord => ({
		v: SCHEMA_VERSION,
		id,
		seed: 42,
		mode: 'exam',
		itemIds: ['intake-001', 'closing-002'],
		answers: { 'intake-001': [1] },
		flags: [],
		startedAt: '2026-11-22T09:00:00.000Z',
		finishedAt,
		durationMs: 7_200_000,
		usedMs: 600_000,
		timedOut: false,
		total: 1,
		max: 2,
		passLine: 2,
		passed: false,
		perTopic: { intake: { points: 1, max: 1, correct: 1, count: 1 }, closing: { points: 0, max: 1, correct: 0, count: 1 } }
	});

	it('round-trips the deck, mistakes, history and papers', async () => {
		const store = new MemoryStore();
		const book = toggleFlag(recordAnswer(emptyMistakeBook(), 'intake-001', false, NOW), 'closing-002');
		const events: AnswerEvent[] = [{ itemId: 'intake-001', topic: 'intake', correct: false, at: NOW.toISOString(), mode: 'practice' }];
		await saveDeck(store, serialise([card]));
		await saveMistakes(store, book);
		await saveHistory(store, events);
		await savePaperCurrent(store, current);
		await finishPaper(store, paper('b', '2026-11-22T09:40:00.000Z'));
		await savePaperCurrent(store, current);
		await finishPaper(store, paper('a', '2026-11-22T09:30:00.000Z'));
		const p = await loadProgress(store, NOW);
		expect(p.setAside).toEqual([]);
		expect(p.deck).toEqual([card]);
		expect(p.mistakes).toEqual(book);
		expect(p.history).toEqual(events);
		expect(p.papers.map((x) => x.id)).toEqual(['a', 'b']);
		// Finishing a paper drops the one in progress.
		expect(p.paperCurrent).toBeNull();
		await savePaperCurrent(store, current);
		expect((await loadProgress(store, NOW)).paperCurrent).toEqual(current);
	});

	it('keeps the good cards of a deck and sets the bad ones aside', async () => {
		const store = new MemoryStore();
		const broken = { ...card, id: 'x-1', fsrs: { ...card.fsrs, due: 'soon' } };
		await store.set('quiz:deck', { v: SCHEMA_VERSION, deck: JSON.stringify({ v: 1, cards: [card, broken] }) });
		const p = await loadProgress(store, NOW);
		expect(p.deck).toEqual([card]);
		expect(p.setAside).toEqual([
			{ key: 'quiz:deck', kind: 'deck', reason: 'invalid', detail: expect.stringMatching(/^card 1: fsrs\.due/) }
		]);
		expect(await store.get(`set-aside:${NOW.toISOString()}:quiz:deck`)).toMatchObject({ raw: [{ index: 1, raw: broken }] });
		// The stored deck now holds only the good card, so the next load is clean.
		expect(await loadProgress(store, NOW)).toMatchObject({ deck: [card], setAside: [] });
	});

	it('sets aside a deck from a newer review format whole, rather than overwrite it', async () => {
		const store = new MemoryStore();
		const raw = { v: SCHEMA_VERSION, deck: JSON.stringify({ v: 9, cards: [] }) };
		await store.set('quiz:deck', raw);
		const p = await loadProgress(store, NOW);
		expect(p.deck).toEqual([]);
		expect(p.setAside).toMatchObject([{ key: 'quiz:deck', reason: 'newer-version' }]);
		expect(await store.get('quiz:deck')).toBeNull();
		expect(await store.get(`set-aside:${NOW.toISOString()}:quiz:deck`)).toMatchObject({ raw });
	});

	it('cuts an over-long history to the newest events instead of refusing it', async () => {
		const store = new MemoryStore();
		const events = Array.from({ length: HISTORY_CAP + 3 }, (_, k) => ({
			itemId: `intake-${k}`,
			topic: 'intake',
			correct: true,
			at: NOW.toISOString(),
			mode: 'practice'
		}));
		await store.set('quiz:history', { v: SCHEMA_VERSION, events });
		const p = await loadProgress(store, NOW);
		expect(p.history).toHaveLength(HISTORY_CAP);
		expect(p.history[0].itemId).toBe('intake-3');
	});

	it('sets aside a paper with an impossible field, keeping the others', async () => {
		const store = new MemoryStore();
		await finishPaper(store, paper('ok', '2026-11-22T09:30:00.000Z'));
		await store.set('paper:bad', {
			...paper('bad', '2026-11-22T09:30:00.000Z'),
			perTopic: { astrology: { points: 1, max: 1, correct: 1, count: 1 } }
		});
		await store.set('paper-current', { ...current, remainingMs: -5 });
		const p = await loadProgress(store, NOW);
		expect(p.papers.map((x) => x.id)).toEqual(['ok']);
		expect(p.paperCurrent).toBeNull();
		expect(p.setAside.map((x) => [x.key, x.kind]).sort()).toEqual([
			['paper-current', 'paperCurrent'],
			['paper:bad', 'paper']
		]);
	});
});
