/**
 * A typed wrapper over the inkjs runtime: continue, choose, snapshot,
 * restore, with every tag already parsed. Imports the runtime entry only,
 * never the compiler (that stays in Node and the authoring page).
 */
import { Story } from 'inkjs';
import type { PhaseId, Reaction } from '../domain/casework.ts';
import { parseChoiceTags, parseGlobalTags, parseLineTags, type ChoiceTags, type GlobalTags, type LineTags } from './tags.ts';

export interface Line {
	text: string;
	speaker?: string;
	feedback: boolean;
	phase?: PhaseId;
	ending?: string;
	reaction?: Reaction;
	tags: LineTags;
}

export interface OfferedChoice {
	index: number;
	text: string;
	/** Stable position of the choice in the story: equal across locales. */
	sourcePath: string;
	tags: ChoiceTags;
	rawTags: string[];
}

/** What the player shows between two decisions. */
export interface Passage {
	lines: Line[];
	choices: OfferedChoice[];
	/** No choices and nothing left to continue. */
	ended: boolean;
}

export class StoryLoadError extends Error {
	override name = 'StoryLoadError';
}
export class StoryRuntimeError extends Error {
	override name = 'StoryRuntimeError';
}

/**
 * How many runtime steps one passage may take. The longest passage in the
 * built stories takes a few hundred; a story that diverts round in a circle
 * without ever offering a choice (`=== loop === -> loop`) would otherwise
 * hang whatever runs it, from the learner's tab to the verify workers.
 */
export const STEP_LIMIT = 200_000;

/**
 * How deep tunnels and function calls may nest, and how many threads may run
 * at once. A story that tunnels or threads into itself (`-> k ->`, `<- k`)
 * grows the call stack on every round, and inkjs copies that stack at every
 * line of text, so it would take minutes, not STEP_LIMIT's second, to stop.
 */
export const NESTING_LIMIT = 1000;

/** The story ran past STEP_LIMIT (or NESTING_LIMIT) between two decisions: it loops without end. */
export class StoryLoopError extends StoryRuntimeError {
	override name = 'StoryLoopError';
	constructor(
		/** The ink path where it was stopped, e.g. `loop` or `knot.stitch.0`. */
		readonly at: string,
		/** Which limit stopped it: the steps of one passage, or the nesting of tunnels and threads. */
		readonly limit: 'steps' | 'nesting' = 'steps'
	) {
		const why =
			limit === 'steps'
				? `after ${STEP_LIMIT.toLocaleString('en')} steps`
				: `with tunnels or threads nested more than ${NESTING_LIMIT.toLocaleString('en')} deep`;
		super(`The story runs in a circle without reaching a choice or an ending (stopped ${why} at ${at})`);
	}
}

/** The one inkjs internal the step limit hooks into: one runtime step of Continue(). */
interface Stepping {
	ContinueSingleStep(): boolean;
	_recursiveContinueCount: number;
	_asyncContinueActive: boolean;
}

export class StoryEngine {
	readonly story: Story;
	readonly globals: GlobalTags;
	#globalTagCount: number;
	#started = false;
	#errors: string[] = [];
	/** Steps taken in the current passage (an object, so the step hook reads no private field). */
	#budget = { steps: 0 };

	/** @throws StoryLoadError when the JSON is not a compiled ink story. */
	constructor(json: string | object) {
		try {
			this.story = new Story(typeof json === 'string' ? json : JSON.stringify(json));
		} catch (e) {
			throw new StoryLoadError(e instanceof Error ? e.message : String(e));
		}
		this.story.onError = (message) => {
			this.#errors.push(message);
		};
		const stepping = this.story as unknown as Stepping;
		const step = stepping.ContinueSingleStep.bind(this.story);
		const budget = this.#budget;
		stepping.ContinueSingleStep = () => {
			// Checked every 256 steps: each step costs little, and this runs for every one of them.
			if ((++budget.steps & 255) !== 0) return step();
			const calls = this.story.state.callStack;
			const nested = calls.depth > NESTING_LIMIT || calls._threads.length > NESTING_LIMIT;
			if (budget.steps > STEP_LIMIT || nested) {
				// Leaves inkjs mid-Continue; its re-entry guards are cleared so reset() or restore() can still be used.
				stepping._recursiveContinueCount = 0;
				stepping._asyncContinueActive = false;
				throw new StoryLoopError(
					this.story.state.currentPathString ?? this.story.state.previousPathString ?? '?',
					nested ? 'nesting' : 'steps'
				);
			}
			return step();
		};
		const globals = this.story.globalTags ?? [];
		this.#globalTagCount = globals.length;
		this.globals = parseGlobalTags(globals);
	}

	/** Runs to the next decision (or the end) and returns what was shown. */
	continue(): Passage {
		const lines: Line[] = [];
		this.#budget.steps = 0;
		while (this.story.canContinue) {
			const text = this.story.Continue() ?? '';
			let tags = this.story.currentTags ?? [];
			// ink repeats the global tags on the first line; they are not line tags.
			if (!this.#started) {
				tags = tags.slice(this.#globalTagCount);
				this.#started = true;
			}
			this.#throwIfErrors();
			const parsed = parseLineTags(tags);
			const trimmed = text.trim();
			// A tag-only line (e.g. `#phase:planning` alone) still carries meaning.
			if (!trimmed && !parsed.ending && !parsed.phase && !parsed.reaction) continue;
			lines.push({
				text: trimmed,
				speaker: parsed.speaker,
				feedback: parsed.feedback,
				phase: parsed.phase,
				ending: parsed.ending,
				reaction: parsed.reaction,
				tags: parsed
			});
		}
		this.#started = true;
		this.#throwIfErrors();
		const choices = this.choices();
		return { lines, choices, ended: choices.length === 0 };
	}

	choices(): OfferedChoice[] {
		return this.story.currentChoices.map((c) => ({
			index: c.index,
			text: c.text.trim(),
			sourcePath: c.sourcePath,
			tags: parseChoiceTags(c.tags ?? []),
			rawTags: c.tags ?? []
		}));
	}

	/** Takes choice `index` of the current decision and runs to the next one. */
	choose(index: number): Passage {
		const n = this.story.currentChoices.length;
		if (!Number.isInteger(index) || index < 0 || index >= n) {
			throw new StoryRuntimeError(`Choice ${index} is not offered (${n} choices)`);
		}
		this.story.ChooseChoiceIndex(index);
		return this.continue();
	}

	/** The runtime state as JSON; the transcript is not part of it. */
	snapshot(): string {
		return this.story.state.toJson();
	}

	restore(state: string): void {
		try {
			this.story.state.LoadJson(state);
		} catch (e) {
			throw new StoryLoadError(e instanceof Error ? e.message : String(e));
		}
		this.#started = true;
	}

	/**
	 * Back to the very start, reusing the parsed story: replaying many runs of
	 * one story (verifying a class's results) skips re-reading its JSON.
	 */
	reset(): void {
		this.story.ResetState();
		this.#started = false;
		this.#errors = [];
	}

	/** Jumps to `knot` or `knot.stitch` (used by tests and the audit). */
	jumpTo(path: string): Passage {
		this.story.ChoosePathString(path);
		this.#started = true;
		return this.continue();
	}

	#throwIfErrors(): void {
		if (this.#errors.length) {
			const message = this.#errors.join('\n');
			this.#errors = [];
			throw new StoryRuntimeError(message);
		}
	}
}
