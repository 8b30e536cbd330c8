/**
 * The label an option carries on screen, and an answer written with those
 * labels. Choice items are lettered as on the exam paper (A–G). Ordering
 * items are numbered ①②③… in the order first shown, and each row keeps its
 * number while it is moved, so "③→①→②" names rows the learner can see
 * (letters were never shown on them).
 */
import type { Format } from './schema.ts';

const LETTERS = 'ABCDEFG';
/** ① is U+2460; ⑳ the last of the run. */
const CIRCLED_ONE = 0x2460;

export function optionLabel(format: Format, k: number): string {
	if (format === 'order') return k >= 0 && k < 20 ? String.fromCodePoint(CIRCLED_ONE + k) : `(${k + 1})`;
	return LETTERS[k] ?? '?';
}

/** `[2, 0]` → `AC` (sorted, for choices) or `③→①` (as given, for an order); an empty answer → `—`. */
export function answerLabels(format: Format, indices: readonly number[]): string {
	if (!indices.length) return '—';
	if (format === 'order') return indices.map((k) => optionLabel(format, k)).join('→');
	return [...indices]
		.sort((a, b) => a - b)
		.map((k) => optionLabel(format, k))
		.join('');
}
