import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { MINI } from '../../../tests/helpers/ink.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { TrialPlay } from './trial-play.svelte.ts';

const json = MINI.zh();
const hash = '0123456789abcdef';

describe('TrialPlay', () => {
	it('plays the compiled story from its opening, keeping the run in memory under the custom id', async () => {
		const play = new TrialPlay({ json, hash, locale: 'zh-CN' });
		const opening = new StoryEngine(json).continue();
		expect(play.player.current.choices).toEqual(opening.choices);
		expect(play.runtimeError).toBeUndefined();
		await play.start();
		expect(await play.choose(0)).toBe(true);
		flushSync();
		expect(play.player.choicesTaken).toEqual([0]);
		expect(play.progress.persistent).toBe(true);
		expect(play.progress.runs.get(`custom-${hash}`)).toMatchObject({ choices: [0], storyHash: hash, locale: 'zh-CN' });
	});

	it('plays to an ending and scores it', async () => {
		const play = new TrialPlay({ json, hash, locale: 'zh-CN' });
		await play.start();
		while (!play.player.ended) expect(await play.choose(play.player.current.choices[0].index)).toBe(true);
		flushSync();
		expect(play.player.ending).toBeDefined();
		expect(play.player.result.total).toBeGreaterThan(0);
		expect(play.progress.attempts).toHaveLength(1);
	});

	it('shows a story that cannot start as an error, takes no choice, and never throws', async () => {
		const play = new TrialPlay({ json: '{"nope":1}', hash, locale: 'en' });
		expect(play.runtimeError).toBeTruthy();
		expect(play.player.ended).toBe(true);
		expect(await play.choose(0)).toBe(false);
	});

	it('stops on a runtime error during play, and a restart clears it', async () => {
		const play = new TrialPlay({ json, hash, locale: 'zh-CN' });
		await play.start();
		const choose = vi.spyOn(play.player, 'choose').mockRejectedValueOnce(new Error('boom'));
		expect(await play.choose(0)).toBe(false);
		expect(play.runtimeError).toBe('boom');
		expect(await play.choose(0)).toBe(false);
		expect(choose).toHaveBeenCalledTimes(1);

		await play.restart();
		expect(play.runtimeError).toBeUndefined();
		expect(await play.choose(1)).toBe(true);
		flushSync();
		expect(play.player.choicesTaken).toEqual([1]);
	});
});
