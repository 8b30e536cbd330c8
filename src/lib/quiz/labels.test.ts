import { describe, expect, it } from 'vitest';
import { answerLabels, optionLabel } from './labels.ts';

describe('option labels', () => {
	it('letters choice options as the paper does', () => {
		expect(optionLabel('single', 0)).toBe('A');
		expect(optionLabel('multiple', 4)).toBe('E');
		expect(answerLabels('multiple', [3, 0, 2])).toBe('ACD');
	});

	it('numbers ordering rows and writes the order with those numbers, never letters', () => {
		expect(optionLabel('order', 0)).toBe('①');
		expect(optionLabel('order', 5)).toBe('⑥');
		const shown = answerLabels('order', [3, 0, 4, 1, 2, 5]);
		expect(shown).toBe('④→①→⑤→②→③→⑥');
		expect(shown).not.toMatch(/[A-G]/);
	});

	it('marks an empty answer', () => {
		expect(answerLabels('single', [])).toBe('—');
		expect(answerLabels('order', [])).toBe('—');
	});
});
