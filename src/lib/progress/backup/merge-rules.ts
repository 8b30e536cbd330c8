/** How each kind of record is merged, and the merges of the records that combine (deck, mistake book, history, notes). */
import type { BackupKind } from '../../domain/backup.ts';
import { HISTORY_CAP, type AnswerEvent } from '../../quiz/history.ts';
import { CLEAR_AFTER, type MistakeBook } from '../../quiz/mistakes.ts';
import { SCHEMA_VERSION, type DeckRecord } from '../records.ts';

type Rule = 'finished' | 'newest' | 'device' | 'merge';
export const RULES: Record<BackupKind, Rule> = {
	attempt: 'finished',
	paper: 'finished',
	setAside: 'finished',
	instructorResult: 'finished',
	instructorAssignment: 'finished',
	run: 'newest',
	paperCurrent: 'newest',
	instructorStory: 'newest',
	learnerAssignment: 'newest',
	learnerSubmission: 'newest',
	settings: 'device',
	deck: 'merge',
	mistakes: 'merge',
	history: 'merge',
	notes: 'merge'
};

/** The time a changing record was last written. */
export function stamp(kind: BackupKind, value: unknown): number {
	const r = value as Record<string, unknown>;
	const at =
		kind === 'instructorStory'
			? r.savedAt
			: kind === 'learnerAssignment'
				? r.acceptedAt
				: kind === 'learnerSubmission'
					? r.finishedAt
					: r.updatedAt;
	return Date.parse(String(at));
}

/** JSON with object keys sorted: equal for equal data whatever order the fields were written in. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_k, x) =>
		x && typeof x === 'object' && !Array.isArray(x)
			? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: x
	);
}

export function same(kind: BackupKind, a: unknown, b: unknown): boolean {
	// The deck is a JSON text inside the record: compare what it says, not how it was spelled.
	if (kind === 'deck') return canonical(JSON.parse((a as DeckRecord).deck)) === canonical(JSON.parse((b as DeckRecord).deck));
	return canonical(a) === canonical(b);
}

const eventKey = (e: AnswerEvent) => `${e.at}|${e.itemId}|${e.mode}|${e.topic}|${e.correct}`;

/** Both histories without repeats, oldest first, the newest HISTORY_CAP kept. */
export function mergeHistory(current: readonly AnswerEvent[], backup: readonly AnswerEvent[]): AnswerEvent[] {
	const seen = new Set(current.map(eventKey));
	const all = [...current];
	for (const e of backup) {
		const k = eventKey(e);
		if (seen.has(k)) continue;
		seen.add(k);
		all.push(e);
	}
	// A stable sort: events at the same moment keep the order they were recorded in.
	all.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
	return all.slice(-HISTORY_CAP);
}

/** Whether the history shows `itemId` answered right CLEAR_AFTER times in a row after `since`. */
function clearedSince(history: readonly AnswerEvent[], itemId: string, since: string): boolean {
	const t = Date.parse(since);
	let streak = 0;
	for (const e of history) {
		if (e.itemId !== itemId || Date.parse(e.at) <= t) continue;
		streak = e.correct ? streak + 1 : 0;
		if (streak >= CLEAR_AFTER) return true;
	}
	return false;
}

/** The union of two mistake books; `history` is the merged answer history. */
export function mergeMistakes(current: MistakeBook, backup: MistakeBook, history: readonly AnswerEvent[]): MistakeBook {
	const wrong = { ...current.wrong };
	for (const [id, entry] of Object.entries(backup.wrong)) {
		const mine = Object.hasOwn(current.wrong, id) ? current.wrong[id] : undefined;
		if (mine) {
			const later = Date.parse(entry.lastAt) - Date.parse(mine.lastAt) || entry.count - mine.count;
			if (later > 0) wrong[id] = entry;
		} else if (!clearedSince(history, id, entry.lastAt)) wrong[id] = entry;
	}
	const flagged = [...current.flagged, ...backup.flagged.filter((id) => !current.flagged.includes(id))];
	return { ...current, wrong, flagged };
}

type Card = { id: string; fsrs: { last_review?: string; reps: number } };
const lastReview = (c: Card) => (c.fsrs.last_review ? Date.parse(c.fsrs.last_review) : -Infinity);

/** Card by card: the one reviewed last wins, then the one reviewed more often; this device's on a tie. */
export async function mergeDecks(current: DeckRecord, backup: DeckRecord): Promise<DeckRecord> {
	const { deserialise, serialise } = await import('../../quiz/review.ts');
	const mine = deserialise(current.deck);
	const theirs = deserialise(backup.deck);
	if (!mine.ok || !theirs.ok) throw new Error('deck: not readable');
	// A Map keeps this device's order; a card replaced keeps its place, a new one goes at the end.
	const cards = new Map(mine.cards.map((c) => [c.id, c]));
	for (const c of theirs.cards) {
		const here = cards.get(c.id);
		if (!here || lastReview(c) > lastReview(here) || (lastReview(c) === lastReview(here) && c.fsrs.reps > here.fsrs.reps))
			cards.set(c.id, c);
	}
	return { v: SCHEMA_VERSION, deck: serialise([...cards.values()]) };
}
