/**
 * The player opened as a SCORM SCO (a launch page in an LMS package): the
 * launch fixes the mode, the LMS's suspend_data decides where the run stands,
 * and every decision is reported as it is taken (browser/scorm-runtime.ts).
 * The LMS is the record here: a relaunch resumes what it kept, not what this
 * browser happens to hold, and a new LMS attempt starts afresh.
 */
import { findApi, ScormLink, type RunSnapshot } from '../browser/scorm-runtime.ts';
import type { Locale } from '../i18n/messages.ts';
import { SCORM_MESSAGES } from '../i18n/scorm-messages.ts';
import type { ScoLaunch } from '../instructor/scorm-launch.ts';
import type { SuspendState } from '../instructor/scorm-suspend.ts';
import type { Player } from './player.svelte';
import { untrack } from 'svelte';

export type ScormStatus = 'offline' | 'connected' | 'reported';

export interface ScormPlayOptions {
	storyHash: string;
	locale: Locale;
	/** The window the SCO runs in; the LMS API is looked for from here. */
	win?: Window;
	now?: () => Date;
}

const sameRun = (player: Player, saved: SuspendState) =>
	player.seed === saved.seed &&
	player.choicesTaken.length === saved.choices.length &&
	player.choicesTaken.every((c, i) => c === saved.choices[i]);

/** Puts the player where the LMS left the run: its choices and its option order, in the launch's mode. */
async function restore(player: Player, saved: SuspendState | null, launch: ScoLaunch): Promise<boolean> {
	if (!player.live) return true;
	if (saved ? sameRun(player, saved) : !player.started) {
		player.mode = launch.mode;
		return true;
	}
	await player.restart();
	player.mode = launch.mode;
	if (!saved) return true;
	player.seed = saved.seed;
	for (const choice of saved.choices) {
		// The player keeps its place when the story refuses a choice (a story fault): stop there.
		const before = player.choicesTaken.length;
		await player.choose(choice);
		if (player.choicesTaken.length === before) break;
	}
	if (sameRun(player, saved)) return true;
	// Choices the story no longer offers: begin again rather than show a broken run.
	await player.restart();
	player.mode = launch.mode;
	return false;
}

export class ScormPlay {
	status = $state<ScormStatus>('offline');
	/** The LMS kept a run that could not be replayed: the case began again. */
	restarted = $state(false);
	readonly launch: ScoLaunch;
	readonly #t: (typeof SCORM_MESSAGES)[Locale];
	/** What the page says about the LMS (worded here, so the player's own chunk carries none of it). */
	readonly message = $derived.by(() => [this.#t[this.status], this.restarted ? this.#t.restarted : ''].filter(Boolean).join(' '));

	private constructor(link: ScormLink, launch: ScoLaunch, locale: Locale) {
		this.launch = launch;
		this.#t = SCORM_MESSAGES[locale];
		this.status = link.api ? 'connected' : 'offline';
	}

	/** Connects to the LMS, restores its run into `player`, then reports each decision until the case ends. */
	static async connect(player: Player, launch: ScoLaunch, options: ScormPlayOptions): Promise<ScormPlay> {
		const win = options.win ?? window;
		const link = new ScormLink(findApi(win), { passMark: launch.passMark, storyHash: options.storyHash, now: options.now });
		await player.start();
		const sp = new ScormPlay(link, launch, options.locale);
		sp.restarted = !(await restore(player, link.suspended, launch));
		if (!link.api) return sp;
		$effect.root(() => {
			$effect(() => {
				const run: RunSnapshot = { turns: player.turns, result: player.result, ended: player.ended, mode: player.mode, seed: player.seed };
				untrack(() => {
					link.sync(run);
					if (link.finished) sp.status = 'reported';
				});
			});
		});
		// The LMS closes the frame or the learner the popup: the session ends, the run is kept for a relaunch.
		win.addEventListener('pagehide', () => link.leave());
		return sp;
	}
}
