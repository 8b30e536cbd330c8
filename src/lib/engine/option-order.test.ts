import { describe, expect, it } from 'vitest';
import { displayOrder, newOrderSeed, seedForDecision, OPENING_SEED } from './option-order.ts';

const opts = (n: number, pinned: number[] = []) =>
	Array.from({ length: n }, (_, i) => ({ index: i, sourcePath: `k.s.c-${i}`, tags: { pinned: pinned.includes(i) || undefined } }));

describe('displayOrder', () => {
	it('is a permutation, and the same for the same seed', () => {
		const a = displayOrder(opts(4), 12345);
		expect(a.map((c) => c.index).sort()).toEqual([0, 1, 2, 3]);
		expect(displayOrder(opts(4), 12345)).toEqual(a);
	});

	it('differs between runs: every option is first about equally often', () => {
		const first = [0, 0, 0, 0];
		for (let s = 0; s < 4000; s++) first[displayOrder(opts(4), s * 7919 + 1)[0].index]++;
		for (const n of first) expect(n).toBeGreaterThan(850);
		for (const n of first) expect(n).toBeLessThan(1150);
	});

	it('shuffles each decision by its own options, so two decisions of one run are not ordered alike', () => {
		const other = opts(4).map((c) => ({ ...c, sourcePath: `other.${c.sourcePath}` }));
		let same = 0;
		for (let s = 1; s <= 200; s++) {
			const a = displayOrder(opts(4), s)
				.map((c) => c.index)
				.join();
			const b = displayOrder(other, s)
				.map((c) => c.index)
				.join();
			if (a === b) same++;
		}
		expect(same).toBeLessThan(30); // 1 in 24 by chance
	});

	it('keeps a pinned option in its written place', () => {
		for (let s = 0; s < 50; s++) {
			const shown = displayOrder(opts(4, [3]), s);
			expect(shown[3].index).toBe(3);
			expect(shown.map((c) => c.index).sort()).toEqual([0, 1, 2, 3]);
		}
	});

	it('orders the opening decision the same for every run; the rest by the run seed', () => {
		expect(seedForDecision(99, 0)).toBe(OPENING_SEED);
		expect(seedForDecision(99, 3)).toBe(99);
		const seeds = new Set(Array.from({ length: 20 }, () => newOrderSeed()));
		expect(seeds.size).toBeGreaterThan(15);
		expect(newOrderSeed(() => 0.5)).toBe(2 ** 31);
	});
});
