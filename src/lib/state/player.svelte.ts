/**
 * One play of one scenario: ties the engine, the scoring and the progress
 * store to the player page. The transcript is rebuilt by replaying the saved
 * choice indices, so a reload lands on the same line with the same score.
 */
import type { PhaseId } from '../domain/casework.ts';
import { findEnding, replay, ReplayError, type Turn } from '../engine/replay.ts';
import { StoryEngine, type Passage } from '../engine/story-engine.ts';
import type { Locale } from '../i18n/messages.ts';
import { SCHEMA_VERSION, type RunRecord } from '../progress/records.ts';
import { scoreTranscript } from '../scoring/score.ts';
import type { ProgressState } from './progress.svelte';
import { scenarioDecisions } from './scenario-decisions.ts';

export type Mode = 'practice' | 'exam';
export type PlayerError = { kind: 'story-load' | 'run-invalid'; detail: string };

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
}

export class Player {
	mode = $state<Mode>('practice');
	turns = $state.raw<Turn[]>([]);
	/** True once the story is loaded and the choices are live. */
	live = $state(false);
	error = $state<PlayerError | null>(null);
	/** Id of the attempt stored when the story ended. */
	attemptId = $state<string | undefined>();

	readonly current = $derived(this.turns.at(-1)!);
	readonly choicesTaken = $derived(this.turns.filter((t) => t.chosen !== undefined).map((t) => t.chosen!));
	readonly ended = $derived(this.current.choices.length === 0);
	readonly ending = $derived(this.ended ? findEnding(this.current.lines) : undefined);
	readonly result = $derived(scoreTranscript({ turns: this.turns, ended: this.ended, ending: this.ending }));
	/** The stage the story is in: the last `#phase` line tag shown. */
	readonly phase = $derived.by<PhaseId | undefined>(() => {
		for (let t = this.turns.length - 1; t >= 0; t--) {
			const lines = this.turns[t].lines;
			for (let i = lines.length - 1; i >= 0; i--) if (lines[i].phase) return lines[i].phase;
		}
		return undefined;
	});

	/** When this run began (restored with a saved run). */
	get startedAt(): Date {
		return this.#startedAt;
	}

	#o: PlayerOptions;
	#engine?: StoryEngine;
	#json?: string;
	#startedAt: Date;
	#starting?: Promise<void>;

	constructor(options: PlayerOptions) {
		this.#o = options;
		this.#startedAt = this.#now();
		this.turns = [{ lines: options.opening.lines, choices: options.opening.choices }];
	}

	#now() {
		return this.#o.now?.() ?? new Date();
	}

	/** Loads the story and resumes a saved run, if there is one. */
	start(): Promise<void> {
		this.#starting ??= this.#start();
		return this.#starting;
	}

	async #start(): Promise<void> {
		let json: string;
		// Storage opens while the story downloads; it never throws.
		const opening = this.#o.progress.open();
		try {
			json = await this.#o.loadStory();
			this.#engine = new StoryEngine(json);
			this.#engine.continue();
		} catch (e) {
			this.error = { kind: 'story-load', detail: e instanceof Error ? e.message : String(e) };
			this.#starting = undefined;
			return;
		}
		this.#json = json;
		await opening;
		const saved = this.#o.progress.runs.get(this.#o.scenarioId);
		if (saved && saved.locale === this.#o.locale && saved.choices.length) {
			try {
				const engine = new StoryEngine(json);
				this.turns = replay(engine, saved.choices).turns;
				this.#engine = engine;
				this.mode = saved.mode;
				this.#startedAt = new Date(saved.startedAt);
			} catch (e) {
				const detail = e instanceof ReplayError ? e.message : String(e);
				await this.#o.progress.setRunAside(saved, detail);
				this.error = { kind: 'run-invalid', detail };
			}
		}
		this.live = true;
	}

	/** Takes a choice; a click that comes before the story has loaded waits for it. */
	async choose(index: number): Promise<void> {
		if (this.ended) return;
		if (!this.live) await this.start();
		const engine = this.#engine;
		if (!engine || !this.live) return;
		const passage = engine.choose(index);
		const last = this.turns.at(-1)!;
		this.turns = [...this.turns.slice(0, -1), { ...last, chosen: index }, { lines: passage.lines, choices: passage.choices }];
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
			startedAt: this.#startedAt.toISOString()
		};
		if (!this.ended) {
			const run: RunRecord = { ...base, updatedAt: now.toISOString() };
			return this.#o.progress.saveRun(run);
		}
		const id = this.#o.newId?.() ?? `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
		this.attemptId = id;
		const finished = this.#o.progress.finish({ ...base, id, finishedAt: now.toISOString(), total: this.result.total, ending: this.ending });
		// Weak and harmful decisions become review cards in the quiz (quiz/review.ts).
		const carded = this.#o.progress.addScenarioCards(scenarioDecisions(this.turns, this.#o.scenarioId, this.#o.locale), now);
		return Promise.all([finished, carded]).then(() => {});
	}

	/** Starts the case again from the opening (the saved run is discarded). */
	async restart(): Promise<void> {
		await this.#o.progress.discardRun(this.#o.scenarioId);
		this.error = null;
		this.attemptId = undefined;
		this.#startedAt = this.#now();
		if (!this.#json) {
			this.live = false;
			await this.start();
			return;
		}
		this.#engine = new StoryEngine(this.#json);
		const opening = this.#engine.continue();
		this.turns = [{ lines: opening.lines, choices: opening.choices }];
	}
}
