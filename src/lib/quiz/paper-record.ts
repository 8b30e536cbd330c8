/**
 * Between a mock paper and its stored records: rebuilding a paper from the
 * item ids kept in a record, and summing up a graded paper for storage.
 * Pure.
 */
import type { Bank, BankItem } from './bank.ts';
import { POINTS } from './grade.ts';
import { JUNIOR_PAPER, type Paper, type PaperResult, type TopicTally } from './paper.ts';
import type { TopicId } from './schema.ts';

/**
 * The paper whose items are `itemIds`, in that order, with the same points,
 * pass line and duration rules as assemblePaper. Null when any item has left
 * the bank: a paper with holes would score out of the wrong total.
 */
export function paperFromIds(itemIds: readonly string[], bank: Pick<Bank, 'byId'>, durationMinutes: number): Paper | null {
	const items: BankItem[] = [];
	for (const id of itemIds) {
		const item = bank.byId.get(id);
		if (!item) return null;
		items.push(item);
	}
	const singles = items.filter((i) => i.format === 'single').length;
	const multiples = items.filter((i) => i.format === 'multiple').length;
	const maxPoints = items.reduce((s, i) => s + POINTS[i.format], 0);
	const standard = singles === JUNIOR_PAPER.singles && multiples === JUNIOR_PAPER.multiples && items.length === singles + multiples;
	const quotas: Paper['quotas'] = { single: {}, multiple: {} };
	for (const i of items) {
		if (i.format === 'order') continue;
		const q = quotas[i.format];
		q[i.topic] = (q[i.topic] ?? 0) + 1;
	}
	return { items, maxPoints, passLine: standard ? JUNIOR_PAPER.passLine : Math.ceil(maxPoints * 0.6), durationMinutes, quotas };
}

/** Only the answers worth keeping: answered items of this paper, with plain arrays. */
export function cleanAnswers(paper: Paper, answers: Readonly<Record<string, readonly number[] | undefined>>): Record<string, number[]> {
	const out: Record<string, number[]> = {};
	for (const item of paper.items) {
		const a = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
		if (a && a.length) out[item.id] = [...a];
	}
	return out;
}

/** Per-topic tallies with every field present, in the shape PaperRecord stores. */
export function perTopic(result: PaperResult): Partial<Record<TopicId, TopicTally>> {
	return Object.fromEntries(Object.entries(result.byTopic).map(([t, x]) => [t, { ...x }]));
}
