import { replay } from '../engine/replay';
import type { StoryEngine } from '../engine/story-engine';
import { scoreTranscript, type RunResult } from './score';

export * from './score';

/** Re-scores a run from nothing but the compiled story and the choice indices taken. */
export function scoreRun(story: string | object | StoryEngine, choices: readonly number[]): RunResult {
	return scoreTranscript(replay(story, choices));
}
