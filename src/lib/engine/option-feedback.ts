/**
 * What the supervisor says about every option of a decision already taken:
 * the `#feedback` lines each option would show, read by running the story
 * to that decision and looking ahead. Type-only imports, so the player can
 * hold it without loading the ink runtime a second time.
 */
import type { StoryEngine } from './story-engine.ts';

/**
 * A reader over one run (`choices`, the indices taken in order). Decisions
 * must be asked in order (a later one never rewinds to an earlier one), which
 * is how a transcript is walked; each is reached by continuing from the last,
 * so the whole run is replayed at most once. `done()` puts the engine back
 * as it was before the reader was made.
 */
export function optionFeedbackReader(
	engine: Pick<StoryEngine, 'snapshot' | 'restore' | 'reset' | 'continue' | 'choose'>,
	choices: readonly number[]
): { feedbackOf: (turn: number, index: number) => string | undefined; done: () => void } {
	const before = engine.snapshot();
	engine.reset();
	engine.continue();
	let at = 0;
	let broken = false;
	const cache = new Map<string, string | undefined>();
	const feedbackOf = (turn: number, index: number): string | undefined => {
		const key = `${turn}:${index}`;
		if (cache.has(key)) return cache.get(key);
		if (broken || turn < at || turn >= choices.length + 1) return undefined;
		let text: string | undefined;
		try {
			for (; at < turn; at++) engine.choose(choices[at]);
			const here = engine.snapshot();
			try {
				text = engine
					.choose(index)
					.lines.filter((l) => l.feedback && l.text)
					.map((l) => l.text)
					.join('\n');
			} finally {
				engine.restore(here);
			}
		} catch {
			// A story that fails here still gives its cards, without this feedback.
			broken = true;
		}
		cache.set(key, text || undefined);
		return text || undefined;
	};
	return { feedbackOf, done: () => engine.restore(before) };
}
