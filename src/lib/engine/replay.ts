import { findEnding } from './lines.ts';
import { StoryEngine, StoryRuntimeError, type Line, type OfferedChoice, type Passage } from './story-engine.ts';

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
 * Plays `choices` from the start of a compiled story. Pure and deterministic:
 * the same story and choices always give the same transcript, which is how
 * saved runs are resumed and results re-scored.
 * @throws ReplayError when a choice index is not offered at its turn.
 */
export function replay(story: string | object | StoryEngine, choices: readonly number[]): Transcript {
	const engine = story instanceof StoryEngine ? story : new StoryEngine(story);
	const turns: Turn[] = [];
	let passage: Passage = engine.continue();
	for (let k = 0; k < choices.length; k++) {
		const index = choices[k];
		if (!passage.choices.some((c) => c.index === index)) {
			throw new ReplayError(`Decision ${k + 1}: choice ${index} is not offered`, k);
		}
		turns.push({ lines: passage.lines, choices: passage.choices, chosen: index });
		try {
			passage = engine.choose(index);
		} catch (e) {
			if (e instanceof StoryRuntimeError) throw new ReplayError(e.message, k);
			throw e;
		}
	}
	turns.push({ lines: passage.lines, choices: passage.choices });
	return { turns, ended: passage.ended, ending: passage.ended ? findEnding(passage.lines) : undefined };
}
