/**
 * The assignment side of a run (`?assignment=<id>`): which accepted
 * assignment the case belongs to, the result package a finished run makes,
 * and its saving. Imported only when a case is opened from an assignment, so
 * the result-package code stays out of the ordinary player's bundle.
 */
import { claimedScores, type ResultPackage } from '../instructor/result.ts';
import { openBrowserStore } from '../progress/browser-store.ts';
import type { KeyValueStore } from '../progress/kv-store.ts';
import { loadAccepted, saveSubmission, type Accepted } from '../progress/learner-assignments.ts';
import type { RunResult } from '../scoring/score.ts';

export type OpenStore = () => Promise<{ store: KeyValueStore }>;

/** What a finished run contributes to its result package. */
export interface FinishedRun {
	scenarioId: string;
	locale: 'zh-CN' | 'en';
	storyHash: string;
	mode: 'practice' | 'exam';
	startedAt: Date;
	finishedAt: string;
	choices: number[];
	result: RunResult;
}

export class AssignmentRun {
	/** The accepted assignment with this id; null until read, or when there is none. */
	accepted = $state.raw<Accepted | null>(null);
	/** Settles once the assignment has been looked up. */
	readonly read: Promise<void>;

	#open: OpenStore;
	#submitted: ResultPackage | undefined;

	constructor(id: string, open: OpenStore = openBrowserStore) {
		this.#open = open;
		this.read = open()
			.then(({ store }) => loadAccepted(store))
			.then((all) => {
				this.accepted = all.find((a) => a.assignment.id === id) ?? null;
			});
	}

	/** The result package of `run` for this assignment; null when the assignment is unknown. */
	packageFor(run: FinishedRun): ResultPackage | null {
		const accepted = this.accepted;
		if (!accepted) return null;
		return {
			kind: 'casework-result',
			v: 1,
			learner: accepted.learner,
			assignmentId: accepted.assignment.id,
			scenarioId: run.scenarioId,
			locale: run.locale,
			storyHash: run.storyHash,
			mode: run.mode,
			startedAt: run.startedAt.toISOString(),
			finishedAt: run.finishedAt,
			choices: run.choices,
			scoring: run.result.rules,
			scores: claimedScores(run.result)
		};
	}

	/** Keeps `pkg` as the learner's submission; a package already submitted is not saved again. */
	async submit(pkg: ResultPackage): Promise<void> {
		if (pkg === this.#submitted) return;
		this.#submitted = pkg;
		const { store } = await this.#open();
		await saveSubmission(store, pkg);
	}
}
