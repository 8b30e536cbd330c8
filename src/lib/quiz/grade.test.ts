import { describe, expect, it } from 'vitest';
import { multiple, order, single } from './fixtures.test-helpers.ts';
import { gradeItem } from './grade.ts';

describe('single choice: 1 point, all or nothing', () => {
	const item = single('s', 2);
	it('gives 1 for the answer and 0 otherwise', () => {
		expect(gradeItem(item, [2])).toEqual({ points: 1, max: 1, correct: true, partial: false });
		expect(gradeItem(item, [1])).toEqual({ points: 0, max: 1, correct: false, partial: false });
		expect(gradeItem(item, [])).toEqual({ points: 0, max: 1, correct: false, partial: false });
	});
	it('gives nothing for two marks, even when one of them is right', () => {
		expect(gradeItem(item, [2, 3]).points).toBe(0);
	});
	it('ignores a repeated mark of the right option', () => {
		expect(gradeItem(item, [2, 2]).correct).toBe(true);
	});
});

describe('multiple choice: 2 points, 0.5 per correct option when under-selected, 0 with any wrong option', () => {
	const three = multiple('m3', [0, 2, 3]);
	const two = multiple('m2', [1, 4]);
	const four = multiple('m4', [0, 1, 2, 3]);

	it('gives the full 2 points for exactly the correct options, however many there are', () => {
		for (const [item, answer] of [
			[two, [1, 4]],
			[three, [0, 2, 3]],
			[four, [0, 1, 2, 3]]
		] as const)
			expect(gradeItem(item, answer)).toEqual({ points: 2, max: 2, correct: true, partial: false });
	});
	it('accepts the options in any order', () => {
		expect(gradeItem(three, [3, 0, 2]).points).toBe(2);
	});
	it('gives 0.5 per correct option when some are missing', () => {
		expect(gradeItem(three, [0])).toEqual({ points: 0.5, max: 2, correct: false, partial: true });
		expect(gradeItem(three, [0, 3])).toEqual({ points: 1, max: 2, correct: false, partial: true });
		expect(gradeItem(four, [0, 1, 3])).toEqual({ points: 1.5, max: 2, correct: false, partial: true });
		expect(gradeItem(two, [4]).points).toBe(0.5);
	});
	it('gives 0 as soon as one wrong option is chosen', () => {
		expect(gradeItem(three, [0, 2, 3, 4])).toEqual({ points: 0, max: 2, correct: false, partial: false });
		expect(gradeItem(three, [1])).toMatchObject({ points: 0, partial: false });
		expect(gradeItem(two, [0, 1, 2, 3, 4]).points).toBe(0);
	});
	it('gives 0 for no answer and treats an index outside the options as wrong', () => {
		expect(gradeItem(three, []).points).toBe(0);
		expect(gradeItem(three, [0, 2, 9]).points).toBe(0);
	});
	it('never gives more than 2 or less than 0 for any answer', () => {
		// Every subset of the five options, against every possible key.
		const keys = [
			[0, 1],
			[2, 4],
			[0, 1, 2],
			[1, 3, 4],
			[0, 1, 2, 3],
			[1, 2, 3, 4]
		];
		for (const key of keys) {
			const item = multiple('m', key);
			for (let mask = 0; mask < 32; mask++) {
				const chosen = [0, 1, 2, 3, 4].filter((k) => mask & (1 << k));
				const r = gradeItem(item, chosen);
				const hits = chosen.filter((c) => key.includes(c)).length;
				const wrong = chosen.length - hits;
				const expected = wrong > 0 ? 0 : hits === key.length ? 2 : 0.5 * hits;
				expect(r.points, `key ${key} chosen ${chosen}`).toBe(expected);
				expect(r.points).toBeLessThanOrEqual(2);
				expect(r.correct).toBe(r.points === 2);
			}
		}
	});
});

describe('ordering: 1 point, all or nothing', () => {
	const item = order('o', [2, 0, 3, 1]);
	it('gives 1 for exactly the right sequence', () => {
		expect(gradeItem(item, [2, 0, 3, 1])).toEqual({ points: 1, max: 1, correct: true, partial: false });
	});
	it('gives 0 for one swap, a short answer or a repeat', () => {
		expect(gradeItem(item, [0, 2, 3, 1]).points).toBe(0);
		expect(gradeItem(item, [2, 0, 3]).points).toBe(0);
		expect(gradeItem(item, [2, 0, 3, 1, 1]).points).toBe(0);
		expect(gradeItem(item, []).points).toBe(0);
	});
	it('does not confuse the displayed order with the answer', () => {
		expect(gradeItem(item, [0, 1, 2, 3]).correct).toBe(false);
	});
});
