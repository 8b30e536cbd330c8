import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK } from './bank.ts';
import { bankItem, makeItems } from './fixtures.test-helpers.ts';
import { PaperError, allocate, assemblePaper, gradePaper, type Paper } from './paper.ts';
import { mulberry32 } from './random.ts';
import { TOPIC_IDS, type TopicId } from './schema.ts';

/** A bank shaped like the real one: one big chapter, ten small ones. */
const ITEMS = [
	...makeItems({
		techniques: [100, 30],
		'interview-types': [15, 4],
		stages: [18, 6],
		intake: [16, 6],
		assessment: [17, 6],
		planning: [16, 6],
		intervention: [17, 6],
		evaluation: [15, 5],
		closing: [22, 8],
		records: [14, 5],
		'case-management': [12, 1]
	}),
	// Never to be drawn: set items and ordering items.
	...Array.from({ length: 30 }, (_, k) => bankItem('intake', 'single', 100 + k, 'intake-set-01')),
	...Array.from({ length: 10 }, (_, k) => bankItem('records', 'multiple', 100 + k, 'records-set-01')),
	...Array.from({ length: 10 }, (_, k) => bankItem('stages', 'order', k))
];

const countBy = (items: readonly { topic: TopicId }[]) => {
	const out: Partial<Record<TopicId, number>> = {};
	for (const i of items) out[i.topic] = (out[i.topic] ?? 0) + 1;
	return out;
};

describe('allocate', () => {
	it('shares in proportion, at least one each', () => {
		expect(allocate({ techniques: 100, intake: 1, records: 10 }, 20)).toEqual({ techniques: 18, intake: 1, records: 1 });
	});
	it('gives a tied remainder to the earlier chapter', () => {
		expect(allocate({ closing: 5, techniques: 5, intake: 5 }, 10)).toEqual({ techniques: 4, intake: 3, closing: 3 });
	});
	it('trims the big topic when the minimum of one overshoots', () => {
		const available = Object.fromEntries(TOPIC_IDS.map((t) => [t, t === 'techniques' ? 100 : 1]));
		expect(allocate(available, 11)).toEqual(Object.fromEntries(TOPIC_IDS.map((t) => [t, 1])));
	});
	it('ignores empty topics', () => {
		expect(allocate({ techniques: 4, intake: 0 }, 2)).toEqual({ techniques: 2 });
	});
	it('throws a clear error when it cannot fill the draws', () => {
		expect(() => allocate({ techniques: 3, intake: 2 }, 6, 'multiple-choice')).toThrow(
			new PaperError('The bank has only 5 standalone multiple-choice items; a paper needs 6.')
		);
	});
	it('drops the minimum of one when there are more topics than draws', () => {
		// Exact shares 1.33, 0.27, 0.4: largest remainder gives the second draw to closing.
		expect(allocate({ techniques: 10, intake: 2, closing: 3 }, 2)).toEqual({ techniques: 1, closing: 1 });
	});
	it('always fills exactly n, one or more per topic, within what is available', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(40), { minLength: TOPIC_IDS.length, maxLength: TOPIC_IDS.length }), fc.nat(1000), (counts, pick) => {
				const available = Object.fromEntries(TOPIC_IDS.map((t, k) => [t, counts[k]]));
				const nonEmpty = counts.filter((c) => c > 0).length;
				const total = counts.reduce((a, b) => a + b, 0);
				fc.pre(total > 0);
				const n = 1 + (pick % total);
				const alloc = allocate(available, n);
				expect(Object.values(alloc).reduce((a, b) => a + b, 0)).toBe(n);
				for (const [k, t] of TOPIC_IDS.entries()) {
					if (counts[k] === 0) expect(alloc[t]).toBeUndefined();
					else if (n >= nonEmpty) expect(alloc[t]).toBeGreaterThanOrEqual(1);
					expect(alloc[t] ?? 0).toBeLessThanOrEqual(counts[k]);
				}
				// With no minimum to honour it is plain largest remainder: within 1 of the exact share.
				if (counts.every((c) => c === 0 || (n * c) / total >= 1))
					for (const [k, t] of TOPIC_IDS.entries()) if (counts[k]) expect(Math.abs(alloc[t]! - (n * counts[k]) / total)).toBeLessThan(1);
			}),
			{ seed: 20250301, numRuns: 300 }
		);
	});
});

describe('assemblePaper', () => {
	const paper = assemblePaper(ITEMS, mulberry32(2025));

	it('has the exam shape: 60 single then 20 multiple, 100 points, pass 60, 120 minutes', () => {
		expect(paper.items).toHaveLength(80);
		expect(paper.items.slice(0, 60).every((i) => i.format === 'single')).toBe(true);
		expect(paper.items.slice(60).every((i) => i.format === 'multiple')).toBe(true);
		expect([paper.maxPoints, paper.passLine, paper.durationMinutes]).toEqual([100, 60, 120]);
	});
	it('never repeats an item, nor draws set items or ordering items', () => {
		expect(new Set(paper.items.map((i) => i.id)).size).toBe(80);
		expect(paper.items.some((i) => i.setId)).toBe(false);
	});
	it('draws each topic in proportion to its share, at least one each', () => {
		expect(countBy(paper.items.slice(0, 60))).toEqual(paper.quotas.single);
		expect(countBy(paper.items.slice(60))).toEqual(paper.quotas.multiple);
		for (const t of TOPIC_IDS) {
			expect(paper.quotas.single[t]).toBeGreaterThanOrEqual(1);
			expect(paper.quotas.multiple[t]).toBeGreaterThanOrEqual(1);
		}
		// techniques holds 100 of the 262 standalone singles: 22.9 of 60 → 22 or 23.
		expect(paper.quotas.single.techniques).toBeGreaterThanOrEqual(22);
		expect(paper.quotas.single.techniques).toBeLessThanOrEqual(23);
		// case-management has a single multiple-choice item: it still gets its one.
		expect(paper.quotas.multiple['case-management']).toBe(1);
	});
	it('is reproducible from the seed and varies with it', () => {
		const ids = (p: Paper) => p.items.map((i) => i.id);
		expect(ids(assemblePaper(ITEMS, mulberry32(2025)))).toEqual(ids(paper));
		const other = assemblePaper(ITEMS, mulberry32(2026));
		expect(ids(other)).not.toEqual(ids(paper));
		expect(other.quotas).toEqual(paper.quotas);
	});
	it('shuffles within a section instead of grouping by chapter', () => {
		const topics = paper.items.slice(0, 60).map((i) => i.topic);
		const runs = topics.filter((t, k) => k > 0 && t !== topics[k - 1]).length;
		expect(runs).toBeGreaterThan(20);
	});
	it('throws when the bank cannot fill the paper', () => {
		const multiples = ITEMS.filter((i) => i.format === 'multiple' && !i.setId);
		const few = [...ITEMS.filter((i) => i.format !== 'multiple'), ...multiples.slice(0, 19)];
		expect(() => assemblePaper(few, mulberry32(1))).toThrow(PaperError);
		expect(() => assemblePaper(few, mulberry32(1))).toThrow(/only 19 standalone multiple-choice items; a paper needs 20/);
	});
	it('takes other sizes, with a 60 % pass line', () => {
		const short = assemblePaper(ITEMS, mulberry32(5), { singles: 15, multiples: 5 });
		expect([short.items.length, short.maxPoints, short.passLine]).toEqual([20, 25, 15]);
		expect(Object.values(short.quotas.multiple).reduce((a, b) => a + b, 0)).toBe(5);
	});
});

describe('gradePaper', () => {
	const paper = assemblePaper(ITEMS, mulberry32(77));
	const key = Object.fromEntries(paper.items.map((i) => [i.id, i.answer]));
	const singles = paper.items.filter((i) => i.format === 'single');
	const multiples = paper.items.filter((i) => i.format === 'multiple');

	it('gives 100 for the key and 0 for a blank paper', () => {
		const full = gradePaper(paper, key);
		expect([full.total, full.max, full.passed, full.answered]).toEqual([100, 100, true, 80]);
		const blank = gradePaper(paper, {});
		expect([blank.total, blank.passed, blank.answered]).toEqual([0, false, 0]);
		expect(blank.items.every((r) => !r.answered && r.points === 0)).toBe(true);
	});
	it('passes at exactly 60 and fails at 59.5', () => {
		const wrongMultiples = Object.fromEntries(multiples.map((i) => [i.id, [0, 1, 2, 3, 4]]));
		const sixty = gradePaper(paper, { ...key, ...wrongMultiples });
		expect([sixty.total, sixty.passed]).toEqual([60, true]);
		// One single wrong (−1), one multiple half right (+0.5).
		const m = multiples[0];
		const almost = gradePaper(paper, {
			...key,
			...wrongMultiples,
			[singles[0].id]: [(singles[0].answer[0] + 1) % 4],
			[m.id]: [m.answer[0]]
		});
		expect([almost.total, almost.passed]).toEqual([59.5, false]);
	});
	it('breaks the score down by topic', () => {
		const target = singles[3];
		const r = gradePaper(paper, { ...key, [target.id]: [(target.answer[0] + 1) % 4] });
		const tally = r.byTopic[target.topic]!;
		const topicItems = paper.items.filter((i) => i.topic === target.topic);
		const topicMax = topicItems.reduce((s, i) => s + (i.format === 'multiple' ? 2 : 1), 0);
		expect(tally).toEqual({ points: topicMax - 1, max: topicMax, correct: topicItems.length - 1, count: topicItems.length });
		const sums = Object.values(r.byTopic).reduce(
			(a, t) => ({ max: a.max + t.max, count: a.count + t.count, points: a.points + t.points }),
			{
				max: 0,
				count: 0,
				points: 0
			}
		);
		expect(sums).toEqual({ max: 100, count: 80, points: 99 });
	});
	it('numbers the per-item results as on the paper', () => {
		const r = gradePaper(paper, key);
		expect(r.items.map((x) => x.n)).toEqual(Array.from({ length: 80 }, (_, k) => k + 1));
		expect(r.items[61]).toMatchObject({ id: paper.items[61].id, format: 'multiple', points: 2, correct: true });
	});
});

describe('the real bank', () => {
	it('fills a mock paper for any seed', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const p = assemblePaper(BANK.items, mulberry32(seed));
			expect(new Set(p.items.map((i) => i.id)).size).toBe(80);
			expect(p.items.some((i) => i.setId || i.format === 'order')).toBe(false);
			expect(gradePaper(p, Object.fromEntries(p.items.map((i) => [i.id, i.answer]))).total).toBe(100);
		}
	});
});
