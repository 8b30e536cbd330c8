/**
 * Re-scores a result package by replaying its choices through the story
 * version it names: the claimed scores are trusted only when the replay
 * reproduces them.
 */
import { replay, ReplayError } from '../engine/replay.ts';
import { StoryEngine, StoryLoadError, StoryRuntimeError } from '../engine/story-engine.ts';
import { scoreTranscript, type RunResult } from '../scoring/score.ts';
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

/**
 * @param story the compiled story whose hash the package names, if known; pass
 * a StoryEngine to verify many packages of one story without re-parsing it.
 */
export function verifyResult(pkg: ResultPackage, story: string | StoryEngine | undefined): Verification {
	if (!story) return { verdict: 'unknown-story', differences: [] };
	let result: RunResult;
	try {
		if (story instanceof StoryEngine) story.reset();
		const t = replay(story, pkg.choices);
		result = scoreTranscript(t);
		if (!t.ended) return { verdict: 'mismatch', result, differences: ['the choices stop before an ending'] };
	} catch (e) {
		if (e instanceof ReplayError || e instanceof StoryRuntimeError || e instanceof StoryLoadError)
			return { verdict: 'mismatch', differences: [`the choices do not fit the story (${e.message})`] };
		throw e;
	}
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
