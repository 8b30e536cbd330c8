/**
 * Learner progress as reactive state. Opened once in the browser (never at
 * module load or during prerender); every write goes through one queue so
 * saves land in order, and a failed write is reported without touching what
 * is already stored.
 */
import { openBrowserStore } from '../progress/browser-store.ts';
import type { KeyValueStore } from '../progress/kv-store.ts';
import {
	DEFAULT_SETTINGS,
	discardRun,
	finishRun,
	loadProgress,
	saveRun,
	saveSettings,
	setRunAside,
	type SetAside
} from '../progress/progress.ts';
import type { AttemptRecord, RunRecord, SettingsRecord } from '../progress/records.ts';

export class ProgressState {
	ready = $state(false);
	/** False when storage is unavailable and progress lives in memory only. */
	persistent = $state(true);
	/** The last storage failure, shown to the learner. */
	storageError = $state<string | undefined>();
	runs = $state.raw(new Map<string, RunRecord>());
	attempts = $state.raw<AttemptRecord[]>([]);
	setAside = $state.raw<SetAside[]>([]);
	settings = $state.raw<SettingsRecord>(DEFAULT_SETTINGS);

	#store?: KeyValueStore;
	#opening?: Promise<void>;
	#queue: Promise<unknown> = Promise.resolve();

	/** Idempotent; `opener` is replaceable for tests. */
	open(opener = openBrowserStore): Promise<void> {
		this.#opening ??= (async () => {
			const opened = await opener();
			this.#store = opened.store;
			this.persistent = opened.persistent;
			if (opened.error) this.storageError = opened.error;
			try {
				const loaded = await loadProgress(opened.store, new Date());
				this.runs = loaded.runs;
				this.attempts = loaded.attempts;
				this.settings = loaded.settings;
				this.setAside = loaded.setAside;
			} catch (e) {
				this.storageError = e instanceof Error ? e.message : String(e);
			}
			this.ready = true;
		})();
		return this.#opening;
	}

	#write(task: (store: KeyValueStore) => Promise<void>): Promise<void> {
		const run = this.#queue.then(async () => {
			await this.open();
			try {
				await task(this.#store!);
			} catch (e) {
				this.storageError = e instanceof Error ? e.message : String(e);
			}
		});
		this.#queue = run;
		return run;
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
		this.setAside = [...this.setAside, { key: `run:${run.scenarioId}`, kind: 'run', reason: 'invalid', detail }];
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
}

export const progress = new ProgressState();
