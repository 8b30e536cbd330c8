/**
 * Learner progress as reactive state. Opened once in the browser (never at
 * module load or during prerender); every write goes through one queue so
 * saves land in order, and a failed write is reported without touching what
 * is already stored.
 */
import { loadWriterOnFirstWrite, openBrowserStore } from '../progress/browser-store.ts';
import type { KeyValueStore } from '../progress/kv-store.ts';
import {
	DEFAULT_SETTINGS,
	countAcceptedAssignments,
	discardPaperCurrent,
	discardRun,
	finishPaper,
	finishRun,
	isQuotaError,
	loadProgress,
	saveDeck,
	saveHistory,
	saveMistakes,
	saveNotes,
	savePaperCurrent,
	saveRun,
	saveSettings,
	setRunAside,
	summarise,
	type ScenarioSummary,
	type SetAside
} from '../progress/progress.ts';
import {
	KEY,
	type AttemptRecord,
	type PaperCurrentRecord,
	type PaperRecord,
	type RunRecord,
	type SettingsRecord
} from '../progress/records.ts';
import { localDay, newCardsReviewedOn, type AnswerEvent, type DayOf } from '../quiz/history.ts';
import { reviewQueue } from '../quiz/queue.ts';
import { emptyMistakeBook, type MistakeBook } from '../quiz/mistakes.ts';
import type { Notes } from '../quiz/notes.ts';
import type { ReviewCard, ScenarioDecision } from '../quiz/review.ts';
import { DataBroadcast } from './progress-broadcast.ts';
import { WriteQueue } from './progress-queue.ts';

/** What the settings panels need (ProgressState, or a stand-in in tests). */
export type { StoreHost } from '../progress/backup/reset.ts';

/** What turning a finished case's decisions into review cards needs; loaded on demand. */
const cardModules = () => Promise.all([import('../quiz/review.ts'), import('../quiz/learner.ts')]);

export class ProgressState {
	ready = $state(false);
	/** False when storage is unavailable and progress lives in memory only. */
	persistent = $state(true);
	/** The last storage failure, shown to the learner. */
	storageError = $state<string | undefined>();
	/** That failure was the site's storage being full: the notice then suggests freeing space or a backup. */
	storageFull = $state(false);
	runs = $state.raw(new Map<string, RunRecord>());
	attempts = $state.raw<AttemptRecord[]>([]);
	setAside = $state.raw<SetAside[]>([]);
	settings = $state.raw<SettingsRecord>(DEFAULT_SETTINGS);
	/** Review cards; replaced, never mutated, on every change. */
	deck = $state.raw<readonly ReviewCard[]>([]);
	mistakes = $state.raw<MistakeBook>(emptyMistakeBook());
	history = $state.raw<readonly AnswerEvent[]>([]);
	notes = $state.raw<Notes>({});
	papers = $state.raw<PaperRecord[]>([]);
	paperCurrent = $state.raw<PaperCurrentRecord | null>(null);

	/** How many assignments the learner has accepted (counted by key; the assignment page validates them). */
	acceptedAssignments = $state(0);

	/** True once another tab has imported a backup or reset: pages holding data in memory should be reloaded. */
	replacedElsewhere = $state(false);

	#store?: KeyValueStore;
	#broadcast = new DataBroadcast();

	/** `writerOnFirstWrite`: for a page whose only write waits for it (the home page), localforage loads on that write. */
	constructor({ writerOnFirstWrite = false } = {}) {
		if (writerOnFirstWrite) loadWriterOnFirstWrite();
	}
	#opening?: Promise<void>;
	#queue = new WriteQueue();

	/** Idempotent; `opener` is replaceable for tests. */
	open(opener = openBrowserStore): Promise<void> {
		this.#opening ??= (async () => {
			const opened = await opener();
			this.#store = opened.store;
			this.persistent = opened.persistent;
			if (opened.error) this.storageError = opened.error;
			await this.#reload();
			// Only the real browser store is shared with other tabs (tests open private stores).
			if (opener === openBrowserStore) this.#listenToOtherTabs();
			this.ready = true;
		})();
		return this.#opening;
	}

	#failed(e: unknown) {
		this.storageError = e instanceof Error ? e.message : String(e);
		this.storageFull = isQuotaError(e);
	}

	/** A write in its turn; a failure is shown to the learner, not thrown. */
	#write(task: (store: KeyValueStore) => Promise<void>): Promise<void> {
		return this.#queue.run(() => this.#guarded(task));
	}

	/** For records rewritten whole on every answer (deck, history, the paper in progress): see WriteQueue.latest. */
	#writeLatest(key: string, task: (store: KeyValueStore) => Promise<void>): Promise<void> {
		return this.#queue.latest(key, () => this.#guarded(task));
	}

	async #guarded(task: (store: KeyValueStore) => Promise<void>): Promise<void> {
		await this.open();
		try {
			await task(this.#store!);
		} catch (e) {
			this.#failed(e);
		}
	}

	/** Resolves once every write asked for so far (and any queued meanwhile) has landed. */
	flush(): Promise<void> {
		return this.#queue.flush();
	}

	saveRun(run: RunRecord): Promise<void> {
		this.runs = new Map(this.runs).set(run.scenarioId, run);
		return this.#write((s) => saveRun(s, run));
	}

	discardRun(scenarioId: string): Promise<void> {
		const runs = new Map(this.runs);
		runs.delete(scenarioId);
		this.runs = runs;
		return this.#write((s) => discardRun(s, scenarioId));
	}

	setRunAside(run: RunRecord, detail: string): Promise<void> {
		const runs = new Map(this.runs);
		runs.delete(run.scenarioId);
		this.runs = runs;
		this.setAside = [...this.setAside, { key: KEY.run(run.scenarioId), kind: 'run', reason: 'invalid', detail }];
		return this.#write((s) => setRunAside(s, run, detail, new Date()));
	}

	finish(attempt: AttemptRecord): Promise<void> {
		const runs = new Map(this.runs);
		runs.delete(attempt.scenarioId);
		this.runs = runs;
		this.attempts = [...this.attempts, attempt];
		return this.#write((s) => finishRun(s, attempt));
	}

	saveSettings(settings: SettingsRecord): Promise<void> {
		this.settings = settings;
		return this.#write((s) => saveSettings(s, settings));
	}

	/** Best score and number of attempts of one case. */
	summary(scenarioId: string): ScenarioSummary {
		return summarise(this.attempts, scenarioId);
	}

	/** Today's review queue: due cards, with new ones capped by the daily limit. */
	dueToday(now = new Date(), dayOf: DayOf = localDay): ReviewCard[] {
		return reviewQueue(this.deck, now, {
			newLimit: this.settings.quiz.dailyNewLimit,
			newReviewedToday: newCardsReviewedOn(this.history, now, dayOf)
		});
	}

	/** Stores quiz progress after answers (quiz/learner.ts computes it); only the parts given are written. */
	saveQuiz(next: { deck?: readonly ReviewCard[]; mistakes?: MistakeBook; history?: readonly AnswerEvent[]; notes?: Notes }): Promise<void> {
		const writes: Promise<void>[] = [];
		if (next.deck && next.deck !== this.deck) {
			this.deck = next.deck;
			// review.ts (and the FSRS scheduler with it) is only loaded once there is a deck to write.
			writes.push(this.#writeLatest(KEY.deck, async (s) => saveDeck(s, (await import('../quiz/review.ts')).serialise(this.deck))));
		}
		if (next.mistakes && next.mistakes !== this.mistakes) {
			this.mistakes = next.mistakes;
			writes.push(this.#writeLatest(KEY.mistakes, (s) => saveMistakes(s, this.mistakes)));
		}
		if (next.history && next.history !== this.history) {
			this.history = next.history;
			writes.push(this.#writeLatest(KEY.history, (s) => saveHistory(s, this.history)));
		}
		if (next.notes && next.notes !== this.notes) {
			this.notes = next.notes;
			writes.push(this.#writeLatest(KEY.notes, (s) => saveNotes(s, this.notes)));
		}
		return Promise.all(writes).then(() => {});
	}

	/**
	 * Fetches and starts the review-card code (the FSRS scheduler) ahead of
	 * the end of a case, so that the turn which ends it is not held up by it.
	 */
	prepareScenarioCards(): Promise<unknown> {
		return cardModules();
	}

	/**
	 * Adds review cards for the weak and harmful decisions of a finished case. The card-making
	 * code is loaded here, once a case has ended, so the player page never ships the scheduler.
	 */
	async addScenarioCards(decisions: readonly ScenarioDecision[], now: Date): Promise<void> {
		if (!decisions.length) return;
		const [{ scenarioCardContents }, { addScenarioCards }] = await cardModules();
		const contents = scenarioCardContents(decisions);
		await this.open();
		if (contents.length) await this.saveQuiz({ deck: addScenarioCards(this.deck, contents, now) });
	}

	savePaperCurrent(paper: PaperCurrentRecord): Promise<void> {
		this.paperCurrent = paper;
		return this.#writeLatest(KEY.paperCurrent, async (s) => {
			// Submitted or discarded while this write waited: nothing to save.
			if (this.paperCurrent) await savePaperCurrent(s, this.paperCurrent);
		});
	}

	discardPaperCurrent(): Promise<void> {
		this.paperCurrent = null;
		return this.#write((s) => discardPaperCurrent(s));
	}

	finishPaper(paper: PaperRecord): Promise<void> {
		this.paperCurrent = null;
		this.papers = [...this.papers, paper];
		return this.#write((s) => finishPaper(s, paper));
	}

	/**
	 * Runs `task` on the store in its turn, after every write asked for before
	 * it, then (unless `reload: false`) reads every record again, so the state
	 * shows what the task left: backup import and reset write behind the
	 * state's back. Unlike the other writes, a failure is thrown to the caller,
	 * which tells the learner.
	 */
	withStore<T>(
		task: (store: KeyValueStore) => Promise<T>,
		options: { reload?: boolean; /** The task replaced data (import, reset): other open tabs are told. */ replaces?: boolean } = {}
	): Promise<T> {
		return this.#queue.run(async () => {
			await this.open();
			try {
				return await task(this.#store!);
			} finally {
				// Also after a failure part-way: whatever did land is shown.
				if (options.reload !== false) await this.#reload();
				if (options.replaces) this.#broadcast.replaced();
			}
		});
	}

	/**
	 * Another tab imported a backup or reset everything: this tab reloads its
	 * records, and says so (a case open here holds its run in memory, and
	 * would otherwise write it back over what the other tab stored).
	 */
	#listenToOtherTabs() {
		this.#broadcast.listen(() => {
			this.replacedElsewhere = true;
			void this.reload();
		});
	}

	/** Reads every record again, once the writes asked for so far have landed. */
	reload(): Promise<void> {
		return this.withStore(async () => {});
	}

	async #reload(): Promise<void> {
		try {
			const loaded = await loadProgress(this.#store!, new Date());
			this.runs = loaded.runs;
			this.attempts = loaded.attempts;
			this.settings = loaded.settings;
			this.deck = loaded.deck;
			this.mistakes = loaded.mistakes;
			this.history = loaded.history;
			this.notes = loaded.notes;
			this.papers = loaded.papers;
			this.paperCurrent = loaded.paperCurrent;
			this.setAside = loaded.setAside;
			this.acceptedAssignments = await countAcceptedAssignments(this.#store!);
			if (loaded.writeError) this.#failed(loaded.writeError);
		} catch (e) {
			this.#failed(e);
		}
	}
}
