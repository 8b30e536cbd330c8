import { replay } from '../engine/replay.ts';
import type { StoryEngine } from '../engine/story-engine.ts';
import { scoreTranscript, type RunResult, type ScoringRules, type UndoneChoice } from './score.ts';

export * from './score.ts';
export { runningTotal } from './running.ts';

/** Re-scores a run (by the rules it was made under) from nothing but the compiled story and the choice indices taken (and those withdrawn, for the transcript). */
export function scoreRun(
	story: string | object | StoryEngine,
	choices: readonly number[],
	undone: readonly UndoneChoice[] = [],
	rules?: ScoringRules
): RunResult {
	return scoreTranscript(replay(story, choices), undone, rules);
}
