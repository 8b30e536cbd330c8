/**
 * Grades one answer the way the junior exam marks it (docs/domain.md, "The exam's formats").
 *
 * - single: 1 point, all or nothing. Marking two options is wrong, as on the
 *   answer sheet.
 * - multiple: 2 points. Any wrong option chosen → 0. Otherwise:
 *   · exactly the correct options → the full 2 points;
 *   · some but not all of them (少选) → 0.5 per correct option chosen.
 *   Reading of "0.5 per correct option chosen, 0 if any wrong option is
 *   chosen": the 0.5-per-option rule is the partial-credit rule for
 *   under-selection; a complete answer earns the item's 2 points whether it
 *   has 2, 3 or 4 correct options. That is how the exam's own instruction
 *   reads (错选不得分；少选，所选的每个选项得0.5分; a full answer scores 2),
 *   and it is the only reading under which 60 single + 20 multiple items add
 *   up to the paper's 100 points. The literal alternative (0.5 × options
 *   even for a complete answer) would make a perfect answer to a
 *   two-answer item worth 1 of 2 points. Partial credit never exceeds 1.5
 *   (3 of 4), so the 2-point cap is never reached by a partial answer.
 * - order: 1 point, all or nothing. The exam has no ordering items; they are
 *   for chapter practice, where "almost the right order" (e.g. planning
 *   before assessment) is exactly the mistake being trained away, so it
 *   earns nothing.
 */
import type { Item } from './schema.ts';

export interface GradeResult {
	points: number;
	max: number;
	/** The answer is exactly right. */
	correct: boolean;
	/** Some points but not all (only possible on multiple-choice items). */
	partial: boolean;
}

export const POINTS = { single: 1, multiple: 2, order: 1 } as const;
export const MULTIPLE_PARTIAL_PER_OPTION = 0.5;

/**
 * `chosen` is the learner's answer: the option indices picked (single,
 * multiple; order does not matter, repeats count once) or the option indices
 * in the order the learner put them (order). An empty answer scores 0.
 * Indices outside the item's options (say, from an answer saved before the
 * item was edited) count as wrong options.
 */
export function gradeItem(item: Pick<Item, 'format' | 'options' | 'answer'>, chosen: readonly number[]): GradeResult {
	const max = POINTS[item.format];
	if (item.format === 'order') {
		const correct = chosen.length === item.answer.length && chosen.every((x, k) => x === item.answer[k]);
		return result(correct ? max : 0, max, correct);
	}
	const picked = new Set(chosen);
	const key = new Set(item.answer);
	const wrong = [...picked].some((x) => !key.has(x));
	const right = [...picked].filter((x) => key.has(x)).length;
	const correct = !wrong && right === key.size;
	if (item.format === 'single') return result(correct ? max : 0, max, correct);
	if (wrong) return result(0, max, false);
	return result(correct ? max : Math.min(max, MULTIPLE_PARTIAL_PER_OPTION * right), max, correct);
}

function result(points: number, max: number, correct: boolean): GradeResult {
	return { points, max, correct, partial: points > 0 && points < max };
}
