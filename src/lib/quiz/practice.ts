/**
 * Chapter practice rounds: a few questions from the chosen topics, drawn
 * with a seeded rng.
 *
 * Decision: the items of a case set stay together and in their order, since
 * each leans on the vignette and on the items before it. Standalone items
 * and whole sets are shuffled as units; units are taken until the round has
 * at least `size` items, so a round that ends on a set can run a little long
 * rather than cutting the set.
 */
import type { BankItem } from './bank.ts';
import { shuffle, type Rng } from './random.ts';
import type { TopicId } from './schema.ts';

export const DEFAULT_ROUND_SIZE = 10;

/** Draws a practice round from `items` restricted to `topics` (all topics when empty). */
export function practiceRound(items: readonly BankItem[], topics: readonly TopicId[], size: number, rng: Rng): BankItem[] {
	const wanted = new Set(topics);
	const units: BankItem[][] = [];
	const sets = new Map<string, BankItem[]>();
	for (const item of items) {
		if (wanted.size && !wanted.has(item.topic)) continue;
		if (!item.setId) units.push([item]);
		else if (sets.has(item.setId)) sets.get(item.setId)!.push(item);
		else {
			const unit = [item];
			sets.set(item.setId, unit);
			units.push(unit);
		}
	}
	const round: BankItem[] = [];
	for (const unit of shuffle(units, rng)) {
		if (round.length >= size) break;
		round.push(...unit);
	}
	return round;
}

/**
 * Reads the topics of a practice URL (`?topics=intake,closing`), keeping
 * only known ones, in syllabus order, without repeats.
 */
export function parseTopics(param: string | null, known: readonly TopicId[]): TopicId[] {
	if (!param) return [];
	const asked = new Set(param.split(',').map((s) => s.trim()));
	return known.filter((t) => asked.has(t));
}
