/**
 * What taking a choice would show, without taking it: the story runs ahead
 * and is put back exactly as it was (ink's own state snapshot). The player
 * uses it to lay the next passages out while the learner is still reading,
 * so that the turn a click brings is drawn from warm caches.
 */
import type { Passage, StoryEngine } from './story-engine.ts';

/**
 * The passage choice `index` leads to. The engine's state afterwards is the
 * state before, whether the choice ran cleanly or threw.
 */
export function lookahead(engine: StoryEngine, index: number): Passage {
	const before = engine.snapshot();
	try {
		return engine.choose(index);
	} finally {
		engine.restore(before);
	}
}
