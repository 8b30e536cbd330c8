/**
 * The mistake book (错题本) and flags, as pure functions over one small
 * record. Every function returns a new record and leaves its input alone,
 * so the UI can keep the old one for undo and compare by reference.
 *
 * Decisions:
 * - An item leaves the mistake book after it is answered right
 *   CLEAR_AFTER (2) times in a row since its last mistake. Once could be a
 *   lucky guess among four options; twice in a row, usually on different
 *   days, shows it has been learned. Another wrong answer resets the run, and
 *   `count` keeps the total number of mistakes for as long as the item stays.
 * - Flags are the learner's own: only toggleFlag changes them. Clearing an
 *   item from the mistake book does not unflag it.
 * - Case mistakes (weak or harmful choices in a case) are read from the
 *   review deck, not kept here: a scenario card whose last answer was wrong
 *   is one. It leaves the book with one right answer (review or retry), since
 *   the deck keeps only the last result; it stays due in review as FSRS says.
 *   Cards made before this book listed cases show up too, with nothing to migrate.
 */
import * as v from 'valibot';
import type { ReviewCard, ScenarioCardContent } from './review.ts';
import type { TopicId } from './schema.ts';

export const MISTAKES_SCHEMA_VERSION = 1;
export const CLEAR_AFTER = 2;

const itemId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const MistakeEntrySchema = v.object({
	/** Wrong answers so far. */
	count: v.pipe(count, v.minValue(1)),
	/** When the last wrong answer was given. */
	lastAt: v.pipe(v.string(), v.isoTimestamp()),
	/** Right answers in a row since the last wrong one. */
	rightStreak: count
});
export type MistakeEntry = v.InferOutput<typeof MistakeEntrySchema>;

export const MistakeBookSchema = v.object({
	v: v.literal(MISTAKES_SCHEMA_VERSION),
	wrong: v.record(itemId, MistakeEntrySchema),
	flagged: v.pipe(
		v.array(itemId),
		v.check((xs) => new Set(xs).size === xs.length, 'an item is flagged twice')
	)
});
export type MistakeBook = v.InferOutput<typeof MistakeBookSchema>;

export function emptyMistakeBook(): MistakeBook {
	return { v: MISTAKES_SCHEMA_VERSION, wrong: {}, flagged: [] };
}

/**
 * Records one answer. A wrong answer adds the item (or counts another
 * mistake and restarts its streak); a right answer to an item in the book
 * extends its streak and removes it after `clearAfter` in a row. A right
 * answer to an item not in the book returns the same record.
 */
export function recordAnswer(book: MistakeBook, id: string, correct: boolean, now: Date, clearAfter = CLEAR_AFTER): MistakeBook {
	const entry = entryOf(book, id);
	if (!correct) {
		const next: MistakeEntry = { count: (entry?.count ?? 0) + 1, lastAt: now.toISOString(), rightStreak: 0 };
		return { ...book, wrong: { ...book.wrong, [id]: next } };
	}
	if (!entry) return book;
	const rightStreak = entry.rightStreak + 1;
	if (rightStreak >= clearAfter) {
		const rest = { ...book.wrong };
		delete rest[id];
		return { ...book, wrong: rest };
	}
	return { ...book, wrong: { ...book.wrong, [id]: { ...entry, rightStreak } } };
}

/** Flags an item, or unflags it if it was flagged. Flags keep the order they were set in. */
export function toggleFlag(book: MistakeBook, id: string): MistakeBook {
	const flagged = book.flagged.includes(id) ? book.flagged.filter((x) => x !== id) : [...book.flagged, id];
	return { ...book, flagged };
}

/** Own keys only: an id such as `constructor` must not find Object.prototype. */
function entryOf(book: MistakeBook, id: string): MistakeEntry | undefined {
	return Object.hasOwn(book.wrong, id) ? book.wrong[id] : undefined;
}

export function isFlagged(book: MistakeBook, id: string): boolean {
	return book.flagged.includes(id);
}

/** Kept as the tests' reference: the app reads the book through its views, never one id at a time. */
export function isInMistakeBook(book: MistakeBook, id: string): boolean {
	return entryOf(book, id) !== undefined;
}

export interface MistakeListEntry {
	id: string;
	/** Undefined when the item is no longer in the bank. */
	topic: TopicId | undefined;
	/** Null when the item is only flagged. */
	mistake: MistakeEntry | null;
	flagged: boolean;
}

export interface MistakeFilter {
	topic?: TopicId;
	/** 'wrong': the mistake book; 'flagged': flagged items; 'all' (default): either. */
	show?: 'all' | 'wrong' | 'flagged';
}

/**
 * Lists the book for the review page. Items with mistakes come first, most
 * mistakes first, then most recent; items that are only flagged follow in
 * the order they were flagged. `topicOf` maps an id to its topic (from the
 * bank); ids it does not know are kept unless a topic filter is set.
 */
export function listMistakes(
	book: MistakeBook,
	topicOf: (id: string) => TopicId | undefined,
	filter: MistakeFilter = {}
): MistakeListEntry[] {
	const show = filter.show ?? 'all';
	const flagged = new Set(book.flagged);
	const wrong: MistakeListEntry[] = Object.entries(book.wrong)
		.sort(([a, x], [b, y]) => y.count - x.count || Date.parse(y.lastAt) - Date.parse(x.lastAt) || (a < b ? -1 : 1))
		.map(([id, mistake]) => ({ id, topic: topicOf(id), mistake, flagged: flagged.has(id) }));
	const flags = (ids: readonly string[]): MistakeListEntry[] =>
		ids.map((id) => ({ id, topic: topicOf(id), mistake: entryOf(book, id) ?? null, flagged: true }));
	const all =
		show === 'wrong'
			? wrong
			: show === 'flagged'
				? flags(book.flagged)
				: [...wrong, ...flags(book.flagged.filter((id) => !entryOf(book, id)))];
	return filter.topic ? all.filter((e) => e.topic === filter.topic) : all;
}

export interface CaseMistake {
	/** The scenario card id. */
	id: string;
	content: ScenarioCardContent;
	/** When the decision was last got wrong: the card's last review, or when it was made. */
	lastAt: string;
}

/** The case decisions still answered wrong, most recent first (ties by id, so the order is stable). */
export function listCaseMistakes(deck: readonly ReviewCard[]): CaseMistake[] {
	return deck
		.flatMap((c) =>
			c.kind === 'scenario' && c.scenario && c.lastResult === 'wrong'
				? [{ id: c.id, content: c.scenario, lastAt: c.fsrs.last_review ?? c.addedAt }]
				: []
		)
		.sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
