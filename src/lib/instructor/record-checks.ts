/**
 * What an instructor can check of a result package against their own
 * records, beyond replaying its choices (verify.ts): that it answers one of
 * their assignments, for a case that assignment set, in the mode it set, in
 * the story version of that case and language, and at plausible times.
 *
 * None of this proves who the learner is: a static site has no accounts, and
 * whatever a learner's browser can compute, the learner can too. A package
 * passing every check was made by this app, for this assignment, with these
 * choices; the name on it is the name the learner typed.
 */
import type { Assignment } from './assignment.ts';
import type { ResultPackage } from './result.ts';
import { endOfDayEverywhere } from './time.ts';

export type FailedCheck =
	| { check: 'no-assignment' }
	| { check: 'unknown-assignment'; id: string }
	| { check: 'not-in-assignment'; scenarioId: string; assignment: string }
	| { check: 'mode'; claimed: 'practice' | 'exam'; set: 'practice' | 'exam' }
	| { check: 'story-version'; scenarioId: string; locale: string }
	| { check: 'before-assignment'; startedAt: string; createdAt: string }
	| { check: 'late'; finishedAt: string; due: string }
	| { check: 'future'; finishedAt: string }
	| { check: 'too-fast'; seconds: number; decisions: number }
	/** Other copies of the same attempt (same case, story, start and choices) say something else: another name, other scores. */
	| { check: 'conflict'; copies: number };

export interface RecordContext {
	/** The instructor's own assignments, by id. */
	assignments: ReadonlyMap<string, Assignment>;
	/** The case and language of a built-in story version, when this site has it. */
	builtInStory: (hash: string) => { scenarioId: string; locale: string } | undefined;
	now: number;
}

/** Clocks disagree: a learner's may run this far ahead of the instructor's without suspicion. */
export const CLOCK_SKEW_MS = 10 * 60_000;
/** Reading a passage and choosing takes longer than this per decision. */
export const MIN_SECONDS_PER_DECISION = 2;

/** Every check the package fails; none when it passes them all. */
export function recordChecks(pkg: ResultPackage, ctx: RecordContext): FailedCheck[] {
	const failed: FailedCheck[] = [];
	const started = Date.parse(pkg.startedAt);
	const finished = Date.parse(pkg.finishedAt);
	if (finished > ctx.now + CLOCK_SKEW_MS) failed.push({ check: 'future', finishedAt: pkg.finishedAt });
	const seconds = (finished - started) / 1000;
	if (seconds < pkg.choices.length * MIN_SECONDS_PER_DECISION)
		failed.push({ check: 'too-fast', seconds: Math.round(seconds), decisions: pkg.choices.length });

	const story = storyOf(pkg, ctx);
	if (story && (story.scenarioId !== pkg.scenarioId || story.locale !== pkg.locale))
		failed.push({ check: 'story-version', scenarioId: story.scenarioId, locale: story.locale });

	if (!pkg.assignmentId) return [{ check: 'no-assignment' }, ...failed];
	const a = ctx.assignments.get(pkg.assignmentId);
	if (!a) return [{ check: 'unknown-assignment', id: pkg.assignmentId }, ...failed];
	if (!a.scenarios.includes(pkg.scenarioId) && !a.custom.some((s) => s.id === pkg.scenarioId))
		failed.push({ check: 'not-in-assignment', scenarioId: pkg.scenarioId, assignment: a.title });
	if (pkg.mode !== a.mode) failed.push({ check: 'mode', claimed: pkg.mode, set: a.mode });
	if (started < Date.parse(a.createdAt) - CLOCK_SKEW_MS)
		failed.push({ check: 'before-assignment', startedAt: pkg.startedAt, createdAt: a.createdAt });
	if (a.due && finished > endOfDayEverywhere(a.due)) failed.push({ check: 'late', finishedAt: pkg.finishedAt, due: a.due });
	return failed;
}

/** The case and language a story version belongs to: built in, or one of the assignment's own stories. */
function storyOf(pkg: ResultPackage, ctx: RecordContext): { scenarioId: string; locale: string } | undefined {
	const builtIn = ctx.builtInStory(pkg.storyHash);
	if (builtIn) return builtIn;
	const own = pkg.assignmentId ? ctx.assignments.get(pkg.assignmentId)?.custom.find((s) => s.hash === pkg.storyHash) : undefined;
	return own && { scenarioId: own.id, locale: own.locale };
}
