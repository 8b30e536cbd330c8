/**
 * The order options are shown in. Each run has a seed; the options of a
 * decision are shuffled by that seed and by the decision's own options, so a
 * reload or a resume shows the same order, while another run shows another.
 * Nothing stored depends on it: runs, packages and their verification keep
 * the story's own choice indices, so runs made before shuffling still replay.
 *
 * The opening decision is the exception: it is prerendered into the page and
 * can be clicked before any script has run, so reordering it after paint
 * would move an option under the learner's finger. It is shuffled by a seed
 * fixed for the story instead (still not the written order).
 *
 * An option tagged `#pinned` keeps its written place; the others fill the
 * remaining places.
 */
import { fnv1a } from '../domain/hash.ts';
import { mulberry32, shuffle } from '../quiz/random.ts';

/** The seed of the opening decision's order, the same for every run. */
export const OPENING_SEED = 0;

/** A new run's seed: 32 random bits. */
export function newOrderSeed(random: () => number = Math.random): number {
	return Math.floor(random() * 2 ** 32) >>> 0;
}

/** A fixed seed for a run stored before shuffling, from something stored with it. */
export function seedFromText(text: string): number {
	return fnv1a(text);
}

interface Orderable {
	sourcePath: string;
	tags: { pinned?: boolean };
}

/** The options of one decision in the order shown for `seed`. */
export function displayOrder<T extends Orderable>(choices: readonly T[], seed: number): T[] {
	const key = seedFromText(`${seed >>> 0}|${choices.map((c) => c.sourcePath).join('|')}`);
	const free = shuffle(
		choices.filter((c) => !c.tags.pinned),
		mulberry32(key)
	);
	let next = 0;
	return choices.map((c) => (c.tags.pinned ? c : free[next++]));
}

/** The seed that orders decision `k` (0-based) of a run seeded `runSeed`. */
export function seedForDecision(runSeed: number, k: number): number {
	return k === 0 ? OPENING_SEED : runSeed;
}
