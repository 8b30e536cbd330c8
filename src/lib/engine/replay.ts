import { findEnding } from './lines.ts';
import { StoryEngine, StoryLoadError, StoryRuntimeError, type Line, type OfferedChoice, type Passage } from './story-engine.ts';

/** One passage and the decision taken after it (none on the last turn). */
export interface Turn {
	lines: Line[];
	choices: OfferedChoice[];
	chosen?: number;
}

export interface Transcript {
	turns: Turn[];
	ended: boolean;
	/** The `#ending:` kind, when the story reached one. */
	ending?: string;
}

export class ReplayError extends Error {
	override name = 'ReplayError';
	constructor(
		message: string,
		/** How many choices replayed cleanly before the failure. */
		readonly validPrefix: number
	) {
		super(message);
	}
}

export { findEnding };

/**
 * Takes decision `k` (0-based) of a replay: choice `index` from `passage`,
 * the passage the engine shows now. Every replay (resume, undo, verifying
 * results) steps through this one function.
 * @throws ReplayError when the choice is not offered or the story fails on it.
 */
export function replayStep(engine: StoryEngine, passage: Pick<Passage, 'choices'>, index: number, k: number): Passage {
	if (!passage.choices.some((c) => c.index === index)) {
		throw new ReplayError(`Decision ${k + 1}: choice ${index} is not offered`, k);
	}
	try {
		return engine.choose(index);
	} catch (e) {
		if (e instanceof StoryRuntimeError) throw new ReplayError(e.message, k);
		throw e;
	}
}

/**
 * Why a run's choices do not fit the story, when `e` says so (a choice not
 * offered, a story that fails or does not load); anything else is rethrown.
 */
export function misfit(e: unknown): string {
	if (e instanceof ReplayError || e instanceof StoryRuntimeError || e instanceof StoryLoadError) return e.message;
	throw e;
}

/** The transcript of `passages[d]` shown after `d` of `choices`, the last one after all of them. */
export function transcriptOf(passages: readonly Passage[], choices: readonly number[]): Transcript {
	const last = passages[choices.length];
	return {
		turns: [
			...choices.map((chosen, d) => ({ lines: passages[d].lines, choices: passages[d].choices, chosen })),
			{ lines: last.lines, choices: last.choices }
		],
		ended: last.ended,
		ending: last.ended ? findEnding(last.lines) : undefined
	};
}

/**
 * Plays `choices` from the start of a compiled story. Pure and deterministic:
 * the same story and choices always give the same transcript, which is how
 * saved runs are resumed and results re-scored. A StoryEngine passed in is
 * reset first, so one parsed story serves many replays.
 * @throws ReplayError when a choice index is not offered at its turn.
 */
export function replay(story: string | object | StoryEngine, choices: readonly number[]): Transcript {
	let engine: StoryEngine;
	if (story instanceof StoryEngine) {
		engine = story;
		engine.reset();
	} else engine = new StoryEngine(story);
	const passages: Passage[] = [engine.continue()];
	for (let k = 0; k < choices.length; k++) passages.push(replayStep(engine, passages[k], choices[k], k));
	return transcriptOf(passages, choices);
}
