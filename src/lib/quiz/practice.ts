/**
 * Chapter practice rounds: a few questions from the chosen topics, drawn
 * with a seeded rng.
 *
 * Decision: the items of a case set stay together and in their order, since
 * each leans on the vignette and on the items before it. Standalone items
 * and whole sets are shuffled as units; a unit is taken only while it fits,
 * so a round of 10 has 10 items (a set that would overflow it waits for
 * another round) unless no unit is small enough, when the round is one set.
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
	const shuffled = shuffle(units, rng);
	for (const unit of shuffled) {
		if (round.length + unit.length <= size) round.push(...unit);
		if (round.length === size) break;
	}
	// Short because a set did not fit: make room for it by giving back standalone items taken last.
	for (const unit of shuffled) {
		if (round.length >= size) break;
		if (round.includes(unit[0])) continue;
		const over = Math.max(0, round.length + unit.length - size);
		const standalone = round.filter((i) => !i.setId);
		if (over > standalone.length) continue;
		for (const item of standalone.slice(standalone.length - over)) round.splice(round.indexOf(item), 1);
		round.push(...unit);
	}
	if (!round.length && shuffled.length) round.push(...shuffled.reduce((a, b) => (b.length < a.length ? b : a)));
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
