/**
 * Timed mock papers in the junior exam's format (docs/domain.md, "The exam's formats"):
 * 60 single-choice items (1 point) + 20 multiple-choice items (2 points) =
 * 100 points, pass line 60, 120 minutes.
 *
 * Decisions:
 * - Only standalone items are drawn. A case-set item leans on its vignette
 *   and on its sibling items, so drawn alone it would be unanswerable or give
 *   its siblings away; and whole sets (mixed formats, 4–5 items at once)
 *   would break the per-topic quotas. Sets stay in chapter practice.
 * - Ordering items are never drawn: the exam has none.
 * - Stratified per format: each topic with items of that format gets at
 *   least one, the rest is shared in proportion to the topic's share of the
 *   bank's standalone items of that format (largest remainder). The quotas
 *   depend only on the bank, never on the rng, so every paper from the same
 *   bank has the same topic mix; the rng picks which items fill them and the
 *   order they appear in.
 * - Within each section the items are shuffled, so a topic's items are not
 *   bunched together and the section does not announce its chapter.
 * - The same bank + the same seed gives the same paper: storing the seed is
 *   enough to resume one.
 */
import type { BankItem } from './bank.ts';
import { gradeItem, POINTS, type GradeResult } from './grade.ts';
import { sample, shuffle, type Rng } from './random.ts';
import { TOPIC_IDS, type TopicId } from './schema.ts';

export const JUNIOR_PAPER = { singles: 60, multiples: 20, passLine: 60, durationMinutes: 120 } as const;

export interface PaperOptions {
	singles?: number;
	multiples?: number;
	/** Defaults to 60 for the standard paper, 60 % of the points otherwise. */
	passLine?: number;
	durationMinutes?: number;
}

type PaperFormat = 'single' | 'multiple';

export interface Paper {
	/** Single-choice items first, then multiple-choice, as numbered on the exam. */
	items: readonly BankItem[];
	maxPoints: number;
	passLine: number;
	durationMinutes: number;
	/** How many items each topic contributed, per format. */
	quotas: Record<PaperFormat, Partial<Record<TopicId, number>>>;
}

export class PaperError extends Error {
	override name = 'PaperError';
}

/**
 * Shares `n` draws among topics with `available[t]` items each: at least one
 * per topic that has any, the rest in proportion (largest remainder, ties
 * to the earlier topic in syllabus order). When `n` is smaller than the
 * number of topics (a short practice paper) there is no minimum.
 * @throws PaperError when there are fewer items than draws.
 */
export function allocate(available: Partial<Record<TopicId, number>>, n: number, label = ''): Partial<Record<TopicId, number>> {
	const pools = TOPIC_IDS.map((t) => [t, available[t] ?? 0] as const).filter(([, c]) => c > 0);
	const total = pools.reduce((s, [, c]) => s + c, 0);
	const what = label ? `${label} items` : 'items';
	if (total < n) throw new PaperError(`The bank has only ${total} standalone ${what}; a paper needs ${n}.`);
	// A paper shorter than the number of topics cannot take one from each; it is then shared by size alone.
	const minimum = pools.length <= n ? 1 : 0;
	const exact = new Map(pools.map(([t, c]) => [t, (n * c) / total]));
	const cap = new Map(pools);
	const alloc = new Map(pools.map(([t, c]) => [t, Math.min(c, Math.max(minimum, Math.floor((n * c) / total)))]));
	let sum = [...alloc.values()].reduce((a, b) => a + b, 0);
	// Top up the topics furthest below their exact share…
	while (sum < n) {
		const t = best(pools, (t) => (alloc.get(t)! < cap.get(t)! ? exact.get(t)! - alloc.get(t)! : -Infinity));
		alloc.set(t, alloc.get(t)! + 1);
		sum++;
	}
	// …or, when the minimum of one pushed the sum over, trim those furthest above it.
	while (sum > n) {
		const t = best(pools, (t) => (alloc.get(t)! > minimum ? alloc.get(t)! - exact.get(t)! : -Infinity));
		alloc.set(t, alloc.get(t)! - 1);
		sum--;
	}
	return Object.fromEntries([...alloc].filter(([, k]) => k > 0));
}

function best(pools: readonly (readonly [TopicId, number])[], score: (t: TopicId) => number): TopicId {
	let pick = pools[0][0];
	let top = -Infinity;
	for (const [t] of pools) {
		const s = score(t);
		if (s > top) [pick, top] = [t, s];
	}
	return pick;
}

/**
 * Draws a mock paper from `items` (usually BANK.items) without repeats.
 * @throws PaperError when the bank cannot fill the paper.
 */
export function assemblePaper(items: readonly BankItem[], rng: Rng, options: PaperOptions = {}): Paper {
	const singles = options.singles ?? JUNIOR_PAPER.singles;
	const multiples = options.multiples ?? JUNIOR_PAPER.multiples;
	const maxPoints = singles * POINTS.single + multiples * POINTS.multiple;
	const standard = singles === JUNIOR_PAPER.singles && multiples === JUNIOR_PAPER.multiples;
	const passLine = options.passLine ?? (standard ? JUNIOR_PAPER.passLine : Math.ceil(maxPoints * 0.6));
	const durationMinutes = options.durationMinutes ?? JUNIOR_PAPER.durationMinutes;

	const section = (format: PaperFormat, n: number, label: string) => {
		if (n === 0) return { drawn: [] as BankItem[], quota: {} };
		const pools = new Map<TopicId, BankItem[]>();
		const seen = new Set<string>();
		for (const item of items) {
			if (item.format !== format || item.setId || seen.has(item.id)) continue;
			seen.add(item.id);
			pools.set(item.topic, [...(pools.get(item.topic) ?? []), item]);
		}
		const counts = Object.fromEntries([...pools].map(([t, xs]) => [t, xs.length]));
		const quota = allocate(counts, n, label);
		const drawn = TOPIC_IDS.flatMap((t) => (quota[t] ? sample(pools.get(t)!, quota[t], rng) : []));
		return { drawn: shuffle(drawn, rng), quota };
	};
	const s = section('single', singles, 'single-choice');
	const m = section('multiple', multiples, 'multiple-choice');
	return {
		items: [...s.drawn, ...m.drawn],
		maxPoints,
		passLine,
		durationMinutes,
		quotas: { single: s.quota, multiple: m.quota }
	};
}

export interface TopicTally {
	points: number;
	max: number;
	/** Items answered exactly right. */
	correct: number;
	count: number;
}

export interface PaperItemResult extends GradeResult {
	/** 1-based number on the paper. */
	n: number;
	id: string;
	topic: TopicId;
	format: BankItem['format'];
	chosen: readonly number[];
	answered: boolean;
}

export interface PaperResult {
	total: number;
	max: number;
	passLine: number;
	passed: boolean;
	answered: number;
	byTopic: Partial<Record<TopicId, TopicTally>>;
	items: PaperItemResult[];
}

/** Grades a paper; `answers` maps item id → chosen option indices. Missing answers score 0. */
export function gradePaper(paper: Paper, answers: Readonly<Record<string, readonly number[] | undefined>>): PaperResult {
	const byTopic: Partial<Record<TopicId, TopicTally>> = {};
	const results = paper.items.map((item, k): PaperItemResult => {
		const chosen = (Object.hasOwn(answers, item.id) ? answers[item.id] : undefined) ?? [];
		const r = gradeItem(item, chosen);
		const t = (byTopic[item.topic] ??= { points: 0, max: 0, correct: 0, count: 0 });
		t.points += r.points;
		t.max += r.max;
		t.correct += r.correct ? 1 : 0;
		t.count++;
		return { ...r, n: k + 1, id: item.id, topic: item.topic, format: item.format, chosen, answered: chosen.length > 0 };
	});
	// Points are multiples of 0.5, which add exactly in floating point.
	const total = results.reduce((s, r) => s + r.points, 0);
	return {
		total,
		max: paper.maxPoints,
		passLine: paper.passLine,
		passed: total >= paper.passLine,
		answered: results.filter((r) => r.answered).length,
		byTopic,
		items: results
	};
}
