import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { MINI } from '../../../../../tests/helpers/ink.ts';
import type { StoryMeta } from '$lib/content/story-meta';
import { StoryEngine } from '$lib/engine/story-engine';
import { MESSAGES } from '$lib/i18n/messages';
import { MemoryStore } from '$lib/progress/kv-store';
import { acceptAssignment, loadSubmissions } from '$lib/progress/learner-assignments';
import { ProgressState } from '$lib/state/progress.svelte';
import { PlaySession, replayRequest, type PlaySessionOptions } from './play.svelte.ts';
import { fakeChannels } from '../../../../../tests/helpers/broadcast.ts';
import { miniAssignment as assignment } from '$lib/instructor/fixtures.test-helpers';

const json = MINI.zh();
const opening = new StoryEngine(json).continue();
const meta: StoryMeta = {
	id: 'mini',
	locale: 'zh-CN',
	title: 'Mini',
	summary: '',
	minutes: 5,
	difficulty: 1,
	hash: '0123456789abcdef',
	skills: [],
	uses: [],
	endings: [],
	decisions: [5, 5],
	cast: {}
};

const cleanups: (() => void)[] = [];
afterEach(() => {
	while (cleanups.length) cleanups.pop()!();
	vi.useRealTimers();
});

function setup(extra: Partial<PlaySessionOptions> = {}, store = new MemoryStore()) {
	const progress = new ProgressState();
	void progress.open(async () => ({ store, persistent: true }));
	const focus = { newest: vi.fn(), main: vi.fn() };
	let session!: PlaySession;
	cleanups.push(
		$effect.root(() => {
			session = new PlaySession({
				meta,
				opening,
				locale: 'zh-CN',
				loadStory: async () => json,
				progress,
				focus,
				openStore: async () => ({ store }),
				tabs: { makeChannel: fakeChannels(), session: { getItem: () => null, setItem: () => {}, removeItem: () => {} } },
				now: () => new Date('2026-11-22T10:00:00.000Z'),
				newId: () => 'attempt-1',
				...extra
			});
		})
	);
	return { session, progress, store, focus };
}

describe('PlaySession', () => {
	it('takes choices, moves the reading position, and says an undo', async () => {
		const { session, focus } = setup();
		cleanups.push(session.mount(null));
		await session.player.start();
		flushSync();
		expect(session.live).toBe(true);
		await session.choose(1);
		expect(session.player.choicesTaken).toEqual([1]);
		expect(session.scoreShown).toBe(true);
		expect(session.undoOffered).toBe(true);
		expect(focus.newest).toHaveBeenCalledOnce();
		await session.undo();
		expect(session.player.choicesTaken).toEqual([]);
		expect(session.status).toBe(session.t.undone);
		await session.choose(0);
		expect(session.status).toBe('');
		await session.restart();
		expect(session.player.choicesTaken).toEqual([]);
		expect(focus.main).toHaveBeenCalledOnce();
	});

	it('a click before the story has arrived waits for it, once', async () => {
		const { session } = setup();
		cleanups.push(session.mount(null));
		const first = session.choose(2);
		expect(session.busy).toBe(true);
		await session.choose(0);
		await first;
		expect(session.busy).toBe(false);
		expect(session.player.choicesTaken).toEqual([2]);
	});

	it('opened from an assignment: takes its mode before any choice and saves the result package at the ending', async () => {
		const store = new MemoryStore();
		await acceptAssignment(store, assignment, '李同学', new Date('2026-11-22T08:30:00.000Z'));
		const { session } = setup({}, store);
		cleanups.push(session.mount('abc123XYZ'));
		expect(session.live).toBe(false);
		await session.choose(0);
		expect(session.player.mode).toBe('exam');
		expect(session.resultPkg).toBeNull();
		for (const c of [0, 0, 0, 0]) await session.choose(c);
		expect(session.player.ended).toBe(true);
		expect(session.player.finishedAt).toBe('2026-11-22T10:00:00.000Z');
		const pkg = session.resultPkg!;
		expect(pkg).toMatchObject({ learner: '李同学', assignmentId: 'abc123XYZ', mode: 'exam', finishedAt: '2026-11-22T10:00:00.000Z' });
		await vi.waitUntil(async () => (await loadSubmissions(store, 'abc123XYZ')).size > 0);
		expect((await loadSubmissions(store, 'abc123XYZ')).get('mini')).toEqual(pkg);
		await session.restart();
		expect(session.player.finishedAt).toBeUndefined();
		expect(session.resultPkg).toBeNull();
	});

	it('an exam assignment fixes the mode: no switching to practice, and a practice run begun before cannot be handed in', async () => {
		const store = new MemoryStore();
		// A practice run of the case, begun before the assignment link was opened.
		const before = setup({}, store);
		cleanups.push(before.session.mount(null));
		await before.session.player.start();
		await before.session.choose(1);
		await vi.waitUntil(async () => (await store.keys()).some((k) => k.startsWith('run:')));
		await acceptAssignment(store, assignment, '李同学', new Date('2026-11-22T08:30:00.000Z'));

		const { session } = setup({}, store);
		cleanups.push(session.mount('abc123XYZ'));
		await session.assignmentRead;
		await session.player.start();
		flushSync();
		expect(session.fixedMode).toBe('exam');
		expect(session.player.mode).toBe('practice');
		expect(session.modeConflict).toBe(true);
		expect(session.live).toBe(false);
		await session.choose(0);
		expect(session.player.choicesTaken).toEqual([1]);

		await session.restart();
		flushSync();
		expect(session.player.mode).toBe('exam');
		expect(session.modeConflict).toBe(false);
		expect(session.live).toBe(true);
		// Switching to practice by any means stops the run counting: no choice, no package.
		session.player.mode = 'practice';
		flushSync();
		expect(session.live).toBe(false);
		await session.choose(0);
		expect(session.player.choicesTaken).toEqual([]);
		session.player.mode = 'exam';
		for (const c of [0, 0, 0, 0, 0]) await session.choose(c);
		expect(session.resultPkg).toMatchObject({ mode: 'exam', assignmentId: 'abc123XYZ' });
	});

	it("labels the package with the story's language, not the interface's", async () => {
		const store = new MemoryStore();
		await acceptAssignment(store, assignment, 'Li', new Date('2026-11-22T08:30:00.000Z'));
		const { session } = setup({ locale: 'en' }, store);
		cleanups.push(session.mount('abc123XYZ'));
		for (const c of [0, 0, 0, 0, 0]) await session.choose(c);
		expect(session.t).toBe(MESSAGES.en);
		expect(session.resultPkg).toMatchObject({ locale: 'zh-CN' });
	});

	it('shows the debrief a frame after the ending, and hides it on restart', async () => {
		const { session } = setup();
		cleanups.push(session.mount(null));
		await session.player.start();
		for (const c of [0, 0, 0, 0]) await session.choose(c);
		vi.useFakeTimers();
		await session.choose(0);
		flushSync();
		expect(session.debriefShown).toBe(false);
		vi.runAllTimers();
		expect(session.debriefShown).toBe(true);
		vi.useRealTimers();
		await session.restart();
		flushSync();
		expect(session.debriefShown).toBe(false);
	});

	it('takes no choice while another tab holds the case; continuing here reloads', async () => {
		vi.useFakeTimers();
		const makeChannel = fakeChannels();
		const reload = vi.fn();
		const noSession = { getItem: () => null, setItem: () => {}, removeItem: () => {} };
		const { session } = setup({ tabs: { makeChannel, session: noSession, reload } });
		const other = setup({ tabs: { makeChannel, session: noSession } }).session;
		cleanups.push(session.mount(null));
		cleanups.push(other.mount(null));
		vi.runAllTimers();
		vi.useRealTimers();
		expect(session.otherTab).toBe(true);
		await session.player.start();
		await session.choose(0);
		expect(session.player.choicesTaken).toEqual([]);
		session.takeOver();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('keys that would choose show the rest of a paced passage instead', () => {
		const { session } = setup();
		session.reveal.start(['a', 'b', 'c'], true);
		const e = new KeyboardEvent('keydown', { key: '1', cancelable: true });
		session.onkeydown(e);
		expect(e.defaultPrevented).toBe(true);
		expect(session.reveal.done).toBe(true);
		const again = new KeyboardEvent('keydown', { key: '1', cancelable: true });
		session.onkeydown(again);
		expect(again.defaultPrevented).toBe(false);
	});
});

describe('PlaySession, resuming and replaying', () => {
	it('a run resumed partway moves the reading position to its newest turn; a fresh one stays at the top', async () => {
		const store = new MemoryStore();
		const first = setup({}, store);
		await first.session.player.start();
		await first.session.choose(0);
		await first.session.choose(0);
		await first.progress.flush();
		const fresh = setup();
		await fresh.session.resume();
		expect(fresh.focus.newest).not.toHaveBeenCalled();
		const again = setup({}, store);
		await again.session.resume();
		expect(again.session.player.choicesTaken).toEqual([0, 0]);
		expect(again.focus.newest).toHaveBeenCalledOnce();
	});

	it('reads ?replay=<attempt>&at=<decision>, and nothing that is not one', () => {
		expect(replayRequest(new URLSearchParams('replay=a1&at=3'))).toEqual({ attempt: 'a1', at: 3 });
		for (const q of ['', 'replay=a1', 'replay=a1&at=0', 'replay=a1&at=1.5', 'replay=&at=2', 'at=2']) {
			expect(replayRequest(new URLSearchParams(q))).toBeUndefined();
		}
	});

	it('replays a stored attempt to the decision asked for, in practice mode, and says so', async () => {
		const store = new MemoryStore();
		const { session, progress } = setup({}, store);
		await session.player.start();
		session.player.mode = 'exam';
		while (!session.player.ended) await session.choose(session.player.current.choices[0].index);
		const taken = session.player.choicesTaken;
		await progress.flush();
		const replayed = setup({}, store);
		await replayed.session.replay({ attempt: 'attempt-1', at: 3 });
		expect(replayed.session.player.choicesTaken).toEqual(taken.slice(0, 2));
		expect(replayed.session.player.mode).toBe('practice');
		expect(replayed.session.replayNote).toBe(session.t.debriefUi.replayed.replace('{n}', '3'));
		expect(replayed.focus.newest).toHaveBeenCalledOnce();
		await replayed.progress.flush();
		// The exam attempt is as it was; the replay is the run in progress.
		expect(replayed.progress.attempts.map((a) => [a.mode, a.choices])).toEqual([['exam', taken]]);
		expect(await store.get('run:mini')).toMatchObject({ mode: 'practice', choices: taken.slice(0, 2) });
	});

	it('an attempt that is not there starts the case as usual and says why', async () => {
		const { session } = setup();
		await session.replay({ attempt: 'gone', at: 2 });
		expect(session.player.live).toBe(true);
		expect(session.player.choicesTaken).toEqual([]);
		expect(session.replayNote).toBe(session.t.debriefUi.replayMissing);
	});
});
