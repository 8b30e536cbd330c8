import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { MINI } from '../../../tests/helpers/ink.ts';
import { seedFromText } from '../engine/option-order.ts';
import { compileInk } from '../engine/compile.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { SCHEMA_VERSION } from '../progress/records.ts';
import { deserialise } from '../quiz/review.ts';
import { Player } from './player.svelte.ts';
import { ProgressState } from './progress.svelte.ts';

const json = MINI.zh();
const opening = new StoryEngine(json).continue();
const fixedNow = () => new Date('2026-11-22T10:00:00.000Z');

function setup(store = new MemoryStore(), loadStory = async () => json, persist = async () => true) {
	const progress = new ProgressState();
	const opened = progress.open(async () => ({ store, persistent: true }));
	const player = new Player({
		scenarioId: 'mini',
		locale: 'zh-CN',
		storyHash: 'h1',
		opening,
		loadStory,
		progress,
		now: fixedNow,
		newId: () => 'attempt-1',
		persist
	});
	return { player, progress, store, opened };
}

describe('Player', () => {
	it('starts from the prerendered opening and saves a run after every choice', async () => {
		const { player, store } = setup();
		expect(player.current.choices).toHaveLength(3);
		await player.start();
		await player.choose(0);
		flushSync();
		expect(player.choicesTaken).toEqual([0]);
		expect(player.phase).toBe('assessment');
		expect(await store.get('run:mini')).toMatchObject({ choices: [0], mode: 'practice', storyHash: 'h1' });
		await player.choose(0);
		expect(await store.get('run:mini')).toMatchObject({ choices: [0, 0] });
	});

	it('shows a running score over what has been reached, and the total once the case has ended', async () => {
		const { player } = setup();
		await player.start();
		await player.choose(0);
		flushSync();
		expect(player.result.total).toBe(74);
		expect(player.runningScore).toBe(100);
		while (!player.ended) await player.choose(player.current.choices[0].index);
		flushSync();
		expect(player.runningScore).toBe(player.result.total);
	});

	it('previews where each option leads without taking it, and nothing once the case has ended', async () => {
		const { player, store } = setup();
		expect(player.preview(0)).toBeUndefined();
		await player.start();
		const [decision, next] = player.preview(1)!;
		expect(decision).toEqual({ ...player.current, chosen: 1 });
		expect(player.choicesTaken).toEqual([]);
		expect(await store.get('run:mini')).toBeNull();
		await player.choose(1);
		flushSync();
		expect(player.current).toEqual(next);
		while (!player.ended) await player.choose(player.current.choices[0].index);
		expect(player.preview(0)).toBeUndefined();
	});

	it('a choice taken while a restart is still discarding the old run belongs to the new run', async () => {
		const { player, store } = setup();
		await player.start();
		await player.choose(2);
		await player.choose(0);
		const restarting = player.restart();
		await player.choose(1);
		await restarting;
		flushSync();
		expect(player.choicesTaken).toEqual([1]);
		expect(await store.get('run:mini')).toMatchObject({ choices: [1] });
	});

	it('resumes a saved run at the same passage with the same score', async () => {
		const first = setup();
		await first.player.start();
		first.player.mode = 'exam';
		await first.player.choose(2);
		await first.player.choose(0);
		const again = setup(first.store);
		await again.opened;
		await again.player.start();
		expect(again.player.choicesTaken).toEqual([2, 0]);
		expect(again.player.mode).toBe('exam');
		expect(again.player.current).toEqual(first.player.current);
		expect(again.player.result.total).toBe(first.player.result.total);
	});

	it('shows options in an order of its own, kept with the run and the same after a reload', async () => {
		const first = setup();
		await first.player.start();
		// The opening is prerendered, so its order is the story's fixed one: the same for every run.
		expect(first.player.shown.choices.map((c) => c.index)).toEqual(setup().player.shown.choices.map((c) => c.index));
		await first.player.choose(0);
		const saved = (await first.store.get('run:mini')) as { seed: number; scoring: number };
		expect(saved.seed).toBe(first.player.seed);
		expect(saved.scoring).toBe(2);
		const again = setup(first.store);
		await again.opened;
		await again.player.start();
		expect(again.player.seed).toBe(first.player.seed);
		expect(again.player.shown).toEqual(first.player.shown);
		// Choosing names the story's own index, whatever its place on screen.
		const last = again.player.shown.choices.at(-1)!;
		await again.player.choose(last.index);
		expect(again.player.choicesTaken).toEqual([0, last.index]);
	});

	it('orders the options of a new run differently from the last', async () => {
		const orders = new Set<string>();
		for (let i = 0; i < 12; i++) {
			const { player } = setup();
			await player.start();
			await player.choose(0);
			flushSync();
			orders.add(player.shown.choices.map((c) => c.index).join());
		}
		// The assessment decision has three options: six orders, so twelve runs show more than one.
		expect(orders.size).toBeGreaterThan(1);
	});

	it('resumes a run saved before shuffling and rules 2 by the rules it began under, in a fixed order', async () => {
		const store = new MemoryStore();
		const startedAt = '2026-11-30T09:00:00.000Z';
		await store.set('run:mini', {
			v: SCHEMA_VERSION,
			scenarioId: 'mini',
			locale: 'zh-CN',
			mode: 'exam',
			storyHash: 'h1',
			choices: [0, 2],
			startedAt,
			updatedAt: startedAt
		});
		const { player, opened } = setup(store);
		await opened;
		await player.start();
		flushSync();
		expect(player.rules).toBe(1);
		expect(player.seed).toBe(seedFromText(startedAt));
		// Referred without an evaluation: rules 1 did not count that.
		await player.choose(0);
		flushSync();
		expect(player.result.orderingErrors).toEqual([{ kind: 'missing-follow-up', decision: 3 }]);
		expect(await store.get('attempt:attempt-1')).toMatchObject({ scoring: 1, total: player.result.total });
		const reloaded = setup(store);
		expect(reloaded.player.rules).toBe(2);
	});

	it('stores an attempt at the ending and drops the run', async () => {
		const { player, store, progress } = setup();
		await player.start();
		for (const c of [0, 0, 0, 0, 0]) await player.choose(c);
		expect(player.ended).toBe(true);
		expect(player.ending).toBe('well-closed');
		expect(await store.get('run:mini')).toBeNull();
		expect(await store.get('attempt:attempt-1')).toMatchObject({
			total: player.result.total,
			ending: 'well-closed',
			choices: [0, 0, 0, 0, 0]
		});
		expect(progress.attempts).toHaveLength(1);
	});

	it('turns every weak or harmful decision of a finished case into a review card, and only those', async () => {
		const { player, store, progress } = setup();
		await player.start();
		// Harmful plan at intake, then good, best, best, best.
		for (const c of [1, 0, 0, 0, 0]) await player.choose(c);
		expect(player.ended).toBe(true);
		expect(progress.deck).toHaveLength(1);
		const card = progress.deck[0];
		expect(card).toMatchObject({ kind: 'scenario', lastResult: 'wrong' });
		expect(card.id).toMatch(/^scenario:mini:/);
		expect(card.scenario).toMatchObject({
			scenarioId: 'mini',
			locale: 'zh-CN',
			clientLine: '“你是谁？”',
			chosen: 1,
			answer: [0]
		});
		expect(card.scenario!.options.map((o) => o.quality)).toEqual(['best', 'harmful', 'weak']);
		const stored = (await store.get('quiz:deck')) as { v: number; deck: string };
		expect(stored.v).toBe(SCHEMA_VERSION);
		expect(deserialise(stored.deck)).toMatchObject({ ok: true, cards: [{ id: card.id }] });
	});

	it('adds no review card when every decision was best or good', async () => {
		const { player, store } = setup();
		await player.start();
		for (const c of [0, 0, 0, 0, 0]) await player.choose(c);
		expect(await store.get('quiz:deck')).toBeNull();
	});

	it('sets aside a saved run that no longer fits the story, and offers a restart', async () => {
		const store = new MemoryStore();
		await store.set('run:mini', {
			v: SCHEMA_VERSION,
			scenarioId: 'mini',
			locale: 'zh-CN',
			mode: 'practice',
			storyHash: 'old',
			choices: [0, 9],
			startedAt: fixedNow().toISOString(),
			updatedAt: fixedNow().toISOString()
		});
		const { player } = setup(store);
		await player.start();
		expect(player.error?.kind).toBe('run-invalid');
		expect(await store.get('run:mini')).toBeNull();
		expect((await store.keys()).some((k) => k.startsWith('set-aside:'))).toBe(true);
		await player.restart();
		expect(player.error).toBeNull();
		expect(player.choicesTaken).toEqual([]);
		await player.choose(0);
		expect(player.choicesTaken).toEqual([0]);
	});

	it('reports a story that fails to load, and recovers on retry', async () => {
		let fail = true;
		const { player } = setup(undefined, async () => {
			if (fail) throw new Error('chunk missing');
			return json;
		});
		await player.start();
		expect(player.error).toEqual({ kind: 'story-load', detail: 'chunk missing' });
		expect(player.live).toBe(false);
		fail = false;
		player.error = null;
		await player.start();
		expect(player.live).toBe(true);
	});

	it('a story that loops on one option says so and stays at that decision; the other options still work', async () => {
		const loop = compileInk('Hello.\n* [Go] -> loop\n* [Stay] Fine. -> END\n=== loop ===\n-> loop\n').json!;
		const progress = new ProgressState();
		void progress.open(async () => ({ store: new MemoryStore(), persistent: true }));
		const player = new Player({
			scenarioId: 'loop',
			locale: 'en',
			storyHash: 'h2',
			opening: new StoryEngine(loop).continue(),
			loadStory: async () => loop,
			progress,
			now: fixedNow
		});
		await player.start();
		expect(player.preview(0)).toBeUndefined();
		await player.choose(0);
		expect(player.error).toMatchObject({ kind: 'story-fault', detail: expect.stringContaining('circle') });
		expect(player.turns).toHaveLength(1);
		await player.choose(1);
		expect(player.error).toBeNull();
		expect(player.ended).toBe(true);
		expect(player.turns.at(-1)!.lines.map((l) => l.text)).toEqual(['Fine.']);
	});

	it('undoes the last choice in practice mode: back to the same passage, the withdrawn option kept in the transcript', async () => {
		const { player, store } = setup();
		await player.start();
		const before = player.current;
		await player.choose(1);
		expect(player.canUndo).toBe(true);
		await player.undo();
		flushSync();
		expect(player.choicesTaken).toEqual([]);
		expect(player.current).toEqual(before);
		expect(await store.get('run:mini')).toMatchObject({ choices: [], undone: [{ at: 0, choice: 1 }] });
		await player.choose(0);
		const first = player.result.decisions[0];
		expect(first.quality).toBe('best');
		expect(first.withdrawn).toEqual([{ text: before.choices[1].text, quality: 'harmful', techniques: before.choices[1].tags.techniques }]);
		// Only the choice that stood is scored.
		const plain = setup();
		await plain.player.start();
		await plain.player.choose(0);
		expect(player.result.total).toBe(plain.player.result.total);
	});

	it('keeps the undo record through a reload and into the stored attempt', async () => {
		const first = setup();
		await first.player.start();
		await first.player.choose(2);
		await first.player.undo();
		const again = setup(first.store);
		await again.opened;
		await again.player.start();
		expect(again.player.undone).toEqual([{ at: 0, choice: 2 }]);
		for (const c of [0, 0, 0, 0, 0]) await again.player.choose(c);
		expect(await first.store.get('attempt:attempt-1')).toMatchObject({ choices: [0, 0, 0, 0, 0], undone: [{ at: 0, choice: 2 }] });
	});

	it('offers no undo in exam mode, before any choice, or after the ending', async () => {
		const { player } = setup();
		await player.start();
		expect(player.canUndo).toBe(false);
		player.mode = 'exam';
		await player.choose(1);
		expect(player.canUndo).toBe(false);
		await player.undo();
		expect(player.choicesTaken).toEqual([1]);
		const done = setup();
		await done.player.start();
		for (const c of [0, 0, 0, 0, 0]) await done.player.choose(c);
		expect(done.player.canUndo).toBe(false);
	});

	it('a click before the story has loaded waits for it', async () => {
		const { player } = setup();
		await player.choose(1);
		expect(player.choicesTaken).toEqual([1]);
	});

	it('notes when the ending was stored, asks to keep storage then, and forgets both on restart', async () => {
		const persist = vi.fn(async () => true);
		const { player, store } = setup(undefined, undefined, persist);
		await player.start();
		for (const c of [0, 0, 0, 0]) await player.choose(c);
		expect(player.finishedAt).toBeUndefined();
		expect(persist).not.toHaveBeenCalled();
		await player.choose(0);
		expect(player.finishedAt).toBe(fixedNow().toISOString());
		expect(await store.get('attempt:attempt-1')).toMatchObject({ finishedAt: fixedNow().toISOString() });
		expect(persist).toHaveBeenCalledOnce();
		await player.restart();
		expect(player.finishedAt).toBeUndefined();
	});

	it('resumes, undoes and restarts on the one parsed story, reset to its start', async () => {
		const loadStory = vi.fn(async () => json);
		const first = setup(undefined, loadStory);
		await first.player.start();
		await first.player.choose(2);
		await first.player.choose(0);
		const again = setup(first.store, loadStory);
		await again.opened;
		const reset = vi.spyOn(StoryEngine.prototype, 'reset');
		try {
			await again.player.start();
			expect(reset).toHaveBeenCalledTimes(1);
			await again.player.undo();
			expect(reset).toHaveBeenCalledTimes(2);
			expect(again.player.choicesTaken).toEqual([2]);
			await again.player.restart();
			expect(reset).toHaveBeenCalledTimes(3);
			expect(again.player.current).toEqual({ lines: opening.lines, choices: opening.choices });
			await again.player.choose(0);
			expect(again.player.choicesTaken).toEqual([0]);
			expect(loadStory).toHaveBeenCalledTimes(2);
		} finally {
			reset.mockRestore();
		}
	});
});
