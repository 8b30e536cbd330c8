/**
 * The mock paper page as a controller: which screen shows (start, sitting,
 * result, missing), the paper being sat with its running clock and autosave,
 * resuming the saved paper, submitting (by hand or when time is up) and
 * leaving. The page only renders it and moves the focus. Time (wall and
 * monotonic), the seed and the paper id are injected.
 */
import type { PaperRecord } from '../progress/records.ts';
import type { Bank, BankItem } from '../quiz/bank.ts';
import { gradePaper, type PaperResult } from '../quiz/paper.ts';
import { paperFromIds } from '../quiz/paper-record.ts';
import { PaperSession, type PaperMode, type PaperSessionOptions } from './paper.svelte.ts';
import type { ProgressState } from './progress.svelte.ts';
import { QuizState } from './quiz.svelte.ts';

export type DeskView = 'loading' | 'start' | 'sitting' | 'result' | 'missing';
export type DeskNotice = '' | 'cannotResume' | 'timeUp';

export interface PaperDeskOptions {
	progress: ProgressState;
	now?: () => Date;
	/** Monotonic milliseconds (performance.now in the browser). */
	clock?: () => number;
	/** A fresh 32-bit seed for each new paper. */
	newSeed?: () => number;
	newId?: () => string;
	/** Called once a submitted paper's result is on screen. */
	onfinish?: () => void;
}

/** Test hooks from the URL: a shorter clock, a fixed seed. */
export interface DeskHooks {
	durationMs: number | null;
	seed: number | null;
}

/** Reads `?seconds=N` / `?minutes=N` and `?seed=N`. */
export function readHooks(q: URLSearchParams): DeskHooks {
	const seconds = Number(q.get('seconds'));
	const minutes = Number(q.get('minutes'));
	const seed = q.get('seed');
	return {
		durationMs: seconds > 0 ? seconds * 1000 : minutes > 0 ? minutes * 60_000 : null,
		seed: seed !== null && /^\d+$/.test(seed) ? Number(seed) >>> 0 : null
	};
}

/** How often the clock is read, and how often a running paper is saved. */
export const TICK_MS = 250;
export const SAVE_EVERY_MS = 5000;

export class PaperDesk {
	view = $state<DeskView>('loading');
	bank = $state.raw<Bank | null>(null);
	session = $state.raw<PaperSession | null>(null);
	mode = $state<PaperMode>('exam');
	notice = $state<DeskNotice>('');
	hooks = $state.raw<DeskHooks>({ durationMs: null, seed: null });
	/** The result on screen: a paper just submitted, or a past one by id. */
	shown = $state.raw<{ record: PaperRecord; result: PaperResult; items: readonly BankItem[] } | null>(null);
	/** The submit confirmation is open. */
	confirming = $state(false);
	/** The "discard this paper?" question is open. */
	discarding = $state(false);

	readonly quiz: QuizState;
	readonly firstMultiple = $derived(this.session ? this.session.paper.items.findIndex((i) => i.format === 'multiple') : -1);
	readonly navItems = $derived(
		this.session
			? this.session.paper.items.map((i) => ({
					answered: !!this.session!.answers[i.id]?.length,
					flagged: this.session!.flags.includes(i.id)
				}))
			: []
	);
	readonly unanswered = $derived(this.session ? this.session.paper.items.length - this.session.answeredCount : 0);
	/** Whether ←/→ move between items now. */
	readonly arrows = $derived(this.view === 'sitting' && !!this.session && !this.confirming && !this.session.paused);

	#o: PaperDeskOptions;
	#timer: ReturnType<typeof setInterval> | undefined;
	#submitting = false;

	constructor(o: PaperDeskOptions) {
		this.#o = o;
		this.quiz = new QuizState({ progress: o.progress, now: o.now });
	}

	#clock(): number {
		return this.#o.clock?.() ?? performance.now();
	}

	#sessionOptions(): PaperSessionOptions {
		const { progress, now, clock, newId } = this.#o;
		return { progress, quiz: this.quiz, bank: this.bank!, now, clock, newId };
	}

	/** Loads the bank and shows what the URL asks for: a past result (`?id=`), the paper in progress, or the start screen. */
	async open(q: URLSearchParams): Promise<void> {
		const bank = await this.quiz.openBank();
		this.bank = bank;
		this.hooks = readHooks(q);
		const id = q.get('id');
		const progress = this.#o.progress;
		if (id) {
			const record = progress.papers.find((p) => p.id === id);
			const paper = record && paperFromIds(record.itemIds, bank, record.durationMs / 60_000);
			if (!record || !paper) {
				this.view = 'missing';
				return;
			}
			this.shown = { record, result: gradePaper(paper, record.answers), items: paper.items };
			this.view = 'result';
			return;
		}
		if (progress.paperCurrent) {
			const resumed = PaperSession.resume(this.#sessionOptions(), progress.paperCurrent);
			if (resumed) return this.#sit(resumed);
			progress.discardPaperCurrent();
			this.notice = 'cannotResume';
		}
		this.view = 'start';
	}

	/** Draws a new paper in the chosen mode and starts its clock. */
	start(): void {
		if (!this.bank) return;
		const seed = this.hooks.seed ?? this.#o.newSeed?.() ?? crypto.getRandomValues(new Uint32Array(1))[0];
		this.notice = '';
		this.#sit(PaperSession.start(this.#sessionOptions(), { seed, mode: this.mode, durationMs: this.hooks.durationMs ?? undefined }));
	}

	#sit(session: PaperSession): void {
		this.session = session;
		this.view = 'sitting';
		this.#run(session);
	}

	/** The clock: read four times a second, saved every five while running. */
	#run(s: PaperSession): void {
		this.#stop();
		let lastSave = this.#clock();
		this.#timer = setInterval(() => {
			const done = s.tick();
			if (done) this.#finish(done, true);
			else if (!s.paused && this.#clock() - lastSave > SAVE_EVERY_MS) {
				lastSave = this.#clock();
				s.save();
			}
		}, TICK_MS);
	}

	#stop(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	/** Moves to an item (clamped); a no-op unless sitting. */
	go(index: number): void {
		this.session?.go(index);
	}

	askSubmit(): void {
		if (this.view === 'sitting') this.confirming = true;
	}

	cancelSubmit(): void {
		this.confirming = false;
	}

	/** Submits the paper (after the confirmation). */
	submit(): Promise<void> {
		return this.session ? this.#finish(this.session.submit(), false) : Promise.resolve();
	}

	async #finish(done: Promise<PaperRecord>, timedOut: boolean): Promise<void> {
		if (this.#submitting) return;
		this.#submitting = true;
		this.#stop();
		this.confirming = false;
		const record = await done;
		const s = this.session!;
		this.shown = { record, result: s.result!, items: s.paper.items };
		if (timedOut) this.notice = 'timeUp';
		this.view = 'result';
		this.#submitting = false;
		this.#o.onfinish?.();
	}

	/** Throws the paper in progress away, after the learner confirmed. */
	discard(): void {
		this.#o.progress.discardPaperCurrent();
		this.discarding = false;
		this.newPaper();
	}

	/** Back to the start screen. */
	newPaper(): void {
		this.#stop();
		this.shown = null;
		this.session = null;
		this.notice = '';
		this.view = 'start';
	}

	/** Saves the clock as it stands (the tab is hidden or closing). */
	save(): void {
		this.session?.save();
	}

	/** The page is going away: stop the clock and save. */
	leave(): void {
		this.#stop();
		this.save();
	}
}
