/**
 * Re-scores a result package by replaying its choices through the story
 * version it names: the claimed scores are trusted only when the replay
 * reproduces them.
 */
import { misfit, replay, type Transcript } from '../engine/replay.ts';
import type { StoryEngine } from '../engine/story-engine.ts';
import { rulesOf, scoreTranscript, type RunResult } from '../scoring/score.ts';
import { claimedScores, type ResultPackage } from './result.ts';

export type Verdict = 'verified' | 'mismatch' | 'unknown-story';

export interface Verification {
	verdict: Verdict;
	/** The replayed result, when the story was known and the choices fit it. */
	result?: RunResult;
	/** Which claimed figures differ from the replay. */
	differences: string[];
}

function same(a: unknown, b: unknown): boolean {
	if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 0.05;
	return a === b;
}

/** A run whose choices cannot be replayed through the story at all. */
export function unfitting(reason: string): Verification {
	return { verdict: 'mismatch', differences: [`the choices do not fit the story (${reason})`] };
}

/** Compares a package's claimed scores with its replayed result. */
export function compareScores(pkg: ResultPackage, result: RunResult, ended: boolean): Verification {
	if (!ended) return { verdict: 'mismatch', result, differences: ['the choices stop before an ending'] };
	const actual = claimedScores(result);
	const claimed = pkg.scores;
	const differences: string[] = [];
	for (const key of ['total', 'quality', 'process', 'orderingErrors', 'ending'] as const) {
		if (!same(claimed[key], actual[key])) differences.push(`${key}: claimed ${claimed[key]}, replay gives ${actual[key]}`);
	}
	for (const fam of ['supportive', 'leading', 'influencing'] as const) {
		if (!same(claimed.families[fam], actual.families[fam]))
			differences.push(`${fam}: claimed ${claimed.families[fam]}, replay gives ${actual.families[fam]}`);
	}
	return { verdict: differences.length ? 'mismatch' : 'verified', result, differences };
}

/**
 * @param story the compiled story whose hash the package names, if known; pass
 * a StoryEngine to verify many packages of one story without re-parsing it
 * (verify-many.ts goes further and replays shared openings once).
 */
export function verifyResult(pkg: ResultPackage, story: string | StoryEngine | undefined): Verification {
	if (!story) return { verdict: 'unknown-story', differences: [] };
	let t: Transcript;
	try {
		t = replay(story, pkg.choices);
	} catch (e) {
		return unfitting(misfit(e));
	}
	return compareScores(pkg, scoreTranscript(t, [], rulesOf(pkg)), t.ended);
}
