import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../progress/kv-store.ts';
import type { PaperCurrentRecord } from '../progress/records.ts';
import { BANK } from '../quiz/bank.ts';
import { assemblePaper } from '../quiz/paper.ts';
import { mulberry32 } from '../quiz/random.ts';
import { PaperDesk, readHooks, SAVE_EVERY_MS, TICK_MS } from './paper-desk.svelte.ts';
import { ProgressState } from './progress.svelte.ts';

const T0 = new Date('2026-03-01T08:00:00.000Z');
const MIN = 60_000;

beforeEach(() => {
	vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
	vi.useRealTimers();
});

async function setup(store = new MemoryStore()) {
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent: true }));
	const onfinish = vi.fn();
	let ids = 0;
	const desk = new PaperDesk({
		progress,
		now: () => new Date(),
		clock: () => Date.now(),
		newSeed: () => 42,
		newId: () => `paper-${++ids}`,
		onfinish
	});
	return { progress, store, desk, onfinish };
}

const current = (store: MemoryStore) => (store.data.get('paper-current') ?? undefined) as PaperCurrentRecord | undefined;

describe('readHooks', () => {
	it('reads a shorter clock in seconds or minutes and a fixed seed, ignoring anything malformed', () => {
		expect(readHooks(new URLSearchParams('seconds=4&seed=7'))).toEqual({ durationMs: 4000, seed: 7 });
		expect(readHooks(new URLSearchParams('minutes=30'))).toEqual({ durationMs: 30 * MIN, seed: null });
		expect(readHooks(new URLSearchParams('seconds=-1&seed=x1'))).toEqual({ durationMs: null, seed: null });
		expect(readHooks(new URLSearchParams(''))).toEqual({ durationMs: null, seed: null });
	});
});

describe('PaperDesk', () => {
	it('opens on the start screen, then draws the paper from the injected seed and saves it', async () => {
		const { desk, store } = await setup();
		expect(desk.view).toBe('loading');
		await desk.open(new URLSearchParams());
		expect(desk.view).toBe('start');
		desk.mode = 'practice';
		desk.start();
		flushSync();
		expect(desk.view).toBe('sitting');
		expect(desk.session!.paper.items.map((i) => i.id)).toEqual(assemblePaper(BANK.items, mulberry32(42)).items.map((i) => i.id));
		expect(desk.session!.mode).toBe('practice');
		expect(desk.firstMultiple).toBe(60);
		expect(desk.unanswered).toBe(80);
		await vi.advanceTimersByTimeAsync(0);
		expect(current(store)).toMatchObject({ id: 'paper-1', seed: 42, remainingMs: 120 * MIN, mode: 'practice' });
	});

	it('runs the clock four times a second and saves the running paper every five seconds', async () => {
		const { desk, store } = await setup();
		await desk.open(new URLSearchParams('minutes=2'));
		desk.start();
		await vi.advanceTimersByTimeAsync(1000);
		expect(desk.session!.remainingMs).toBe(2 * MIN - 1000);
		expect(current(store)!.remainingMs).toBe(2 * MIN);
		await vi.advanceTimersByTimeAsync(SAVE_EVERY_MS);
		// The first save after five seconds comes with the tick after them.
		expect(current(store)!.remainingMs).toBe(2 * MIN - SAVE_EVERY_MS - TICK_MS);
	});

	it('submits by itself when time is up, shows the result with a notice, and stops the clock', async () => {
		const { desk, store, onfinish } = await setup();
		await desk.open(new URLSearchParams('seconds=4&seed=7'));
		desk.start();
		const first = desk.session!.item;
		desk.session!.answer([first.answer[0]]);
		flushSync();
		expect(desk.navItems[0]).toEqual({ answered: true, flagged: false });
		expect(desk.unanswered).toBe(79);
		await vi.advanceTimersByTimeAsync(3000);
		expect(desk.view).toBe('sitting');
		await vi.advanceTimersByTimeAsync(1000);
		expect(desk.view).toBe('result');
		expect(desk.notice).toBe('timeUp');
		expect(onfinish).toHaveBeenCalledOnce();
		expect(desk.shown!.record).toMatchObject({ seed: 7, timedOut: true, total: 1, usedMs: 4000 });
		expect(store.data.get('paper:paper-1')).toMatchObject({ timedOut: true });
		expect(current(store)).toBeUndefined();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('submits after the confirmation, and ←/→ stop while it is open or the clock is paused', async () => {
		const { desk, store, onfinish } = await setup();
		await desk.open(new URLSearchParams());
		desk.mode = 'practice';
		desk.start();
		flushSync();
		expect(desk.arrows).toBe(true);
		desk.session!.pause();
		flushSync();
		expect(desk.arrows).toBe(false);
		desk.session!.resume();
		desk.askSubmit();
		flushSync();
		expect(desk.confirming).toBe(true);
		expect(desk.arrows).toBe(false);
		desk.cancelSubmit();
		desk.askSubmit();
		await vi.advanceTimersByTimeAsync(10 * MIN);
		await desk.submit();
		expect(desk.confirming).toBe(false);
		expect(desk.view).toBe('result');
		expect(desk.notice).toBe('');
		expect(onfinish).toHaveBeenCalledOnce();
		expect(desk.shown!.record).toMatchObject({ timedOut: false, usedMs: 10 * MIN, total: 0 });
		expect(store.data.has('paper:paper-1')).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
		desk.newPaper();
		expect(desk.view).toBe('start');
		expect(desk.shown).toBeNull();
	});

	it('resumes the saved paper on the same item with the time that was left, and saves on leaving', async () => {
		const first = await setup();
		await first.desk.open(new URLSearchParams());
		first.desk.start();
		first.desk.go(3);
		await vi.advanceTimersByTimeAsync(MIN);
		first.desk.leave();
		expect(vi.getTimerCount()).toBe(0);
		await vi.advanceTimersByTimeAsync(0);
		expect(current(first.store)).toMatchObject({ current: 3, remainingMs: 119 * MIN });

		const again = await setup(first.store);
		await again.desk.open(new URLSearchParams('seconds=4'));
		expect(again.desk.view).toBe('sitting');
		expect(again.desk.session!.id).toBe('paper-1');
		expect(again.desk.session!.current).toBe(3);
		await vi.advanceTimersByTimeAsync(MIN);
		expect(again.desk.session!.remainingMs).toBe(118 * MIN);
		again.desk.leave();
	});

	it('throws away a saved paper whose items left the bank, and says so', async () => {
		const { desk, store, progress } = await setup();
		await desk.open(new URLSearchParams());
		desk.start();
		desk.leave();
		await vi.advanceTimersByTimeAsync(0);
		const saved = current(store)!;
		await progress.savePaperCurrent({ ...saved, itemIds: [...saved.itemIds.slice(1), 'gone-001'] });

		const again = await setup(store);
		await again.desk.open(new URLSearchParams());
		expect(again.desk.view).toBe('start');
		expect(again.desk.notice).toBe('cannotResume');
		await vi.advanceTimersByTimeAsync(0);
		expect(current(store)).toBeUndefined();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('discards the paper in progress when asked, back to the start screen', async () => {
		const { desk, store } = await setup();
		await desk.open(new URLSearchParams());
		desk.start();
		desk.discarding = true;
		desk.discard();
		expect(desk.discarding).toBe(false);
		expect(desk.view).toBe('start');
		expect(desk.session).toBeNull();
		expect(vi.getTimerCount()).toBe(0);
		await vi.advanceTimersByTimeAsync(0);
		expect(current(store)).toBeUndefined();
	});

	it('shows a past paper by id, and says so when there is none', async () => {
		const first = await setup();
		await first.desk.open(new URLSearchParams());
		first.desk.start();
		const item = first.desk.session!.item;
		first.desk.session!.answer([...item.answer]);
		await first.desk.submit();

		const again = await setup(first.store);
		await again.desk.open(new URLSearchParams('id=paper-1'));
		expect(again.desk.view).toBe('result');
		expect(again.desk.shown!.result.total).toBe(1);
		expect(again.desk.shown!.items[0].id).toBe(item.id);
		expect(again.onfinish).not.toHaveBeenCalled();

		const missing = await setup(first.store);
		await missing.desk.open(new URLSearchParams('id=nope'));
		expect(missing.desk.view).toBe('missing');
	});
});
