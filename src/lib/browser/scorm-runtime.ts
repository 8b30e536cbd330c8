/**
 * The SCO's side of the SCORM 1.2 runtime: finds the LMS's `API` object and
 * writes what instructor/scorm-cmi.ts maps. Every call is guarded: an LMS that
 * refuses a value, or a frame it does not let us into, must never stop play.
 */
import type { Turn } from '../engine/replay.ts';
import { decidedTurns, finalWrites, interactionWrites, progressWrites, sessionTime, type CmiWrite } from '../instructor/scorm-cmi.ts';
import { decodeSuspend, encodeSuspend, type SuspendState } from '../instructor/scorm-suspend.ts';
import type { ScoMode } from '../instructor/scorm-launch.ts';
import type { RunResult } from '../scoring/score.ts';

/** The SCORM 1.2 API an LMS puts on a window as `API`. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string;
}

/** How far up the frame chain to look: the usual bound of the ADL sample code. */
const MAX_PARENTS = 500;

type ApiWindow = Window & { API?: Scorm12Api };

function apiOn(win: ApiWindow): Scorm12Api | null {
	try {
		return win.API && typeof win.API.LMSInitialize === 'function' ? win.API : null;
	} catch {
		// Another origin's frame: not our LMS.
		return null;
	}
}

function searchUp(win: ApiWindow): Scorm12Api | null {
	let w = win;
	for (let i = 0; i <= MAX_PARENTS; i++) {
		const api = apiOn(w);
		if (api) return api;
		if (w.parent === w || !w.parent) return null;
		w = w.parent as ApiWindow;
	}
	return null;
}

/** The standard SCORM 1.2 search: this window and its parents, then the window that opened it (and its parents). */
export function findApi(win: Window): Scorm12Api | null {
	const found = searchUp(win);
	if (found) return found;
	const opener = win.opener as ApiWindow | null;
	return opener ? searchUp(opener) : null;
}

function initialize(api: Scorm12Api): boolean {
	try {
		return String(api.LMSInitialize('')) === 'true';
	} catch {
		return false;
	}
}

/** What the SCO reports from, after each decision. */
export interface RunSnapshot {
	turns: readonly Turn[];
	result: RunResult;
	ended: boolean;
	mode: ScoMode;
	seed: number;
}

export interface ScormLinkOptions {
	passMark?: number;
	storyHash: string;
	now?: () => Date;
}

/** One LMS session of the SCO: LMSInitialize at connect, LMSFinish once the case ends or the page goes. */
export class ScormLink {
	/** Null when no LMS was found, or it refused to start the session: the case then plays without reporting. */
	readonly api: Scorm12Api | null;
	/** The run the LMS kept from an earlier session, if any. */
	readonly suspended: SuspendState | null;
	finished = false;
	#o: ScormLinkOptions;
	#startedAt: Date;
	#reported: number;
	#lastSuspend: string | null = null;
	/** The LMS shows a finished attempt for review: it is played, never written to. */
	#review: boolean;

	constructor(api: Scorm12Api | null, options: ScormLinkOptions) {
		this.#o = options;
		this.#startedAt = this.#now();
		this.api = api && initialize(api) ? api : null;
		const saved = this.api ? decodeSuspend(this.#get('cmi.suspend_data')) : null;
		// A package rebuilt with another story version cannot replay the old choices: start afresh.
		this.suspended = saved && saved.storyHash === options.storyHash ? saved : null;
		this.#reported = this.suspended?.reported ?? 0;
		this.#review = this.#get('cmi.core.lesson_mode') === 'review';
	}

	#now(): Date {
		return this.#o.now?.() ?? new Date();
	}

	#get(element: string): string {
		try {
			return String(this.api?.LMSGetValue(element) ?? '');
		} catch {
			return '';
		}
	}

	#set(writes: readonly CmiWrite[]): void {
		for (const [element, value] of writes) {
			try {
				this.api?.LMSSetValue(element, value);
			} catch {
				// An LMS that throws instead of returning "false": carry on with the rest.
			}
		}
	}

	#commit(): void {
		try {
			this.api?.LMSCommit('');
		} catch {
			// Reported again at the next decision.
		}
	}

	/** Writes the decisions not yet written and the run's state; at the end, the result, and finishes. */
	sync(run: RunSnapshot): void {
		if (!this.api || this.finished || this.#review) return;
		const decided = decidedTurns(run.turns);
		// An undone decision is written again when it is retaken.
		this.#reported = Math.min(this.#reported, decided.length);
		const base = Number(this.#get('cmi.interactions._count')) || 0;
		const at = this.#now();
		for (let k = this.#reported; k < decided.length; k++) {
			this.#set(interactionWrites(base + k - this.#reported, run.result.decisions[k], decided[k], at));
		}
		this.#reported = decided.length;
		if (run.ended) {
			this.#set(finalWrites(run.result, this.#o.passMark, at.getTime() - this.#startedAt.getTime()));
			this.#commit();
			this.#finish();
			return;
		}
		const state = {
			mode: run.mode,
			seed: run.seed,
			storyHash: this.#o.storyHash,
			choices: decided.map((t) => t.chosen!),
			reported: this.#reported
		};
		// Past the limit the last state that fitted stays: a relaunch resumes a little earlier rather than not at all.
		this.#lastSuspend = encodeSuspend(state) ?? this.#lastSuspend;
		this.#set(progressWrites(this.#lastSuspend));
		this.#commit();
	}

	/** The page is going: this session's time, and the LMS may close the session (its data kept for a relaunch). */
	leave(): void {
		if (!this.api || this.finished || this.#review) return;
		this.#set([['cmi.core.session_time', sessionTime(this.#now().getTime() - this.#startedAt.getTime())]]);
		this.#commit();
		this.#finish();
	}

	#finish(): void {
		this.finished = true;
		try {
			this.api?.LMSFinish('');
		} catch {
			// Nothing more to tell it.
		}
	}
}
