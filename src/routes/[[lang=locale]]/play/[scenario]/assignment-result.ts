/**
 * The assignment side of a run (`?assignment=<id>`): loaded only when a case
 * is opened from an assignment, so the result-package code (schemas, fflate)
 * stays out of the ordinary player's bundle.
 */
import { loadAccepted, saveSubmission, type Accepted } from '$lib/progress/learner-assignments';
import { claimedScores, type ResultPackage } from '$lib/instructor/result';
import { openBrowserStore } from '$lib/progress/browser-store';
import type { RunResult } from '$lib/scoring/score';

export async function findAccepted(id: string): Promise<Accepted | null> {
	const { store } = await openBrowserStore();
	return (await loadAccepted(store)).find((a) => a.assignment.id === id) ?? null;
}

export function buildPackage(
	accepted: Accepted,
	run: {
		scenarioId: string;
		locale: 'zh-CN' | 'en';
		storyHash: string;
		mode: 'practice' | 'exam';
		startedAt: Date;
		finishedAt: string;
		choices: number[];
		result: RunResult;
	}
): ResultPackage {
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
		scores: claimedScores(run.result)
	};
}

export async function submit(pkg: ResultPackage): Promise<void> {
	const { store } = await openBrowserStore();
	await saveSubmission(store, pkg);
}
