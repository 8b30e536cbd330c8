import { describe, expect, it } from 'vitest';
import { moveRow, optionMark, pickOption, rowMark } from './choice.ts';

describe('pickOption', () => {
	it('replaces the answer of a single item', () => {
		expect(pickOption('single', [2], 0)).toEqual([0]);
		expect(pickOption('single', [], 3)).toEqual([3]);
	});

	it('toggles an option of a multiple item and keeps the answer sorted', () => {
		expect(pickOption('multiple', [], 2)).toEqual([2]);
		expect(pickOption('multiple', [2, 4], 0)).toEqual([0, 2, 4]);
		expect(pickOption('multiple', [0, 2, 4], 2)).toEqual([0, 4]);
	});

	it('leaves an ordering item alone', () => {
		expect(pickOption('order', [1, 0, 2], 1)).toBeNull();
	});
});

describe('moveRow', () => {
	it('swaps a row with its neighbour and leaves the input as it was', () => {
		const order = [0, 1, 2, 3];
		expect(moveRow(order, 1, -1)).toEqual([1, 0, 2, 3]);
		expect(moveRow(order, 1, 1)).toEqual([0, 2, 1, 3]);
		expect(order).toEqual([0, 1, 2, 3]);
	});

	it('refuses a move past either end', () => {
		expect(moveRow([0, 1, 2], 0, -1)).toBeNull();
		expect(moveRow([0, 1, 2], 2, 1)).toBeNull();
		expect(moveRow([0, 1, 2], 5, -1)).toBeNull();
	});
});

describe('optionMark', () => {
	it('marks nothing before grading', () => {
		expect(optionMark('single', 0, [0], null)).toBe('');
	});

	it('marks a single item: the key right whether picked or not, a wrong pick wrong', () => {
		expect(optionMark('single', 1, [1], [1])).toBe('right');
		expect(optionMark('single', 1, [2], [1])).toBe('right');
		expect(optionMark('single', 2, [2], [1])).toBe('wrong');
		expect(optionMark('single', 3, [2], [1])).toBe('');
	});

	it('marks a correct option left unpicked on a multiple item as missed', () => {
		expect(optionMark('multiple', 0, [0], [0, 3])).toBe('right');
		expect(optionMark('multiple', 3, [0], [0, 3])).toBe('missed');
		expect(optionMark('multiple', 4, [0, 4], [0, 3])).toBe('wrong');
	});
});

describe('rowMark', () => {
	it('says whether each row stands in its place once graded', () => {
		expect(rowMark(0, 2, null)).toBe('');
		expect(rowMark(0, 2, [2, 0, 1])).toBe('right');
		expect(rowMark(1, 1, [2, 0, 1])).toBe('wrong');
	});
});
