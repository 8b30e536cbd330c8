import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../progress/kv-store.ts';
import { loadProgress } from '../progress/progress.ts';
import { BANK } from '../quiz/bank.ts';
import { assemblePaper } from '../quiz/paper.ts';
import { mulberry32 } from '../quiz/random.ts';
import { PaperSession } from './paper.svelte.ts';
import { ProgressState } from './progress.svelte.ts';
import { QuizState } from './quiz.svelte.ts';

const T0 = new Date('2026-03-01T08:00:00.000Z');
const MIN = 60_000;

async function setup(store = new MemoryStore()) {
	const clock = { t: 1000 };
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent: true }));
	const now = () => new Date(T0.getTime() + clock.t);
	const quiz = new QuizState({ progress, now });
	const o = { progress, quiz, bank: BANK, now, clock: () => clock.t, newId: () => 'paper-1' };
	return { progress, quiz, store, clock, o };
}

describe('PaperSession', () => {
	it('draws the standard paper from its seed: 60 single then 20 multiple, 100 points, 120 minutes', async () => {
		const { o, store } = await setup();
		const s = PaperSession.start(o, { seed: 7, mode: 'exam' });
		expect(s.paper.items.map((i) => i.id)).toEqual(assemblePaper(BANK.items, mulberry32(7)).items.map((i) => i.id));
		expect(s.paper.items.slice(0, 60).every((i) => i.format === 'single')).toBe(true);
		expect(s.paper.items.slice(60).every((i) => i.format === 'multiple')).toBe(true);
		expect(s.paper.maxPoints).toBe(100);
		expect(s.remainingMs).toBe(120 * MIN);
		await s.save();
		expect(await store.get('paper-current')).toMatchObject({ id: 'paper-1', seed: 7, remainingMs: 120 * MIN, paused: false });
	});

	it('saves every answer and flag, and a reload resumes on the same item with the time that was left', async () => {
		const first = await setup();
		const s = PaperSession.start(first.o, { seed: 3, mode: 'exam' });
		const [a, b] = s.paper.items;
		s.answer([a.answer[0]]);
		s.go(1);
		s.answer([...b.answer]);
		s.toggleFlag();
		first.clock.t += 25 * MIN;
		await s.save();

		const again = await setup(first.store);
		const saved = again.progress.paperCurrent!;
		expect(saved).toMatchObject({ current: 1, flags: [b.id], remainingMs: 95 * MIN });
		const r = PaperSession.resume(again.o, saved)!;
		flushSync();
		expect(r.current).toBe(1);
		expect(r.answers).toEqual({ [a.id]: [a.answer[0]], [b.id]: [...b.answer] });
		expect(r.answeredCount).toBe(2);
		again.clock.t += 5 * MIN;
		r.tick();
		expect(r.remainingMs).toBe(90 * MIN);
	});

	it('cannot pause under exam conditions; in practice mode the clock stands still while paused and answers wait', async () => {
		const { o, clock } = await setup();
		const exam = PaperSession.start(o, { seed: 1, mode: 'exam' });
		exam.pause();
		flushSync();
		expect(exam.paused).toBe(false);

		const practice = PaperSession.start(o, { seed: 1, mode: 'practice' });
		clock.t += MIN;
		practice.pause();
		flushSync();
		expect(practice.paused).toBe(true);
		clock.t += 30 * MIN;
		practice.tick();
		expect(practice.remainingMs).toBe(119 * MIN);
		practice.answer([0]);
		expect(practice.answers).toEqual({});
		practice.resume();
		clock.t += MIN;
		practice.tick();
		expect(practice.remainingMs).toBe(118 * MIN);
	});

	it('grades on submit, stores the result, and feeds the answers into history, mistakes, review and flags', async () => {
		const { o, store, progress, clock } = await setup();
		const s = PaperSession.start(o, { seed: 11, mode: 'exam' });
		const items = s.paper.items;
		// All singles right, the first multiple wrong, the rest of the multiples unanswered.
		items.slice(0, 60).forEach((item, k) => {
			s.go(k);
			s.answer([...item.answer]);
		});
		s.go(60);
		const wrong = items[60];
		s.answer([[0, 1, 2, 3, 4].find((x) => !wrong.answer.includes(x))!]);
		s.toggleFlag();
		clock.t += 40 * MIN;
		const record = await s.submit();

		expect(record).toMatchObject({ total: 60, max: 100, passLine: 60, passed: true, timedOut: false, usedMs: 40 * MIN, flags: [wrong.id] });
		expect(Object.keys(record.answers)).toHaveLength(61);
		expect(s.result?.answered).toBe(61);
		const loaded = await loadProgress(store, T0);
		expect(loaded.paperCurrent).toBeNull();
		expect(loaded.papers.map((p) => p.id)).toEqual(['paper-1']);
		expect(loaded.papers[0].perTopic).toEqual(record.perTopic);
		expect(loaded.history).toHaveLength(61);
		expect(loaded.history.every((e) => e.mode === 'paper')).toBe(true);
		expect(Object.keys(loaded.mistakes.wrong)).toEqual([wrong.id]);
		expect(loaded.mistakes.flagged).toEqual([wrong.id]);
		expect(loaded.deck.map((c) => c.id)).toEqual([wrong.id]);
		expect(progress.papers).toHaveLength(1);
		// Submitting again changes nothing.
		expect(await s.submit()).toBe(record);
	});

	it('submits by itself when the clock reaches zero', async () => {
		const { o, clock, store } = await setup();
		const s = PaperSession.start(o, { seed: 5, mode: 'exam', durationMs: 2 * MIN });
		s.answer([s.item.answer[0]]);
		clock.t += MIN;
		expect(s.tick()).toBeNull();
		clock.t += MIN;
		const done = s.tick();
		expect(done).not.toBeNull();
		const record = await done!;
		expect(record).toMatchObject({ timedOut: true, total: 1, passed: false, usedMs: 2 * MIN, durationMs: 2 * MIN });
		expect(await store.get('paper-current')).toBeNull();
		expect(await store.get('paper:paper-1')).toMatchObject({ timedOut: true });
	});

	it('will not resume a paper whose items have left the bank', async () => {
		const { o } = await setup();
		const s = PaperSession.start(o, { seed: 9, mode: 'exam' });
		const rec = s.snapshot();
		expect(PaperSession.resume(o, { ...rec, itemIds: [...rec.itemIds.slice(1), 'gone-001'] })).toBeNull();
		expect(PaperSession.resume(o, rec)).not.toBeNull();
	});
});
