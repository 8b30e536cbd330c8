/**
 * The only code that reads and writes learner progress. Works over any
 * KeyValueStore; every record is validated on load, and anything that does
 * not fit is moved aside under a `set-aside:` key and reported, so one bad
 * record never stops the app or costs the learner anything else.
 */
import * as v from 'valibot';
import type { AnswerEvent } from '../quiz/history.ts';
import { emptyMistakeBook, type MistakeBook } from '../quiz/mistakes.ts';
import type { Notes } from '../quiz/notes.ts';
import type { ReviewCard } from '../quiz/review.ts';
import type { KeyValueStore } from './kv-store.ts';
import { PREFIX } from './keys.ts';
import { DEFAULT_DISPLAY } from '../settings/display.ts';
import {
	DEFAULT_PLAN_SETTINGS,
	DEFAULT_PRACTICE_SETTINGS,
	DEFAULT_QUIZ_SETTINGS,
	KEY,
	MIGRATIONS,
	SCHEMAS,
	SCHEMA_VERSION,
	instructorKindOfKey,
	kindOfKey,
	type AttemptRecord,
	type DeckRecord,
	type HistoryRecord,
	type InstructorKind,
	type MistakesRecord,
	type NotesRecord,
	type PaperCurrentRecord,
	type PaperRecord,
	type RecordKind,
	type RunRecord,
	type SettingsRecord
} from './records.ts';

import type { SetAside, SetAsideFn } from './records.ts';

export type { SetAside, SetAsideFn };

export interface Progress {
	runs: Map<string, RunRecord>;
	attempts: AttemptRecord[];
	settings: SettingsRecord;
	/** Review cards (quiz items and scenario decisions). */
	deck: ReviewCard[];
	mistakes: MistakeBook;
	/** Answer events, oldest first. */
	history: AnswerEvent[];
	/** The learner's notes, by item or scenario card id. */
	notes: Notes;
	/** Finished mock papers, oldest first. */
	papers: PaperRecord[];
	/** The mock paper in progress, if any. */
	paperCurrent: PaperCurrentRecord | null;
	/** Records set aside by this load. */
	setAside: SetAside[];
	/**
	 * The first write of this load that failed (a migration, a set-aside copy):
	 * the load goes on with what it read, and the record stays where it was.
	 */
	writeError?: unknown;
}

type Checked<K extends RecordKind> =
	{ ok: true; value: v.InferOutput<(typeof SCHEMAS)[K]>; migrated: boolean } | { ok: false; reason: SetAside['reason']; detail: string };

/** Validates (and if needed migrates) one stored value. Pure. */
export function checkRecord<K extends RecordKind>(kind: K, raw: unknown): Checked<K> {
	let value = raw;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			return { ok: false, reason: 'unreadable', detail: 'not valid JSON' };
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'unreadable', detail: 'not an object' };
	let record = value as Record<string, unknown>;
	const version = record.v;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
		return { ok: false, reason: 'invalid', detail: 'no schema version' };
	if (version > SCHEMA_VERSION) return { ok: false, reason: 'newer-version', detail: `written by a newer version (v${version})` };
	let migrated = false;
	for (let from = version; from < SCHEMA_VERSION; from++) {
		const step = MIGRATIONS[from];
		if (!step) return { ok: false, reason: 'invalid', detail: `no migration from v${from}` };
		record = step(record, kind);
		migrated = true;
	}
	const parsed = v.safeParse(SCHEMAS[kind], record);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
		return { ok: false, reason: 'invalid', detail: `${path ? path + ': ' : ''}${issue.message}` };
	}
	return { ok: true, value: parsed.output as v.InferOutput<(typeof SCHEMAS)[K]>, migrated };
}

export const DEFAULT_SETTINGS: SettingsRecord = {
	v: SCHEMA_VERSION,
	quiz: DEFAULT_QUIZ_SETTINGS,
	display: DEFAULT_DISPLAY,
	practice: DEFAULT_PRACTICE_SETTINGS,
	plan: DEFAULT_PLAN_SETTINGS
};

/** Reads everything; sets aside what does not validate. `now` names the set-aside keys. */
export async function loadProgress(store: KeyValueStore, now: Date): Promise<Progress> {
	const out: Progress = {
		runs: new Map(),
		attempts: [],
		settings: DEFAULT_SETTINGS,
		deck: [],
		mistakes: emptyMistakeBook(),
		history: [],
		notes: {},
		papers: [],
		paperCurrent: null,
		setAside: []
	};
	// A full or failing store must not stop the load (the learner would see nothing of what is saved).
	const tryWrite = async (write: () => Promise<void>): Promise<boolean> => {
		try {
			await write();
			return true;
		} catch (e) {
			out.writeError ??= e;
			return false;
		}
	};
	/** Reports the record and keeps a copy under a set-aside key; the original is removed (or `then` runs) only once the copy is stored. */
	const setAside: SetAsideFn = async (key, kind, reason, detail, raw, then = () => store.remove(key)) => {
		out.setAside.push({ key, kind, reason, detail });
		if (await tryWrite(() => store.set(KEY.setAside(key, now.toISOString()), { key, reason, detail, raw: safeCopy(raw) })))
			await tryWrite(then);
	};
	const instructorKeys: [string, InstructorKind][] = [];
	for (const key of await store.keys()) {
		const kind = kindOfKey(key);
		if (!kind) {
			const other = instructorKindOfKey(key);
			if (other) instructorKeys.push([key, other]);
			continue;
		}
		let raw: unknown;
		try {
			raw = await store.get(key);
		} catch (e) {
			out.setAside.push({ key, kind, reason: 'unreadable', detail: String(e) });
			continue;
		}
		const checked = checkRecord(kind, raw);
		if (!checked.ok) {
			await setAside(key, kind, checked.reason, checked.detail, raw);
			continue;
		}
		if (checked.migrated) await tryWrite(() => store.set(key, checked.value));
		switch (kind) {
			case 'run': {
				const run = checked.value as RunRecord;
				out.runs.set(run.scenarioId, run);
				break;
			}
			case 'attempt':
				out.attempts.push(checked.value as AttemptRecord);
				break;
			case 'settings':
				out.settings = checked.value as SettingsRecord;
				break;
			case 'deck': {
				// Loaded only when there is a deck: review.ts brings the FSRS scheduler, which pages without a quiz never need.
				const { deserialise, serialise } = await import('../quiz/review.ts');
				const deck = deserialise((checked.value as DeckRecord).deck);
				if (!deck.ok) {
					await setAside(key, kind, deck.reason, `deck: ${deck.detail}`, raw);
					break;
				}
				out.deck = deck.cards;
				if (deck.invalid.length) {
					// Keep the good cards; the bad ones are kept aside, together, with the reason for each.
					const detail = deck.invalid.map((x) => `card ${x.index}: ${x.detail}`).join('; ');
					await setAside(key, kind, 'invalid', detail, deck.invalid, () =>
						store.set(key, { v: SCHEMA_VERSION, deck: serialise(deck.cards) } satisfies DeckRecord)
					);
				}
				break;
			}
			case 'mistakes':
				out.mistakes = (checked.value as MistakesRecord).book;
				break;
			case 'history':
				out.history = (checked.value as HistoryRecord).events;
				break;
			case 'notes':
				out.notes = (checked.value as NotesRecord).notes;
				break;
			case 'paper':
				out.papers.push(checked.value as PaperRecord);
				break;
			case 'paperCurrent':
				out.paperCurrent = checked.value as PaperCurrentRecord;
				break;
		}
	}
	// Their schemas come with the instructor code, which pages without such records never load.
	if (instructorKeys.length)
		await (await import('./instructor-records.ts')).checkInstructorRecords(store, instructorKeys, setAside, out.setAside);
	out.attempts.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	out.papers.sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
	return out;
}

/** The browser refused a write because this site's storage is full. */
export const isQuotaError = (e: unknown): boolean => (e as { name?: unknown } | null)?.name === 'QuotaExceededError';

function safeCopy(raw: unknown): unknown {
	try {
		return structuredClone(raw);
	} catch {
		return String(raw);
	}
}

export async function saveRun(store: KeyValueStore, run: RunRecord): Promise<void> {
	await store.set(KEY.run(run.scenarioId), run);
}

export async function discardRun(store: KeyValueStore, scenarioId: string): Promise<void> {
	await store.remove(KEY.run(scenarioId));
}

/** Moves a run that no longer replays out of the way, keeping it. */
export async function setRunAside(store: KeyValueStore, run: RunRecord, detail: string, now: Date): Promise<void> {
	await store.set(KEY.setAside(KEY.run(run.scenarioId), now.toISOString()), {
		key: KEY.run(run.scenarioId),
		reason: 'invalid',
		detail,
		raw: run
	});
	await store.remove(KEY.run(run.scenarioId));
}

/** Stores the attempt first, then drops the run: a failure in between loses nothing. */
export async function finishRun(store: KeyValueStore, attempt: AttemptRecord): Promise<void> {
	await store.set(KEY.attempt(attempt.id), attempt);
	await store.remove(KEY.run(attempt.scenarioId));
}

export async function saveSettings(store: KeyValueStore, settings: SettingsRecord): Promise<void> {
	await store.set(KEY.settings, settings);
}

export interface ScenarioSummary {
	attempts: number;
	/**
	 * Best total per mode, apart: practice allows undo after reading the
	 * feedback, so only the exam-mode best says what the learner can do.
	 */
	best: { exam: number | null; practice: number | null };
	last?: AttemptRecord;
}

export function summarise(attempts: readonly AttemptRecord[], scenarioId: string): ScenarioSummary {
	const mine = attempts.filter((a) => a.scenarioId === scenarioId);
	const bestIn = (mode: AttemptRecord['mode']) => {
		const totals = mine.filter((a) => a.mode === mode).map((a) => a.total);
		return totals.length ? Math.max(...totals) : null;
	};
	return { attempts: mine.length, best: { exam: bestIn('exam'), practice: bestIn('practice') }, last: mine.at(-1) };
}

/** Stores the review deck (cards already built by review.ts). */
export async function saveDeck(store: KeyValueStore, deck: string): Promise<void> {
	await store.set(KEY.deck, { v: SCHEMA_VERSION, deck } satisfies DeckRecord);
}

export async function saveMistakes(store: KeyValueStore, book: MistakeBook): Promise<void> {
	await store.set(KEY.mistakes, { v: SCHEMA_VERSION, book } satisfies MistakesRecord);
}

export async function saveHistory(store: KeyValueStore, events: readonly AnswerEvent[]): Promise<void> {
	await store.set(KEY.history, { v: SCHEMA_VERSION, events: [...events] } satisfies HistoryRecord);
}

export async function saveNotes(store: KeyValueStore, notes: Notes): Promise<void> {
	await store.set(KEY.notes, { v: SCHEMA_VERSION, notes } satisfies NotesRecord);
}

export async function savePaperCurrent(store: KeyValueStore, paper: PaperCurrentRecord): Promise<void> {
	await store.set(KEY.paperCurrent, paper);
}

export async function discardPaperCurrent(store: KeyValueStore): Promise<void> {
	await store.remove(KEY.paperCurrent);
}

/** Stores the finished paper first, then drops the one in progress: a failure in between loses nothing. */
export async function finishPaper(store: KeyValueStore, paper: PaperRecord): Promise<void> {
	await store.set(KEY.paper(paper.id), paper);
	await store.remove(KEY.paperCurrent);
}

/** How many assignments the learner has accepted, counted by key: the assignment page validates them. */
export async function countAcceptedAssignments(store: KeyValueStore): Promise<number> {
	return (await store.keys()).filter((k) => k.startsWith(PREFIX.learnerAssignment)).length;
}
