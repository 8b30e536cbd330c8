/**
 * A mock paper being sat: the drawn items, the answers and flags, the clock,
 * and the submit. Every change is saved as `paper-current`, so a reload comes
 * back to the same item with the time that was left (time spent with the
 * page closed is not counted). Time, the monotonic clock, ids and the seed
 * are all injected.
 *
 * Exam conditions versus practice: only practice may pause the clock. The
 * clock reaching zero submits the paper, as the exam would collect it.
 */
import { SCHEMA_VERSION, type PaperCurrentRecord, type PaperRecord } from '../progress/records.ts';
import type { Bank } from '../quiz/bank.ts';
import { expired, pause, remaining, resume, startCountdown, type Countdown } from '../quiz/countdown.ts';
import { assemblePaper, gradePaper, JUNIOR_PAPER, type Paper, type PaperResult } from '../quiz/paper.ts';
import { cleanAnswers, paperFromIds, perTopic } from '../quiz/paper-record.ts';
import { mulberry32 } from '../quiz/random.ts';
import type { ProgressState } from './progress.svelte.ts';
import type { QuizState } from './quiz.svelte.ts';

export type PaperMode = PaperRecord['mode'];

export interface PaperSessionOptions {
	progress: ProgressState;
	quiz: QuizState;
	bank: Bank;
	now?: () => Date;
	/** Monotonic milliseconds (performance.now in the browser): the countdown must not jump with the wall clock. */
	clock?: () => number;
	newId?: () => string;
}

export interface StartOptions {
	seed: number;
	mode: PaperMode;
	/** Defaults to the exam's 120 minutes; the paper page shortens it only for its test hook. */
	durationMs?: number;
}

const MINUTE = 60_000;

export class PaperSession {
	readonly paper: Paper;
	readonly id: string;
	readonly seed: number;
	readonly mode: PaperMode;
	readonly startedAt: string;
	readonly durationMs: number;

	answers = $state.raw<Record<string, number[]>>({});
	/** Item ids flagged for checking before submitting. */
	flags = $state.raw<string[]>([]);
	/** The item on screen, 0-based. */
	current = $state(0);
	/** Milliseconds left, as of the last tick. */
	remainingMs = $state(0);
	/** Set once the paper is submitted. */
	finished = $state.raw<PaperRecord | null>(null);
	result = $state.raw<PaperResult | null>(null);

	#countdown = $state.raw<Countdown>({ leftMs: 0, since: null });
	#o: PaperSessionOptions;

	readonly paused = $derived(this.#countdown.since === null);

	/** The item on screen. */
	get item() {
		return this.paper.items[this.current];
	}

	get answeredCount(): number {
		return this.paper.items.filter((i) => this.answers[i.id]?.length).length;
	}

	/** Only outside exam conditions. */
	get canPause(): boolean {
		return this.mode === 'practice';
	}

	private constructor(o: PaperSessionOptions, paper: Paper, base: Omit<PaperCurrentRecord, 'v' | 'itemIds' | 'updatedAt'>) {
		this.#o = o;
		this.paper = paper;
		this.id = base.id;
		this.seed = base.seed;
		this.mode = base.mode;
		this.startedAt = base.startedAt;
		this.durationMs = base.durationMs;
		this.answers = base.answers;
		this.flags = base.flags;
		this.current = Math.min(base.current, paper.items.length - 1);
		this.#countdown = startCountdown(base.remainingMs, this.#clock(), base.paused && base.mode === 'practice');
		this.remainingMs = base.remainingMs;
	}

	/** Draws a new paper from `seed` and saves it as the paper in progress. */
	static start(o: PaperSessionOptions, s: StartOptions): PaperSession {
		const durationMs = s.durationMs ?? JUNIOR_PAPER.durationMinutes * MINUTE;
		const paper = assemblePaper(o.bank.items, mulberry32(s.seed), { durationMinutes: durationMs / MINUTE });
		const now = o.now?.() ?? new Date();
		const id = o.newId?.() ?? `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
		const session = new PaperSession(o, paper, {
			id,
			seed: s.seed >>> 0,
			mode: s.mode,
			startedAt: now.toISOString(),
			durationMs,
			remainingMs: durationMs,
			paused: false,
			answers: {},
			flags: [],
			current: 0
		});
		session.save();
		return session;
	}

	/** Picks up a saved paper; null when its items are no longer all in the bank. */
	static resume(o: PaperSessionOptions, record: PaperCurrentRecord): PaperSession | null {
		const paper = paperFromIds(record.itemIds, o.bank, record.durationMs / MINUTE);
		if (!paper) return null;
		return new PaperSession(o, paper, record);
	}

	#clock(): number {
		return this.#o.clock?.() ?? performance.now();
	}

	#now(): Date {
		return this.#o.now?.() ?? new Date();
	}

	/** The record of the paper as it stands. */
	snapshot(): PaperCurrentRecord {
		return {
			v: SCHEMA_VERSION,
			id: this.id,
			seed: this.seed,
			mode: this.mode,
			itemIds: this.paper.items.map((i) => i.id),
			answers: this.answers,
			flags: this.flags,
			startedAt: this.startedAt,
			updatedAt: this.#now().toISOString(),
			durationMs: this.durationMs,
			remainingMs: Math.round(remaining(this.#countdown, this.#clock())),
			paused: this.paused,
			current: this.current
		};
	}

	/** Saves the paper in progress (queued; repeated saves collapse into one write). */
	save(): Promise<void> {
		if (this.finished) return Promise.resolve();
		return this.#o.progress.savePaperCurrent(this.snapshot());
	}

	#open(): boolean {
		return !this.finished && !this.paused;
	}

	/** Sets the answer to the current item. */
	answer(chosen: number[]): void {
		if (!this.#open()) return;
		const id = this.item.id;
		const next = { ...this.answers };
		if (chosen.length) next[id] = chosen;
		else delete next[id];
		this.answers = next;
		this.save();
	}

	toggleFlag(): void {
		if (!this.#open()) return;
		const id = this.item.id;
		this.flags = this.flags.includes(id) ? this.flags.filter((x) => x !== id) : [...this.flags, id];
		this.save();
	}

	/** Jumps to an item (clamped to the paper). */
	go(index: number): void {
		if (!this.#open()) return;
		this.current = Math.max(0, Math.min(this.paper.items.length - 1, index));
		this.save();
	}

	pause(): void {
		if (!this.canPause || this.finished) return;
		this.#countdown = pause(this.#countdown, this.#clock());
		this.remainingMs = this.#countdown.leftMs;
		this.save();
	}

	resume(): void {
		if (this.finished) return;
		this.#countdown = resume(this.#countdown, this.#clock());
		this.save();
	}

	/**
	 * Updates the time left; at zero it submits the paper. Returns the
	 * submit's promise when that happens, so a caller can wait for it.
	 */
	tick(): Promise<PaperRecord> | null {
		if (this.finished) return null;
		const now = this.#clock();
		this.remainingMs = remaining(this.#countdown, now);
		return expired(this.#countdown, now) ? this.submit(true) : null;
	}

	/**
	 * Grades the paper and stores the result, the answers (into the history,
	 * mistake book and review deck) and the paper's flags (into the mistake
	 * book's flags, to study later). Unanswered items are scored 0 but not
	 * recorded as mistakes: they were never seen, only run out of.
	 */
	async submit(timedOut = false): Promise<PaperRecord> {
		if (this.finished) return this.finished;
		const clock = this.#clock();
		const left = remaining(this.#countdown, clock);
		this.#countdown = { leftMs: left, since: null };
		this.remainingMs = left;
		const result = gradePaper(this.paper, this.answers);
		const record: PaperRecord = {
			v: SCHEMA_VERSION,
			id: this.id,
			seed: this.seed,
			mode: this.mode,
			itemIds: this.paper.items.map((i) => i.id),
			answers: cleanAnswers(this.paper, this.answers),
			flags: this.flags,
			startedAt: this.startedAt,
			finishedAt: this.#now().toISOString(),
			durationMs: this.durationMs,
			usedMs: Math.round(this.durationMs - left),
			timedOut,
			total: result.total,
			max: result.max,
			passLine: result.passLine,
			passed: result.passed,
			perTopic: perTopic(result)
		};
		this.finished = record;
		this.result = result;
		await Promise.all([
			this.#o.progress.finishPaper(record),
			this.#o.quiz.answerAll(
				result.items.filter((r) => r.answered).map((r) => ({ itemId: r.id, topic: r.topic, correct: r.correct, mode: 'paper' as const }))
			),
			this.flags.length ? this.#o.quiz.flagAll(this.flags) : Promise.resolve()
		]);
		return record;
	}
}
