/**
 * `cmi.suspend_data` of a SCO: what a relaunch needs to come back at the same
 * decision with the same option order, in SCORM 1.2's 4,096 characters.
 *
 * `CWS1.<mode>.<seed>.<story hash>.<reported>.<choices>`: mode `e` or `p`,
 * the run's option-order seed and the count of decisions already written as
 * interactions in base 36, the story version, and one character per choice
 * taken (the story's own index, 0–9a–zA–Z). Forty characters plus one per
 * decision: a run of 4,000 decisions still fits.
 */
import type { ScoMode } from './scorm-launch.ts';

export const SUSPEND_LIMIT = 4096;
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface SuspendState {
	mode: ScoMode;
	seed: number;
	storyHash: string;
	/** The story's choice indices, in the order taken. */
	choices: number[];
	/** Decisions already written to `cmi.interactions`, so a relaunch does not write them again. */
	reported: number;
}

/** The suspend_data string, or null when it cannot be written (a choice index over 61, or over the limit). */
export function encodeSuspend(s: SuspendState): string | null {
	if (!/^[0-9a-f]{1,64}$/.test(s.storyHash)) return null;
	let choices = '';
	for (const c of s.choices) {
		if (!Number.isInteger(c) || c < 0 || c >= DIGITS.length) return null;
		choices += DIGITS[c];
	}
	const text = ['CWS1', s.mode === 'exam' ? 'e' : 'p', (s.seed >>> 0).toString(36), s.storyHash, s.reported.toString(36), choices].join(
		'.'
	);
	return text.length <= SUSPEND_LIMIT ? text : null;
}

/** The state in a suspend_data string, or null when it is empty or not ours. */
export function decodeSuspend(text: string): SuspendState | null {
	const m = /^CWS1\.([ep])\.([0-9a-z]{1,7})\.([0-9a-f]{1,64})\.([0-9a-z]{1,4})\.([0-9a-zA-Z]*)$/.exec(text);
	if (!m) return null;
	const seed = parseInt(m[2], 36);
	const choices = [...m[5]].map((c) => DIGITS.indexOf(c));
	const reported = parseInt(m[4], 36);
	if (seed > 0xffffffff || reported > choices.length) return null;
	return { mode: m[1] === 'e' ? 'exam' : 'practice', seed, storyHash: m[3], choices, reported };
}
