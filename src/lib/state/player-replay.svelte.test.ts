import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { MINI } from '../../../tests/helpers/ink.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { Player } from './player.svelte.ts';
import { ProgressState } from './progress.svelte.ts';

const json = MINI.zh();
const opening = new StoryEngine(json).continue();

/** A player over its own store; `draws` feeds the seeds that order each new run's options. */
function setup(store = new MemoryStore(), draws = [0.25, 0.75, 0.5]) {
	const progress = new ProgressState();
	void progress.open(async () => ({ store, persistent: true }));
	let ids = 0;
	const player = new Player({
		scenarioId: 'mini',
		locale: 'zh-CN',
		storyHash: 'h1',
		opening,
		loadStory: async () => json,
		progress,
		now: () => new Date('2026-11-22T10:00:00.000Z'),
		newId: () => `attempt-${++ids}`,
		random: () => draws.shift() ?? 0.5
	});
	return { player, progress, store };
}

/** Plays the first option at every decision to the ending, in exam mode; returns the stored choices. */
async function finishInExam(player: Player): Promise<number[]> {
	await player.start();
	player.mode = 'exam';
	while (!player.ended) await player.choose(player.current.choices[0].index);
	flushSync();
	return player.choicesTaken;
}

describe('Player.replayFrom', () => {
	it('starts a new practice run standing at the decision after the given choices, the attempt untouched', async () => {
		const { player, progress, store } = setup();
		const choices = await finishInExam(player);
		const attempt = await store.get('attempt:attempt-1');
		const seedBefore = player.seed;
		expect(choices.length).toBeGreaterThan(2);

		expect(await player.replayFrom(choices.slice(0, 2))).toBe(true);
		flushSync();
		expect(player.mode).toBe('practice');
		expect(player.choicesTaken).toEqual(choices.slice(0, 2));
		expect(player.ended).toBe(false);
		expect(player.turns).toHaveLength(3);
		expect(player.attemptId).toBeUndefined();
		// Its own option order, drawn as for any new run.
		expect(player.seed).not.toBe(seedBefore);
		// Saved as the run in progress, so a reload comes back to this decision.
		expect(await store.get('run:mini')).toMatchObject({ mode: 'practice', choices: choices.slice(0, 2), seed: player.seed });
		expect(await store.get('attempt:attempt-1')).toEqual(attempt);
		expect(progress.attempts).toHaveLength(1);

		// Played on to the end, it is a second attempt beside the first.
		while (!player.ended) await player.choose(player.current.choices[0].index);
		expect(progress.attempts.map((a) => [a.id, a.mode])).toEqual([
			['attempt-1', 'exam'],
			['attempt-2', 'practice']
		]);
	});

	it('replaying no choices is a fresh practice run at the opening', async () => {
		const { player, store } = setup();
		await finishInExam(player);
		expect(await player.replayFrom([])).toBe(true);
		flushSync();
		expect(player.turns).toHaveLength(1);
		expect(player.mode).toBe('practice');
		expect(await store.get('run:mini')).toBeNull();
	});

	it('falls back to the opening, saving nothing, when the choices no longer replay or would end the case', async () => {
		const { player, store } = setup();
		const choices = await finishInExam(player);
		expect(await player.replayFrom([99])).toBe(false);
		flushSync();
		expect(player.turns).toHaveLength(1);
		expect(player.error).toBeNull();
		expect(await player.replayFrom(choices)).toBe(false);
		flushSync();
		expect(player.turns).toHaveLength(1);
		expect(await store.get('run:mini')).toBeNull();
		expect((await store.keys()).filter((k) => k.startsWith('attempt:'))).toEqual(['attempt-1'].map((id) => `attempt:${id}`));
	});
});
