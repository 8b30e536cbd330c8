import { describe, expect, it } from 'vitest';
import { BANK } from './bank.ts';
import { assemblePaper, gradePaper } from './paper.ts';
import { cleanAnswers, paperFromIds, perTopic } from './paper-record.ts';
import { mulberry32 } from './random.ts';

describe('paperFromIds', () => {
	const paper = assemblePaper(BANK.items, mulberry32(99));
	const ids = paper.items.map((i) => i.id);

	it('rebuilds the same paper, points and pass line from its item ids', () => {
		const again = paperFromIds(ids, BANK, 120)!;
		expect(again.items).toEqual(paper.items);
		expect(again.maxPoints).toBe(100);
		expect(again.passLine).toBe(60);
		expect(again.quotas).toEqual(paper.quotas);
	});
	it('uses 60 % as the pass line of a non-standard paper', () => {
		const short = paperFromIds(ids.slice(0, 10), BANK, 5)!;
		expect(short.maxPoints).toBe(10);
		expect(short.passLine).toBe(6);
	});
	it('gives null when an item has left the bank', () => {
		expect(paperFromIds([...ids.slice(0, 79), 'gone-001'], BANK, 120)).toBeNull();
	});
});

describe('cleanAnswers / perTopic', () => {
	it('keeps only non-empty answers to items of the paper, as plain copies', () => {
		const paper = assemblePaper(BANK.items, mulberry32(1));
		const [a, b] = paper.items;
		const given = { [a.id]: [1], [b.id]: [], 'not-on-paper': [0] };
		const clean = cleanAnswers(paper, given);
		expect(clean).toEqual({ [a.id]: [1] });
		expect(clean[a.id]).not.toBe(given[a.id]);
		const tallies = perTopic(gradePaper(paper, clean));
		const sum = Object.values(tallies).reduce((s, x) => s + x!.count, 0);
		expect(sum).toBe(80);
	});
});
