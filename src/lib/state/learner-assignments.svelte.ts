/**
 * The learner's assignments page: an assignment arriving by link or file,
 * accepting it under a name, and the accepted ones with the cases finished.
 */
import { SCENARIO_IDS } from '../content/catalogue.ts';
import { readAssignmentCode, readAssignmentFile, type Assignment } from '../instructor/assignment.ts';
import { ImportError, problemOf, type ImportProblem } from '../instructor/import-error.ts';
import { LIMITS } from '../instructor/limits.ts';
import type { ResultPackage } from '../instructor/result.ts';
import { openBrowserStore, type OpenedStore } from '../progress/browser-store.ts';
import { acceptAssignment, loadAccepted, loadSubmissions, type Accepted } from '../progress/learner-assignments.ts';

/** Larger files are not read: no assignment is that big. */
const MAX_FILE_BYTES = LIMITS.jsonBytes;

/** Its own stories are checked only for an assignment that has some: the check brings the ink runtime. */
async function checkStories(a: Assignment): Promise<void> {
	if (!a.custom.length) return;
	const { checkAssignmentStories } = await import('../instructor/assignment-stories.ts');
	await checkAssignmentStories(a);
}

function sameAssignment(a: Assignment, b: Assignment): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export interface LearnerAssignmentsOptions {
	open?: () => Promise<OpenedStore>;
	now?: () => Date;
	/** Drops the code from the address once accepted, so a reload does not offer it again. */
	forgetCode?: () => void;
}

export class LearnerAssignments {
	#o: LearnerAssignmentsOptions;
	incoming = $state.raw<Assignment | null>(null);
	/** Why the assignment offered could not be read. */
	problem = $state.raw<ImportProblem | null>(null);
	/** The assignment offered is one already accepted: nothing to do. */
	alreadyAccepted = $state(false);
	accepted = $state.raw<Accepted[]>([]);
	submissions = $state.raw<Record<string, Map<string, ResultPackage>>>({});
	name = $state('');
	ready = $state(false);
	#refreshes = 0;

	constructor(options: LearnerAssignmentsOptions = {}) {
		this.#o = options;
	}

	/** Lists the accepted assignments, then offers the one in `code` (the link's fragment), if any. */
	async start(code: string): Promise<void> {
		await this.refresh();
		if (code) await this.#show(() => readAssignmentCode(code, { scenarios: SCENARIO_IDS }));
		this.ready = true;
	}

	/** Re-reads the list; a slower, older read (the one started on load) never overwrites a newer one. */
	async refresh(): Promise<void> {
		const mine = ++this.#refreshes;
		const store = await this.#store();
		const list = await loadAccepted(store);
		const subs: Record<string, Map<string, ResultPackage>> = {};
		for (const a of list) subs[a.assignment.id] = await loadSubmissions(store, a.assignment.id);
		if (mine !== this.#refreshes) return;
		this.accepted = list;
		this.submissions = subs;
	}

	async openFile(file: { size: number; text(): Promise<string> } | undefined): Promise<void> {
		if (!file) return;
		if (file.size > MAX_FILE_BYTES) {
			this.incoming = null;
			this.problem = { code: 'file-too-large', what: 'assignment', max: MAX_FILE_BYTES, size: file.size };
			return;
		}
		const content = await file.text();
		await this.#show(() => readAssignmentFile(content, { scenarios: SCENARIO_IDS }));
	}

	async accept(): Promise<void> {
		if (!this.incoming || !this.name.trim()) return;
		// The store may still be opening when a quick learner accepts: wait for it rather than lose the acceptance.
		await acceptAssignment(await this.#store(), this.incoming, this.name, this.#o.now?.() ?? new Date());
		this.incoming = null;
		this.#o.forgetCode?.();
		await this.refresh();
	}

	async #show(read: () => Assignment): Promise<void> {
		this.alreadyAccepted = false;
		try {
			const a = read();
			const known = this.accepted.find((x) => x.assignment.id === a.id)?.assignment;
			// The same id with other content is a forged or mistaken link, never a silent no-op.
			if (known && !sameAssignment(known, a)) throw new ImportError({ code: 'id-reused', title: a.title, known: known.title });
			if (!known) await checkStories(a);
			this.problem = null;
			this.alreadyAccepted = !!known;
			this.incoming = known ? null : a;
		} catch (e) {
			this.incoming = null;
			this.problem = problemOf(e);
		}
	}

	async #store() {
		return (await (this.#o.open ?? openBrowserStore)()).store;
	}
}
