/**
 * What a SCO tells a SCORM 1.2 LMS, as (element, value) pairs: one
 * `cmi.interactions.n` per decision, and the score and status of the run.
 * The figures come from the scoring module's RunResult, never computed here.
 *
 * SCORM 1.2 has no free-form field on an interaction, so the decision's tags
 * travel as its objective ids (`phase-intake`, `quality-best`,
 * `technique-listening`, one objective each) and its id names the decision:
 * `d<n>-<ink path>` (README, "Into your LMS").
 */
import type { Turn } from '../engine/replay.ts';
import type { RunResult, ScoredDecision } from '../scoring/score.ts';

export type CmiWrite = readonly [element: string, value: string];
export type LessonStatus = 'passed' | 'failed' | 'completed' | 'incomplete';

const CHOICE_LETTERS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A CMIIdentifier: printable ASCII without spaces, at most 255 characters. */
const identifier = (s: string) => s.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 255);

/** A choice as SCORM 1.2 writes one for a `choice` interaction: a single character 0–9 or a–z (the story's own index). */
export function choiceLetter(index: number): string {
	return CHOICE_LETTERS[index] ?? '?';
}

/** CMITimespan, `HHHH:MM:SS.SS` (hours at most 9999). */
export function sessionTime(ms: number): string {
	const cs = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
	const h = Math.floor(cs / 360000);
	const m = Math.floor((cs % 360000) / 6000);
	const s = (cs % 6000) / 100;
	const two = (n: number) => String(n).padStart(2, '0');
	return `${String(h).padStart(4, '0')}:${two(m)}:${s.toFixed(2).padStart(5, '0')}`;
}

/** CMITime, `HH:MM:SS`, the learner's local clock. */
export function cmiTime(at: Date): string {
	return [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Passed or failed against the pass mark; `completed` when the assignment set none. */
export function lessonStatus(total: number, passMark: number | undefined): LessonStatus {
	if (passMark === undefined) return 'completed';
	return total >= passMark ? 'passed' : 'failed';
}

/** The interaction id of a decision: its number and where it sits in the story. */
export function interactionId(d: Pick<ScoredDecision, 'n' | 'sourcePath'>): string {
	return identifier(`d${d.n}-${d.sourcePath}`);
}

/** The objective ids that carry a decision's phase, quality and techniques. */
export function decisionObjectives(d: Pick<ScoredDecision, 'phase' | 'quality' | 'techniques'>): string[] {
	return [
		...(d.phase ? [`phase-${d.phase}`] : []),
		...(d.quality ? [`quality-${d.quality}`] : []),
		...d.techniques.map((t) => `technique-${t}`)
	].map(identifier);
}

/** The turns on which a choice was taken, in order: turn k of these is decision k + 1. */
export function decidedTurns(turns: readonly Turn[]): Turn[] {
	return turns.filter((t) => t.chosen !== undefined);
}

/**
 * `cmi.interactions.<slot>.*` for a decision. `turn` is the turn it was taken
 * on (for the chosen index and the best options); `result` is correct for a
 * best or good choice, wrong for a weak or harmful one, neutral untagged.
 */
export function interactionWrites(slot: number, d: ScoredDecision, turn: Turn, at: Date): CmiWrite[] {
	const p = `cmi.interactions.${slot}`;
	const best = turn.choices.filter((c) => c.tags.quality === 'best').map((c) => choiceLetter(c.index));
	const result = d.quality === undefined ? 'neutral' : d.quality === 'best' || d.quality === 'good' ? 'correct' : 'wrong';
	return [
		[`${p}.id`, interactionId(d)],
		...decisionObjectives(d).map((id, i): CmiWrite => [`${p}.objectives.${i}.id`, id]),
		[`${p}.time`, cmiTime(at)],
		[`${p}.type`, 'choice'],
		...(best.length ? [[`${p}.correct_responses.0.pattern`, best.join(',')] as CmiWrite] : []),
		[`${p}.student_response`, choiceLetter(turn.chosen ?? -1)],
		[`${p}.result`, result]
	];
}

/** The run's score, 0–100. */
export function scoreWrites(result: Pick<RunResult, 'total'>): CmiWrite[] {
	return [
		['cmi.core.score.raw', String(result.total)],
		['cmi.core.score.min', '0'],
		['cmi.core.score.max', '100']
	];
}

/** While in progress: incomplete, and what a relaunch resumes from. */
export function progressWrites(suspendData: string | null): CmiWrite[] {
	return [
		['cmi.core.lesson_status', 'incomplete'],
		...(suspendData === null ? [] : [['cmi.suspend_data', suspendData] as CmiWrite]),
		['cmi.core.exit', 'suspend']
	];
}

/** At the end: the score, the status against the pass mark, and this session's time. */
export function finalWrites(result: Pick<RunResult, 'total'>, passMark: number | undefined, sessionMs: number): CmiWrite[] {
	return [
		...scoreWrites(result),
		['cmi.core.lesson_status', lessonStatus(result.total, passMark)],
		['cmi.core.session_time', sessionTime(sessionMs)],
		// Nothing is left to resume: a relaunch of a finished attempt starts afresh.
		['cmi.suspend_data', ''],
		['cmi.core.exit', '']
	];
}
