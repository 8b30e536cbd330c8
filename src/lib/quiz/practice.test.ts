import { describe, expect, it } from 'vitest';
import { BANK } from './bank.ts';
import { bankItem, makeItems } from './fixtures.test-helpers.ts';
import { parseTopics, practiceRound } from './practice.ts';
import { mulberry32 } from './random.ts';
import { TOPIC_IDS } from './schema.ts';

const ITEMS = [
	...makeItems({ intake: [6, 2], closing: [5, 1], techniques: [20, 5] }),
	...Array.from({ length: 3 }, (_, k) => bankItem('intake', 'single', 50 + k, 'intake-set-01'))
];

describe('practiceRound', () => {
	it('draws only from the chosen topics, without repeats', () => {
		const round = practiceRound(ITEMS, ['intake', 'closing'], 10, mulberry32(1));
		expect(round).toHaveLength(10);
		expect(round.every((i) => i.topic === 'intake' || i.topic === 'closing')).toBe(true);
		expect(new Set(round.map((i) => i.id)).size).toBe(round.length);
	});
	it('keeps the items of a case set together and in order', () => {
		for (let seed = 0; seed < 30; seed++) {
			const round = practiceRound(ITEMS, ['intake'], 11, mulberry32(seed));
			const at = round.findIndex((i) => i.setId);
			if (at < 0) continue;
			expect(round.slice(at, at + 3).map((i) => i.id)).toEqual(['intake-single-50', 'intake-single-51', 'intake-single-52']);
		}
		// With all 11 intake items asked for, the set is always there.
		expect(practiceRound(ITEMS, ['intake'], 11, mulberry32(3)).filter((i) => i.setId)).toHaveLength(3);
	});
	it('is reproducible from its seed and differs between seeds', () => {
		const ids = (seed: number) => practiceRound(ITEMS, [], 10, mulberry32(seed)).map((i) => i.id);
		expect(ids(7)).toEqual(ids(7));
		expect(ids(7)).not.toEqual(ids(8));
	});
	it('gives exactly the round size asked for, a case set included only where it fits', () => {
		for (let seed = 0; seed < 40; seed++) {
			const round = practiceRound(ITEMS, ['intake'], 10, mulberry32(seed));
			expect(round, `seed ${seed}`).toHaveLength(10);
			const set = round.filter((i) => i.setId);
			expect(set.length === 0 || set.length === 3).toBe(true);
		}
		// A round smaller than every unit left is one unit, not nothing.
		expect(
			practiceRound(
				ITEMS.filter((i) => i.setId),
				['intake'],
				2,
				mulberry32(1)
			)
		).toHaveLength(3);
	});
	it('returns the whole pool when it is smaller than the round', () => {
		expect(practiceRound(ITEMS, ['closing'], 10, mulberry32(1))).toHaveLength(6);
	});
	it('draws from the real bank for every topic', () => {
		for (const topic of TOPIC_IDS) expect(practiceRound(BANK.items, [topic], 10, mulberry32(1)), topic).toHaveLength(10);
	});
});

describe('parseTopics', () => {
	it('keeps known topics in syllabus order, once each', () => {
		expect(parseTopics('closing,intake,bogus,intake', TOPIC_IDS)).toEqual(['intake', 'closing']);
		expect(parseTopics(null, TOPIC_IDS)).toEqual([]);
		expect(parseTopics('', TOPIC_IDS)).toEqual([]);
	});
});
