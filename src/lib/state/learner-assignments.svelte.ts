/**
 * The learner's assignments page: an assignment arriving by link or file,
 * accepting it under a name, and the accepted ones with the cases finished.
 */
import { ImportError, readAssignmentCode, readAssignmentFile, type Assignment } from '../instructor/assignment.ts';
import type { ResultPackage } from '../instructor/result.ts';
import { openBrowserStore, type OpenedStore } from '../progress/browser-store.ts';
import { acceptAssignment, loadAccepted, loadSubmissions, type Accepted } from '../progress/learner-assignments.ts';

/** Larger files are not read: no assignment is that big. */
const MAX_FILE_BYTES = 2_000_000;

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
	problem = $state<string | null>(null);
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
		if (code) this.#show(() => readAssignmentCode(code));
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
			this.problem = 'file too large';
			return;
		}
		const content = await file.text();
		this.#show(() => readAssignmentFile(content));
	}

	async accept(): Promise<void> {
		if (!this.incoming || !this.name.trim()) return;
		// The store may still be opening when a quick learner accepts: wait for it rather than lose the acceptance.
		await acceptAssignment(await this.#store(), this.incoming, this.name, this.#o.now?.() ?? new Date());
		this.incoming = null;
		this.#o.forgetCode?.();
		await this.refresh();
	}

	#show(read: () => Assignment): void {
		try {
			const a = read();
			this.problem = null;
			const known = this.accepted.find((x) => x.assignment.id === a.id);
			this.incoming = known ? null : a;
		} catch (e) {
			this.incoming = null;
			this.problem = e instanceof ImportError ? e.message : String(e);
		}
	}

	async #store() {
		return (await (this.#o.open ?? openBrowserStore)()).store;
	}
}
