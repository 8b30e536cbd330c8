import { Scorm12API } from 'scorm-again';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { StoryEngine } from '../engine/story-engine.ts';
import { encodeSuspend } from '../instructor/scorm-suspend.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { Player } from './player.svelte.ts';
import { ProgressState } from './progress.svelte.ts';
import { ScormPlay } from './scorm-play.svelte.ts';

const json = MINI.zh();
const opening = new StoryEngine(json).continue();
const HASH = '0123456789abcdef';

async function setup(store = new MemoryStore()) {
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent: true }));
	return new Player({
		scenarioId: 'mini',
		locale: 'zh-CN',
		storyHash: HASH,
		opening,
		loadStory: async () => json,
		progress,
		random: () => 0.25
	});
}

/** scorm-again as the LMS, on the SCO's parent window; `kept` is what an earlier session left. */
function lms(kept?: object) {
	const api = new Scorm12API({ logLevel: 5 });
	if (kept) api.loadFromJSON(kept as never, 'cmi');
	const listeners = new Map<string, () => void>();
	const top = { API: api } as Record<string, unknown>;
	top.parent = top;
	const win = { parent: top, opener: null, addEventListener: (type: string, f: () => void) => listeners.set(type, f) } as unknown as Window;
	return { api, win, leave: () => listeners.get('pagehide')?.() };
}

/** A player that has taken `choices` in this browser before the SCO connects. */
async function localRun(choices: number[]) {
	const store = new MemoryStore();
	const before = await setup(store);
	await before.start();
	for (const c of choices) await before.choose(c);
	return setup(store);
}

describe('ScormPlay', () => {
	it('starts a new LMS attempt afresh in the launch’s mode, even over a run this browser holds', async () => {
		const player = await localRun([0, 0]);
		const { api, win } = lms();
		const sp = await ScormPlay.connect(player, { mode: 'exam', passMark: 60 }, { storyHash: HASH, locale: 'zh-CN', win });
		flushSync();
		expect(sp.status).toBe('connected');
		expect(sp.message).toContain('已连接学习平台');
		expect(player.choicesTaken).toEqual([]);
		expect(player.mode).toBe('exam');
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
		await player.choose(0);
		flushSync();
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('1');
		expect(api.cmi.suspend_data).toMatch(/^CWS1\.e\.[0-9a-z]+\.0123456789abcdef\.1\.0$/);
	});

	it('resumes the LMS’s run at the same decision with its option order, and writes only new decisions', async () => {
		const player = await setup();
		const kept = encodeSuspend({ mode: 'exam', seed: 123456, storyHash: HASH, choices: [0, 0], reported: 2 });
		const { api, win } = lms({ suspend_data: kept, core: { entry: 'resume' } });
		await ScormPlay.connect(player, { mode: 'exam' }, { storyHash: HASH, locale: 'zh-CN', win });
		flushSync();
		expect(player.choicesTaken).toEqual([0, 0]);
		expect(player.seed).toBe(123456);
		expect(player.mode).toBe('exam');
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('0');
		while (!player.ended) await player.choose(player.current.choices[0].index);
		flushSync();
		expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(player.choicesTaken.length - 2));
		expect(api.LMSGetValue('cmi.core.score.raw')).toBe(String(player.result.total));
		expect(api.isTerminated()).toBe(true);
	});

	it('does not restart a run that already matches what the LMS kept', async () => {
		const player = await localRun([0]);
		await player.start();
		const kept = encodeSuspend({ mode: 'practice', seed: player.seed, storyHash: HASH, choices: [0], reported: 1 });
		const { win } = lms({ suspend_data: kept });
		const before = player.startedAt;
		await ScormPlay.connect(player, { mode: 'practice' }, { storyHash: HASH, locale: 'zh-CN', win });
		expect(player.choicesTaken).toEqual([0]);
		expect(player.startedAt).toBe(before);
	});

	it('begins again, and says so, when the kept choices no longer fit the story', async () => {
		const player = await setup();
		const kept = encodeSuspend({ mode: 'exam', seed: 1, storyHash: HASH, choices: [0, 9], reported: 2 });
		const { win } = lms({ suspend_data: kept });
		const sp = await ScormPlay.connect(player, { mode: 'exam' }, { storyHash: HASH, locale: 'zh-CN', win });
		expect(sp.restarted).toBe(true);
		expect(sp.message).toContain('已从头开始');
		expect(player.error).toBeNull();
		expect(player.choicesTaken).toEqual([]);
		expect(player.mode).toBe('exam');
	});

	it('plays without an LMS, in the launch’s mode, and reports nothing', async () => {
		const player = await setup();
		const win = { parent: null, opener: null, addEventListener: () => {} } as unknown as Window;
		const sp = await ScormPlay.connect(player, { mode: 'exam' }, { storyHash: HASH, locale: 'zh-CN', win });
		expect(sp.status).toBe('offline');
		expect(player.mode).toBe('exam');
		await player.choose(0);
		expect(player.choicesTaken).toEqual([0]);
	});

	it('ends the LMS session when the page goes, with the run kept', async () => {
		const player = await setup();
		const { api, win, leave } = lms();
		await ScormPlay.connect(player, { mode: 'exam' }, { storyHash: HASH, locale: 'zh-CN', win });
		await player.choose(0);
		flushSync();
		leave();
		expect(api.isTerminated()).toBe(true);
		expect(api.cmi.suspend_data).toMatch(/\.0$/);
	});
});
