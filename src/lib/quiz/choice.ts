/**
 * How an answer is built and shown, option by option: picking (single
 * replaces, multiple toggles), moving a row of an ordering item, and the
 * mark each option gets once graded. Pure, so the item view only renders.
 */
import type { Format } from './schema.ts';

export type OptionMark = 'right' | 'wrong' | 'missed' | '';

/** The answer once option `k` is picked; null for an ordering item, which is answered by moving rows. */
export function pickOption(format: Format, chosen: readonly number[], k: number): number[] | null {
	if (format === 'single') return [k];
	if (format === 'multiple') return chosen.includes(k) ? chosen.filter((x) => x !== k) : [...chosen, k].sort((a, b) => a - b);
	return null;
}

/** The order once the row at `from` moves one place up (-1) or down (1); null when it would leave the list. */
export function moveRow(order: readonly number[], from: number, by: -1 | 1): number[] | null {
	const to = from + by;
	if (from < 0 || from >= order.length || to < 0 || to >= order.length) return null;
	const next = order.slice();
	[next[from], next[to]] = [next[to], next[from]];
	return next;
}

/** Option `k` once graded: a correct option is right (or missed, on a multiple item left unpicked), a wrong one picked is wrong. */
export function optionMark(format: Format, k: number, chosen: readonly number[], answer: readonly number[] | null): OptionMark {
	if (answer === null) return '';
	const picked = chosen.includes(k);
	if (answer.includes(k)) return picked ? 'right' : format === 'multiple' ? 'missed' : 'right';
	return picked ? 'wrong' : '';
}

/** A row of an ordering item once graded: in its right place or not. */
export function rowMark(pos: number, option: number, answer: readonly number[] | null): 'right' | 'wrong' | '' {
	if (answer === null) return '';
	return answer[pos] === option ? 'right' : 'wrong';
}
