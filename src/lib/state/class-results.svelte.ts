/**
 * The instructor's class dashboard: imported result packages, verified by
 * replaying them in a worker pool, kept in the instructor's browser, sorted
 * and exported. Loading, importing and removing run one after another, so
 * each sees the rows and keys the previous one left.
 */
import { downloadText } from '../browser/download.ts';
import { VerifyPool, poolSize, spawnVerifyWorker } from '../browser/verify-pool.ts';
import { findStoryByHash, loadStory, scenarioMeta } from '../content/catalogue.ts';
import type { Locale } from '../i18n/messages.ts';
import type { Assignment } from '../instructor/assignment.ts';
import { classAverages, rowsToCsv, sortRows, toRow, withConflicts, type ClassRow, type SortKey } from '../instructor/dashboard.ts';
import { recordChecks } from '../instructor/record-checks.ts';
import type { ResultPackage } from '../instructor/result.ts';
import { fileInput, nextSort, pastedInputs, verifiedStatements, type ImportInput } from '../instructor/result-import.ts';
import type { Verification } from '../instructor/verify.ts';
import { loadCustomStories } from '../progress/custom-stories.ts';
import { openBrowserStore, type OpenedStore } from '../progress/browser-store.ts';
import { loadResults, planImport, removeResult, resultKey, type ImportReport, type StoredResult } from '../progress/class-results.ts';
import { loadAssignments } from '../progress/instructor-assignments.ts';
import type { KeyValueStore } from '../progress/kv-store.ts';

/** What the dashboard needs of the worker pool. */
export interface Verifier {
	warm(): void;
	verify(
		packages: readonly ResultPackage[],
		stories: ReadonlyMap<string, string>,
		onProgress?: (done: number, total: number) => void
	): Promise<Verification[]>;
	dispose(): void;
}

export type StoryLookup = (hash: string, store: KeyValueStore) => Promise<{ json: string; title: string } | undefined>;

export interface ClassResultsOptions {
	locale: () => Locale;
	open?: () => Promise<OpenedStore>;
	pool?: () => Verifier;
	/** The story a package was played in, by version hash. */
	story?: StoryLookup;
	download?: (filename: string, text: string, type?: string) => void;
	/** The instructor's clock, for the record checks (results finished in the future). */
	now?: () => number;
}

/** Built in or the instructor's own. */
const builtInOrOwn: StoryLookup = async (hash, store) => {
	const meta = findStoryByHash(hash);
	const found = meta
		? { json: await loadStory(meta.id, meta.locale as Locale), title: meta.title }
		: ((await loadCustomStories(store)).find((s) => s.hash === hash) ??
			[...(await loadAssignments(store)).values()].flatMap((a) => a.custom).find((s) => s.hash === hash));
	return found ? { json: found.json, title: found.title } : undefined;
};

const browserPool = (): Verifier => new VerifyPool(spawnVerifyWorker, { size: poolSize(navigator.hardwareConcurrency) });

const builtInStory = (hash: string) => {
	const meta = findStoryByHash(hash);
	return meta && { scenarioId: meta.id, locale: meta.locale };
};

export class ClassResults {
	#o: ClassResultsOptions;
	rows = $state.raw<ClassRow[]>([]);
	sortKey = $state<SortKey>('finishedAt');
	ascending = $state(false);
	report = $state.raw<ImportReport | null>(null);
	pasted = $state('');
	/** The row whose debrief is open. */
	open = $state<string | null>(null);
	progress = $state<{ done: number; total: number } | null>(null);
	/** Why the last import was not saved. */
	saveError = $state<string | null>(null);
	/** Titles of the instructor's own cases, by story version. */
	titles = $state.raw<ReadonlyMap<string, string>>(new Map());

	readonly sorted = $derived.by(() => sortRows(this.rows, this.sortKey, this.ascending, this.#o.locale()));
	readonly averages = $derived(classAverages(this.rows));

	#opened: Promise<KeyValueStore> | undefined;
	#pool: Verifier | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	#stories = new Map<string, Promise<{ json: string; title: string } | undefined>>();

	constructor(options: ClassResultsOptions) {
		this.#o = options;
	}

	/** Starts the workers and loads the stored results; returns what stops the workers. */
	start(): () => void {
		// Loading the workers' code now means the first import does not wait for it.
		this.#verifier().warm();
		void this.#serially(async () => {
			const store = await this.#store();
			const assignments = loadAssignments(store);
			this.rows = withConflicts(await this.#verifyAll(await loadResults(store), assignments));
		});
		return () => this.dispose();
	}

	dispose(): void {
		this.#pool?.dispose();
		this.#pool = undefined;
	}

	/** Validates, stores and verifies inputs; the rows already shown stay as they are. */
	ingest(inputs: ImportInput[]): Promise<void> {
		return this.#serially(async () => {
			const store = await this.#store();
			// Read before the write below is queued: IndexedDB would make a read wait for the whole write.
			const assignments = loadAssignments(store);
			// Rows loaded from older keys are known by their content too.
			const plan = planImport([...(await store.keys()), ...this.rows.map((r) => resultKey(r.pkg))], inputs);
			this.saveError = null;
			// Verifying does not wait for the write; only the new packages are verified.
			const verifying = this.#verifyAll(
				plan.entries.map(([key, pkg]) => ({ key, pkg })),
				assignments
			);
			try {
				await store.setMany(plan.entries);
			} catch (e) {
				verifying.catch(() => {});
				this.report = null;
				this.saveError = e instanceof Error ? e.message : String(e);
				return;
			}
			this.report = plan.report;
			this.rows = withConflicts([...this.rows, ...(await verifying)]);
		});
	}

	async importFiles(files: Iterable<{ name: string; size: number; text(): Promise<string> }> | null | undefined): Promise<void> {
		const list = [...(files ?? [])];
		if (!list.length) return;
		await this.ingest(await Promise.all(list.map(fileInput)));
	}

	async importPasted(): Promise<void> {
		await this.ingest(pastedInputs(this.pasted));
		this.pasted = '';
	}

	sortBy(key: SortKey): void {
		const next = nextSort({ key: this.sortKey, ascending: this.ascending }, key);
		this.sortKey = next.key;
		this.ascending = next.ascending;
	}

	toggle(key: string): void {
		this.open = this.open === key ? null : key;
	}

	remove(row: ClassRow): Promise<void> {
		return this.#serially(async () => {
			await removeResult(await this.#store(), row);
			// The other rows were verified already: nothing to replay again.
			this.rows = withConflicts(this.rows.filter((r) => r.key !== row.key));
		});
	}

	/** A built-in case by its title in the page's language; an instructor's own by the title it was saved with. */
	titleOf(pkg: ResultPackage): string {
		return scenarioMeta(pkg.scenarioId, this.#o.locale())?.title ?? this.titles.get(pkg.storyHash) ?? pkg.scenarioId;
	}

	exportCsv(): void {
		this.#download('class-results.csv', rowsToCsv(this.sorted), 'text/csv');
	}

	async exportXapi(origin: string): Promise<void> {
		const assignments = await loadAssignments(await this.#store());
		const statements = await verifiedStatements(this.rows, origin, {
			title: async (r) => (await this.#storyFor(r.pkg.storyHash))?.title ?? r.pkg.scenarioId,
			passMark: (r) => (r.pkg.assignmentId ? assignments.get(r.pkg.assignmentId)?.passMark : undefined)
		});
		this.#download('casework-xapi-statements.json', JSON.stringify(statements, null, 1));
	}

	#download(filename: string, text: string, type?: string): void {
		(this.#o.download ?? downloadText)(filename, text, type);
	}

	#serially(job: () => Promise<void>): Promise<void> {
		const run = this.#queue.then(job);
		this.#queue = run.catch(() => {});
		return run;
	}

	#store(): Promise<KeyValueStore> {
		this.#opened ??= (this.#o.open ?? openBrowserStore)().then((opened) => opened.store);
		return this.#opened;
	}

	#verifier(): Verifier {
		this.#pool ??= (this.#o.pool ?? browserPool)();
		return this.#pool;
	}

	#storyFor(hash: string) {
		let found = this.#stories.get(hash);
		if (!found) {
			found = this.#store().then((store) => (this.#o.story ?? builtInOrOwn)(hash, store));
			this.#stories.set(hash, found);
		}
		return found;
	}

	/**
	 * Replays every package in the workers (the page's own thread stays free to show progress) and
	 * checks each against the instructor's own assignments.
	 */
	async #verifyAll(stored: StoredResult[], assigned: Promise<Map<string, Assignment>>): Promise<ClassRow[]> {
		if (!stored.length) return assigned.then(() => []);
		const pkgs = stored.map((s) => s.pkg);
		const known = new Map<string, string>();
		const titles = new Map(this.titles);
		await Promise.all(
			[...new Set(pkgs.map((p) => p.storyHash))].map(async (hash) => {
				const story = await this.#storyFor(hash);
				if (story) known.set(hash, story.json);
				if (story && !findStoryByHash(hash)) titles.set(hash, story.title);
			})
		);
		const assignments = await assigned;
		for (const a of assignments.values()) for (const s of a.custom) if (!titles.has(s.hash)) titles.set(s.hash, s.title);
		this.titles = titles;
		try {
			const checks = await this.#verifier().verify(pkgs, known, (done, total) => (this.progress = { done, total }));
			const ctx = { assignments, builtInStory, now: (this.#o.now ?? Date.now)() };
			return stored.map(({ key, pkg }, i) => toRow(key, pkg, checks[i], recordChecks(pkg, ctx)));
		} finally {
			this.progress = null;
		}
	}
}
