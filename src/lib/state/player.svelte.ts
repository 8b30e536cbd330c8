/**
 * One play of one scenario: ties the engine, the scoring and the progress
 * store to the player page. The transcript is rebuilt by replaying the saved
 * choice indices, so a reload lands on the same line with the same score.
 *
 * The opening passage comes prerendered with the page; the ink runtime and
 * the story are fetched after hydration (`start`), so the first choice is on
 * screen and clickable before they arrive. A click that comes first waits.
 */
import { stageOf, type PhaseId } from '../domain/casework.ts';
import { findEnding } from '../engine/lines.ts';
import { lookahead } from '../engine/lookahead.ts';
import { optionFeedbackReader } from '../engine/option-feedback.ts';
import { displayOrder, newOrderSeed, seedForDecision, seedFromText } from '../engine/option-order.ts';
import type { Turn } from '../engine/replay.ts';
import type { Passage, StoryEngine } from '../engine/story-engine.ts';
import type { Locale } from '../i18n/messages.ts';
import { requestPersistence } from '../progress/persistence.ts';
import { SCHEMA_VERSION, type OwnReply, type RunRecord } from '../progress/records.ts';
import { runningTotal } from '../scoring/running.ts';
import { CURRENT_RULES, rulesOf, scoreTranscript, type ScoringRules, type UndoneChoice } from '../scoring/score.ts';
import type { ProgressState } from './progress.svelte';
import { scenarioDecisions } from '../quiz/scenario-decisions.ts';

export type Mode = 'practice' | 'exam';
/** `story-fault`: the story itself failed on a choice (an ink error, or a loop stopped by the step limit). */
export type PlayerError = { kind: 'story-load' | 'run-invalid' | 'story-fault'; detail: string };

export interface PlayerOptions {
	scenarioId: string;
	locale: Locale;
	storyHash: string;
	/** The opening passage, prerendered into the page. */
	opening: Passage;
	loadStory: () => Promise<string>;
	progress: ProgressState;
	now?: () => Date;
	newId?: () => string;
	/** Asks the browser to keep storage under pressure; navigator.storage.persist by default. */
	persist?: () => Promise<unknown>;
	/** Draws the seed that orders a new run's options; Math.random by default. */
	random?: () => number;
}

type Ink = Awaited<ReturnType<typeof loadInk>>;

/** The ink runtime and the replayer, in their own chunk. */
async function loadInk() {
	const [{ StoryEngine }, { replay, replayStep, misfit }] = await Promise.all([
		import('../engine/story-engine.ts'),
		import('../engine/replay.ts')
	]);
	return { StoryEngine, replay, replayStep, misfit };
}

export class Player {
	mode = $state<Mode>('practice');
	turns = $state.raw<Turn[]>([]);
	/** True once the story is loaded and the choices are live. */
	live = $state(false);
	error = $state<PlayerError | null>(null);
	/** Id of the attempt stored when the story ended. */
	attemptId = $state<string | undefined>();
	/** Choices taken back with undo, kept for the transcript. */
	undone = $state.raw<UndoneChoice[]>([]);
	/** Orders this run's options (engine/option-order.ts); kept with the run, so a reload shows the same order. */
	seed = $state(0);
	/** The rules this run is scored by: the current ones, or those of a run resumed from before them. */
	rules = $state<ScoringRules>(CURRENT_RULES);
	/** What the learner typed at decisions, with "reply in my own words first" on, and the coach's reading. */
	replies = $state.raw<OwnReply[]>([]);

	readonly current = $derived(this.turns.at(-1)!);
	readonly choicesTaken = $derived(this.turns.filter((t) => t.chosen !== undefined).map((t) => t.chosen!));
	readonly ended = $derived(this.current.choices.length === 0);
	readonly ending = $derived(this.ended ? findEnding(this.current.lines) : undefined);
	readonly result = $derived(scoreTranscript({ turns: this.turns, ended: this.ended, ending: this.ending }, this.undone, this.rules));
	/** The current options in the order they are shown; choosing still names the story's own index. */
	readonly shown = $derived(this.shownAt(this.current, this.turns.length - 1));
	/** What the page shows while playing: the total's formula over what has been reached so far. */
	readonly runningScore = $derived(runningTotal(this.result));
	/** Anything done in this run yet (a choice, or one taken back): the mode is then fixed. */
	readonly started = $derived(this.turns.length > 1 || this.undone.length > 0);
	/** Undo is a practice aid: never in exam mode, and not once the case has ended (the attempt is stored). */
	readonly canUndo = $derived(this.mode === 'practice' && this.live && !this.ended && this.turns.length > 1);
	/** Every `#phase` line tag shown so far, in order. */
	readonly #phases = $derived(this.turns.flatMap((t) => t.lines.flatMap((l) => (l.phase ? [l.phase] : []))));
	/** The stage the story is in: the last `#phase` line tag shown. */
	readonly phase = $derived<PhaseId | undefined>(this.#phases.at(-1));
	/** The stages the story has been through so far (a client who leaves early skips some). */
	readonly reached = $derived(new Set(this.#phases.map(stageOf)));

	/** When this run began (restored with a saved run). */
	get startedAt(): Date {
		return this.#startedAt;
	}

	/** When the ending was reached and stored (ISO time); undefined before. */
	get finishedAt(): string | undefined {
		return this.#finishedAt;
	}

	#o: PlayerOptions;
	#engine?: StoryEngine;
	#ink?: Ink;
	#startedAt: Date;
	#finishedAt = $state<string | undefined>();
	#starting?: Promise<void>;

	constructor(options: PlayerOptions) {
		this.#o = options;
		this.#startedAt = this.#now();
		this.seed = newOrderSeed(options.random);
		this.turns = [{ lines: options.opening.lines, choices: options.opening.choices }];
	}

	#now() {
		return this.#o.now?.() ?? new Date();
	}

	/** The options of `turn`, decision `k` (0-based) of this run, in the order they are shown. */
	shownAt<T extends Pick<Turn, 'choices'>>(turn: T, k: number): T {
		return { ...turn, choices: displayOrder(turn.choices, seedForDecision(this.seed, k)) };
	}

	/** Loads the story and resumes a saved run, if there is one. */
	start(): Promise<void> {
		this.#starting ??= this.#start();
		return this.#starting;
	}

	async #start(): Promise<void> {
		let engine: StoryEngine;
		let ink: Ink;
		// Storage opens while the runtime and the story download; it never throws.
		const opening = this.#o.progress.open();
		try {
			let json: string;
			[ink, json] = await Promise.all([loadInk(), this.#o.loadStory()]);
			engine = new ink.StoryEngine(json);
			engine.continue();
		} catch (e) {
			this.error = { kind: 'story-load', detail: e instanceof Error ? e.message : String(e) };
			this.#starting = undefined;
			return;
		}
		this.#engine = engine;
		this.#ink = ink;
		await opening;
		const saved = this.#o.progress.runs.get(this.#o.scenarioId);
		if (saved && saved.locale === this.#o.locale && (saved.choices.length || saved.undone?.length || saved.replies?.length)) {
			try {
				this.turns = ink.replay(engine, saved.choices).turns;
				this.mode = saved.mode;
				// A run from before shuffling gets a fixed seed of its own, so its order too stays put.
				this.seed = saved.seed ?? seedFromText(saved.startedAt);
				this.rules = rulesOf(saved);
				this.undone = saved.undone ?? [];
				this.replies = saved.replies ?? [];
				this.#startedAt = new Date(saved.startedAt);
			} catch (e) {
				let detail: string;
				try {
					detail = ink.misfit(e);
				} catch {
					detail = String(e);
				}
				await this.#o.progress.setRunAside(saved, detail);
				this.error = { kind: 'run-invalid', detail };
				// Back to the opening the page shows, not wherever the failed replay stopped.
				engine.reset();
				engine.continue();
			}
		}
		this.live = true;
	}

	/** Takes a choice; a click that comes before the story has loaded waits for it. */
	async choose(index: number): Promise<void> {
		if (this.ended) return;
		if (!this.live) await this.start();
		const engine = this.#engine;
		const ink = this.#ink;
		if (!engine || !ink || !this.live) return;
		const last = this.turns.at(-1)!;
		const before = engine.snapshot();
		let passage: Passage;
		try {
			passage = ink.replayStep(engine, last, index, this.turns.length - 1);
		} catch (e) {
			// The run stays as it was, at this decision; the engine is put back there for another choice.
			this.error = { kind: 'story-fault', detail: e instanceof Error ? e.message : String(e) };
			engine.restore(before);
			return;
		}
		this.error = null;
		this.turns = [...this.turns.slice(0, -1), { ...last, chosen: index }, { lines: passage.lines, choices: passage.choices }];
		await this.#save();
	}

	/**
	 * The two turns taking choice `index` would show (the decision with it
	 * taken, and the passage after), without taking it; undefined before the
	 * story is live or once it has ended.
	 */
	preview(index: number): Turn[] | undefined {
		const engine = this.#engine;
		if (!engine || !this.live || this.ended) return undefined;
		let next: Passage;
		try {
			next = lookahead(engine, index);
		} catch {
			// Choosing it will say what is wrong; there is nothing to lay out.
			return undefined;
		}
		return [
			{ ...this.current, chosen: index },
			{ lines: next.lines, choices: next.choices }
		];
	}

	/** Keeps what the learner typed at the current decision (one reply per decision: a second replaces the first), and saves the run. */
	async keepReply(reply: Omit<OwnReply, 'at'>): Promise<void> {
		if (!this.live || this.ended) return;
		const at = this.turns.length - 1;
		this.replies = [...this.replies.filter((r) => r.at !== at), { ...reply, at }];
		await this.#save();
	}

	/** The reply typed at decision `k` (0-based), if any. */
	replyAt(k: number): OwnReply | undefined {
		return this.replies.find((r) => r.at === k);
	}

	/**
	 * Takes back the last choice (practice mode only). The story is replayed
	 * to the decision before it, so the client's memory of the withdrawn
	 * choice is gone too; the withdrawn option stays in the transcript.
	 */
	async undo(): Promise<void> {
		const ink = this.#ink;
		const engine = this.#engine;
		if (!this.canUndo || !engine || !ink) return;
		const choices = this.choicesTaken;
		const at = choices.length - 1;
		this.turns = ink.replay(engine, choices.slice(0, at)).turns;
		this.undone = [...this.undone, { at, choice: choices[at] }];
		await this.#save();
	}

	#save(): Promise<void> {
		const now = this.#now();
		const base = {
			v: SCHEMA_VERSION as typeof SCHEMA_VERSION,
			scenarioId: this.#o.scenarioId,
			locale: this.#o.locale,
			mode: this.mode,
			storyHash: this.#o.storyHash,
			choices: this.choicesTaken,
			...(this.undone.length ? { undone: this.undone } : {}),
			...(this.replies.length ? { replies: this.replies } : {}),
			seed: this.seed,
			scoring: this.rules,
			startedAt: this.#startedAt.toISOString()
		};
		if (!this.ended) {
			const run: RunRecord = { ...base, updatedAt: now.toISOString() };
			return this.#o.progress.saveRun(run);
		}
		const id = this.#o.newId?.() ?? `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
		this.attemptId = id;
		const finishedAt = now.toISOString();
		this.#finishedAt = finishedAt;
		// A finished case is worth keeping: ask the browser not to clear storage under pressure.
		if (this.#o.progress.persistent) void (this.#o.persist ?? requestPersistence)();
		const finished = this.#o.progress.finish({ ...base, id, finishedAt, total: this.result.total, ending: this.ending });
		// Weak and harmful decisions become review cards in the quiz (quiz/review.ts), with who spoke and each option's feedback.
		const engine = this.#engine;
		const reader = engine && optionFeedbackReader(engine, this.choicesTaken);
		const facts = { cast: engine?.globals.cast, feedbackOf: reader?.feedbackOf };
		const decisions = scenarioDecisions(this.turns, this.#o.scenarioId, this.#o.locale, facts);
		reader?.done();
		const carded = this.#o.progress.addScenarioCards(decisions, now);
		return Promise.all([finished, carded]).then(() => {});
	}

	/**
	 * "Replay from here": a new practice run with `choices` (story indices, as an attempt stores them)
	 * already taken, standing at the decision after them. The attempt they came from is not touched;
	 * a run in progress is replaced, as by restart. False, at the opening, when they no longer replay.
	 */
	async replayFrom(choices: readonly number[]): Promise<boolean> {
		await this.start();
		const engine = this.#engine;
		const ink = this.#ink;
		if (!engine || !ink) return false;
		const discarded = this.#renew();
		this.mode = 'practice';
		let turns: Turn[] = [];
		try {
			turns = ink.replay(engine, choices).turns;
		} catch {
			// The story changed since the attempt: the run starts at the opening instead.
		}
		// Replaying stops at a decision: one that ended the case would store a second attempt.
		const ok = turns.length > 0 && turns.at(-1)!.choices.length > 0;
		this.turns = ok ? turns : this.#opening(engine);
		await discarded;
		if (ok && choices.length) await this.#save();
		return ok;
	}

	/** Starts the case again from the opening (the saved run is discarded). */
	async restart(): Promise<void> {
		// The new run begins at once, not when the old one is gone from storage: a choice taken meanwhile
		// belongs to the new run, and its save is queued after the discard.
		const discarded = this.#renew();
		const engine = this.#engine;
		if (!engine) {
			this.live = false;
			await discarded;
			await this.start();
			return;
		}
		this.turns = this.#opening(engine);
		await discarded;
	}

	/** Forgets the run in hand (in storage too: the returned promise) and begins a new one's bookkeeping. */
	#renew(): Promise<void> {
		const discarded = this.#o.progress.discardRun(this.#o.scenarioId);
		this.error = null;
		this.attemptId = undefined;
		this.#finishedAt = undefined;
		this.undone = [];
		this.replies = [];
		this.#startedAt = this.#now();
		this.seed = newOrderSeed(this.#o.random);
		this.rules = CURRENT_RULES;
		return discarded;
	}

	#opening(engine: StoryEngine): Turn[] {
		engine.reset();
		const opening = engine.continue();
		return [{ lines: opening.lines, choices: opening.choices }];
	}
}
