/**
 * Backups: everything in the store (progress, quiz state, assignments,
 * instructor data, settings, set-aside records) in one versioned JSON file,
 * a preview of what importing it would do, a merge, and a reset.
 *
 * Decisions:
 * - A file holds only records this version can read. At export, a stored
 *   value that does not validate, or a key no module owns, goes into the file
 *   as a set-aside record, the way the loader keeps bad records: nothing is
 *   dropped, and a file made here always imports here.
 * - Import is all or nothing. A file over the size limit, not JSON, with a
 *   `__proto__` key anywhere, of another format, from a newer format or
 *   schema version, with an unknown key or with one record that fails its
 *   schema is refused whole, with the reason, before anything is written.
 *   A file is either one this app wrote or it has been damaged or edited, and
 *   half of a damaged file is not worth guessing at. (A later app that adds a
 *   kind of record bumps BACKUP_VERSION, so this one refuses its files
 *   clearly instead of meeting keys it does not know.)
 * - Older records in a file are migrated by the same code that migrates
 *   stored records on load (checkRecord).
 * - The merge never removes a key and never replaces a record with an older
 *   one. Finished things (attempts, papers, results, set-aside records,
 *   assignments an instructor made) are added when missing and never
 *   replaced. Things that change carry a time, and the later one wins: a case
 *   in progress (updatedAt), the paper in progress (updatedAt), a saved story
 *   (savedAt), an accepted assignment (acceptedAt), a submission
 *   (finishedAt); on a tie this device's is kept. Settings stay this
 *   device's unless it has none. The review deck is merged card by card (the
 *   card reviewed last, then the one reviewed more often, wins), the answer
 *   history is the union of both (without duplicates, capped as the store
 *   caps it), the mistake book the union of both (for an item in both, the
 *   later mistake; flags from both). An item cleared from the book here stays
 *   cleared: it is not brought back when the merged history shows it was
 *   answered right CLEAR_AFTER times in a row after the backup's mistake.
 * - A case or mock paper in progress in the file is skipped when its attempt
 *   or finished paper is already here (or in the file): restoring it would
 *   reopen finished work.
 */
import { PREFIX } from './keys.ts';
import * as v from 'valibot';
import { AssignmentSchema, firstIssue } from '../instructor/assignment.ts';
import { resultKey } from './class-results.ts';
import { AcceptedSchema } from './learner-assignments.ts';
import { LIMITS } from '../instructor/limits.ts';
import { ResultSchema, readResultFile } from '../instructor/result.ts';
import { HISTORY_CAP, type AnswerEvent } from '../quiz/history.ts';
import { CLEAR_AFTER, emptyMistakeBook, type MistakeBook } from '../quiz/mistakes.ts';
import { writeEach, type WriteMany } from './batch-write.ts';
import { checkInstructorRecord } from './instructor-records.ts';
import type { KeyValueStore } from './kv-store.ts';
import { checkRecord } from './progress.ts';
import {
	KEY,
	SCHEMA_VERSION,
	instructorKindOfKey,
	kindOfKey,
	type AttemptRecord,
	type DeckRecord,
	type HistoryRecord,
	type InstructorKind,
	type MistakesRecord,
	type PaperCurrentRecord,
	type RecordKind,
	type RunRecord
} from './records.ts';

export const BACKUP_FORMAT = 'casework-trainer-backup';
/** The file format: bumped when a kind of record is added or a file's shape changes. */
export const BACKUP_VERSION = 1;

/** Longest key a file may hold; the app's own keys are far shorter. */
const KEY_MAX = 1000;
/** Longest reason a set-aside record may carry (one per bad card of a deck, joined). */
const DETAIL_MAX = 100_000;

export type BackupKind = RecordKind | InstructorKind | 'setAside';

/** Every kind, in the order a preview lists them. */
export const BACKUP_KINDS = [
	'attempt',
	'run',
	'deck',
	'mistakes',
	'history',
	'paper',
	'paperCurrent',
	'settings',
	'learnerAssignment',
	'learnerSubmission',
	'instructorAssignment',
	'instructorResult',
	'instructorStory',
	'setAside'
] as const satisfies readonly BackupKind[];

/** The kind of record stored under `key`, or null when no module owns the key. */
export function backupKindOf(key: string): BackupKind | null {
	if (key.startsWith(PREFIX.setAside)) return 'setAside';
	return kindOfKey(key) ?? instructorKindOfKey(key);
}

// ---------------------------------------------------------------- reading one record

type Checked = { ok: true; value: unknown; migrated: boolean } | { ok: false; detail: string; newer?: boolean };

const fail = (detail: string, newer = false): Checked => ({ ok: false, detail, newer });
const pass = (value: unknown, migrated = false): Checked => ({ ok: true, value, migrated });
const misplaced = (expected: string): Checked => fail(`belongs under ${expected}`);

/** What the loader writes under `set-aside:<time>:<key>`. */
const SetAsideSchema = v.object({
	key: v.pipe(v.string(), v.minLength(1), v.maxLength(KEY_MAX)),
	// A string, not the loader's current list: a reason added later must not turn a kept record into a refused file.
	reason: v.pipe(v.string(), v.maxLength(100)),
	detail: v.pipe(v.string(), v.maxLength(DETAIL_MAX)),
	raw: v.optional(v.unknown())
});
const SET_ASIDE_KEY = /^set-aside:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z:([\s\S]+)$/;

/** The key the progress module stores a valid record of this kind under. */
function progressKey(kind: RecordKind, value: unknown): string {
	switch (kind) {
		case 'run':
			return KEY.run((value as RunRecord).scenarioId);
		case 'attempt':
			return KEY.attempt((value as AttemptRecord).id);
		case 'paper':
			return KEY.paper((value as { id: string }).id);
		default:
			return { settings: KEY.settings, deck: KEY.deck, mistakes: KEY.mistakes, history: KEY.history, paperCurrent: KEY.paperCurrent }[kind];
	}
}

/**
 * An instructor or learner record that passed the loader's check, parsed
 * with its store's schema (unknown fields dropped) and checked to sit under
 * the key its store would give it.
 */
async function normalise(kind: InstructorKind, key: string, raw: unknown): Promise<Checked> {
	let value: { key: string; record: unknown };
	switch (kind) {
		case 'instructorResult': {
			const pkg = readResultFile(JSON.stringify(raw));
			value = { key: resultKey(pkg), record: pkg };
			break;
		}
		case 'instructorStory': {
			// custom-story.ts brings the ink runtime: loaded only for a file that holds stories.
			const { StoredStorySchema } = await import('../instructor/custom-story.ts');
			const story = v.parse(StoredStorySchema, raw);
			value = { key: KEY.instructorStory(story.hash), record: story };
			break;
		}
		case 'instructorAssignment': {
			const assignment = v.parse(AssignmentSchema, raw);
			value = { key: KEY.instructorAssignment(assignment.id), record: assignment };
			break;
		}
		case 'learnerAssignment': {
			const accepted = v.parse(AcceptedSchema, raw);
			value = { key: KEY.learnerAssignment(accepted.assignment.id), record: accepted };
			break;
		}
		case 'learnerSubmission': {
			const pkg = v.parse(ResultSchema, raw);
			if (!pkg.assignmentId) return fail('a submission without its assignment');
			value = { key: KEY.learnerSubmission(pkg.assignmentId, pkg.scenarioId), record: pkg };
			break;
		}
	}
	return value.key === key ? pass(value.record) : misplaced(value.key);
}

/**
 * Validates one record exactly as the module that owns it reads it, migrates
 * an older progress record, and checks that it sits under its own key.
 * The value returned is the validated one, with unknown fields dropped.
 */
async function checkOne(kind: BackupKind, key: string, raw: unknown): Promise<Checked> {
	switch (kind) {
		case 'setAside': {
			const m = SET_ASIDE_KEY.exec(key);
			if (!m) return fail('not a set-aside key (set-aside:<time>:<key>)');
			const parsed = v.safeParse(SetAsideSchema, raw);
			if (!parsed.success) return fail(firstIssue(parsed.issues));
			if (parsed.output.key !== m[1]) return fail(`set aside from ${parsed.output.key}, not ${m[1]}`);
			return pass(parsed.output);
		}
		case 'instructorResult':
		case 'instructorStory':
		case 'instructorAssignment':
		case 'learnerAssignment':
		case 'learnerSubmission': {
			// The loader's own check first (instructor-records.ts), so a record it accepts is one a backup holds.
			const checked = await checkInstructorRecord(kind, key, raw);
			if (!checked.ok) return fail(checked.detail, checked.reason === 'newer-version');
			return normalise(kind, key, raw);
		}
		default: {
			const checked = checkRecord(kind, raw);
			if (!checked.ok) return fail(checked.detail, checked.reason === 'newer-version');
			const expected = progressKey(kind, checked.value);
			if (expected !== key) return misplaced(expected);
			if (kind === 'deck') {
				// review.ts brings the FSRS scheduler: loaded only when there is a deck.
				const { deserialise } = await import('../quiz/review.ts');
				const deck = deserialise((checked.value as DeckRecord).deck);
				if (!deck.ok) return fail(`deck: ${deck.detail}`, deck.reason === 'newer-version');
				if (deck.invalid.length) return fail(`deck: card ${deck.invalid[0].index}: ${deck.invalid[0].detail}`);
			}
			return pass(checked.value, checked.migrated);
		}
	}
}

// ---------------------------------------------------------------- export

/** A JSON copy of anything: what JSON cannot hold is dropped, and no `__proto__` key survives. */
function jsonCopy(raw: unknown): unknown {
	try {
		const text = JSON.stringify(raw);
		return text === undefined ? null : JSON.parse(text, (k, value) => (k === '__proto__' ? undefined : value));
	} catch {
		return String(raw);
	}
}

/**
 * Every record in the store as one JSON text. Records that do not validate,
 * and keys no module owns, are written as set-aside records (see above).
 */
export async function exportBackup(store: KeyValueStore, now: Date): Promise<string> {
	const at = now.toISOString();
	const records: [string, unknown][] = [];
	const keys = (await store.keys()).sort();
	// Read together: IndexedDB queues the gets without a round trip each.
	const values = await Promise.all(
		keys.map((key) =>
			store.get(key).then(
				(raw) => ({ raw, failed: false, error: null as unknown }),
				(error: unknown) => ({ raw: null, failed: true, error })
			)
		)
	);
	for (const [i, key] of keys.entries()) {
		const { raw, failed, error } = values[i];
		let checked: Checked;
		try {
			if (failed) throw error;
			const kind = backupKindOf(key);
			checked = kind ? await checkOne(kind, key, raw) : fail('no part of this app stores records under this key');
		} catch (e) {
			checked = fail(`unreadable: ${e instanceof Error ? e.message : String(e)}`);
		}
		// As stored: a field this version does not know may matter to a later one.
		if (checked.ok) records.push([key, jsonCopy(raw)]);
		else
			records.push([
				KEY.setAside(key, at),
				{
					key,
					reason: checked.newer ? 'newer-version' : 'invalid',
					detail: checked.detail.slice(0, DETAIL_MAX),
					raw: jsonCopy(raw)
				}
			]);
	}
	// fromEntries defines own properties, so even a key named like an Object.prototype member stays data.
	return JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		schema: SCHEMA_VERSION,
		exportedAt: at,
		records: Object.fromEntries(records)
	});
}

/** `casework-backup-YYYY-MM-DD.json`, with the learner's own calendar date. */
export function backupFilename(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `casework-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

// ---------------------------------------------------------------- import

export interface BackupRecord {
	kind: BackupKind;
	/** Validated, and migrated to the current schema version: what the merge compares. */
	value: unknown;
	/**
	 * What is stored when the record is added or replaces one: the file's own
	 * value, so a round trip stores exactly what was exported (and a field this
	 * version does not know is kept for the one that does), or the migrated
	 * value when it was older, as the loader would store it.
	 */
	write: unknown;
	migrated: boolean;
}

export interface Backup {
	exportedAt: string;
	version: number;
	schema: number;
	/** Key → record, in key order. */
	records: Map<string, BackupRecord>;
	/** How many records were written by an older version and migrated. */
	migrated: number;
}

/** Why a file was refused; backup-messages.ts says it in words. */
export type BackupError =
	| { code: 'too-large'; limit: number }
	| { code: 'not-json' }
	| { code: 'proto-key' }
	| { code: 'not-backup' }
	| { code: 'newer-format'; version: number }
	| { code: 'newer-schema'; schema: number }
	| { code: 'bad-envelope'; detail: string }
	| { code: 'too-many-records'; count: number; limit: number }
	| { code: 'unknown-key'; key: string }
	| { code: 'newer-record'; key: string; detail: string }
	| { code: 'invalid-record'; key: string; detail: string };

export type BackupRead = { ok: true; backup: Backup } | { ok: false; error: BackupError };

const EnvelopeSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(BACKUP_VERSION)),
	schema: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SCHEMA_VERSION)),
	exportedAt: v.pipe(v.string(), v.isoTimestamp()),
	records: v.custom<Record<string, unknown>>(
		(x) => typeof x === 'object' && x !== null && !Array.isArray(x),
		'records must be an object of key → record'
	)
});

/**
 * Whether any object in parsed JSON has an own `__proto__` key. JSON.parse
 * makes it a plain property, harmless until some code copies it with
 * assignment and so sets a prototype; a file holding one is refused rather
 * than trusted to every later copy. (Looked for after parsing, as
 * `"\u005f_proto__"` spells it too.)
 */
function hasProtoKey(value: unknown): boolean {
	const stack = [value];
	while (stack.length) {
		const x = stack.pop();
		if (typeof x !== 'object' || x === null) continue;
		if (!Array.isArray(x) && Object.hasOwn(x, '__proto__')) return true;
		for (const child of Object.values(x)) stack.push(child);
	}
	return false;
}

const refuse = (error: BackupError): BackupRead => ({ ok: false, error });
/** Keys are shown to the learner: a hostile one is cut short. */
const shown = (key: string) => (key.length > 120 ? `${key.slice(0, 117)}…` : key);

/**
 * Reads a backup file's text and validates every record in it. Pure (the
 * store is not touched); never throws.
 */
export async function readBackup(text: string): Promise<BackupRead> {
	if (typeof text !== 'string') return refuse({ code: 'not-json' });
	// A string of n characters is at least n bytes of UTF-8.
	if (text.length > LIMITS.backupBytes) return refuse({ code: 'too-large', limit: LIMITS.backupBytes });
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return refuse({ code: 'not-json' });
	}
	if (hasProtoKey(value)) return refuse({ code: 'proto-key' });
	if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT)
		return refuse({ code: 'not-backup' });
	const { version, schema } = value as { version?: unknown; schema?: unknown };
	if (typeof version === 'number' && version > BACKUP_VERSION) return refuse({ code: 'newer-format', version });
	if (typeof schema === 'number' && schema > SCHEMA_VERSION) return refuse({ code: 'newer-schema', schema });
	const envelope = v.safeParse(EnvelopeSchema, value);
	if (!envelope.success) return refuse({ code: 'bad-envelope', detail: firstIssue(envelope.issues) });
	const keys = Object.keys(envelope.output.records);
	if (keys.length > LIMITS.backupRecords) return refuse({ code: 'too-many-records', count: keys.length, limit: LIMITS.backupRecords });
	const records = new Map<string, BackupRecord>();
	let migrated = 0;
	for (const key of keys.sort()) {
		const kind = key.length <= KEY_MAX ? backupKindOf(key) : null;
		if (!kind) return refuse({ code: 'unknown-key', key: shown(key) });
		let checked: Checked;
		try {
			checked = await checkOne(kind, key, envelope.output.records[key]);
		} catch (e) {
			checked = fail(e instanceof Error ? e.message : String(e));
		}
		if (!checked.ok)
			return refuse({ code: checked.newer ? 'newer-record' : 'invalid-record', key: shown(key), detail: checked.detail.slice(0, 300) });
		const raw = envelope.output.records[key];
		records.set(key, { kind, value: checked.value, write: checked.migrated ? checked.value : raw, migrated: checked.migrated });
		if (checked.migrated) migrated++;
	}
	const { exportedAt } = envelope.output;
	return { ok: true, backup: { exportedAt, version: envelope.output.version, schema: envelope.output.schema, records, migrated } };
}

// ---------------------------------------------------------------- merge

/**
 * - add: not here; the backup's is written.
 * - identical: the same record is here.
 * - keep: both differ and this device's stays (see `reason`).
 * - replace: the backup's is newer and is written over this device's.
 * - merge: both are combined and the result written.
 * - skip: the backup's is not written (finished work in progress).
 */
export type MergeAction = 'add' | 'identical' | 'keep' | 'replace' | 'merge' | 'skip';
export const MERGE_ACTIONS = ['add', 'replace', 'merge', 'keep', 'skip', 'identical'] as const satisfies readonly MergeAction[];

export type MergeReason =
	/** This device's record is the later one (or as late). */
	| 'current-newer'
	/** The backup's record is the later one. */
	| 'backup-newer'
	/** A finished record that is never rewritten; this device's differs. */
	| 'finished-differs'
	/** Settings stay this device's. */
	| 'device-settings'
	/** A case or paper in progress whose finished attempt or paper exists. */
	| 'already-finished'
	/** This device's record does not validate; it is left for the loader to set aside. */
	| 'current-unreadable'
	/** Both combined (deck, mistake book, history). */
	| 'combined'
	/** Combining both gives what is here already. */
	| 'nothing-new';

export interface PlanEntry {
	key: string;
	kind: BackupKind;
	action: MergeAction;
	reason?: MergeReason;
	/** What will be written (add, replace, merge). */
	value?: unknown;
}

export type MergeCounts = Partial<Record<BackupKind, Record<MergeAction, number>>>;

export interface MergePlan {
	backup: Backup;
	/** One entry per record in the backup, in key order. */
	entries: PlanEntry[];
	/** Per kind present in the backup, how many records get each action. */
	counts: MergeCounts;
	/** Records that will be written. */
	writes: number;
}

type Rule = 'finished' | 'newest' | 'device' | 'merge';
const RULES: Record<BackupKind, Rule> = {
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
	history: 'merge'
};

/** The time a changing record was last written. */
function stamp(kind: BackupKind, value: unknown): number {
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

function same(kind: BackupKind, a: unknown, b: unknown): boolean {
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
	const { deserialise, serialise } = await import('../quiz/review.ts');
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

interface Context {
	/** `scenarioId|startedAt` of every attempt here or in the backup. */
	finishedRuns: Set<string>;
	/** Ids of every finished paper here or in the backup. */
	finishedPapers: Set<string>;
	/** The merged answer history, for the mistake book. */
	history: readonly AnswerEvent[];
}

function isFinished(kind: BackupKind, value: unknown, ctx: Context): boolean {
	if (kind === 'run') return ctx.finishedRuns.has(`${(value as RunRecord).scenarioId}|${(value as RunRecord).startedAt}`);
	if (kind === 'paperCurrent') return ctx.finishedPapers.has((value as PaperCurrentRecord).id);
	return false;
}

async function resolve(here: Checked | null, record: BackupRecord, ctx: Context): Promise<Omit<PlanEntry, 'key' | 'kind'>> {
	const { kind, value: theirs } = record;
	if (here?.ok && same(kind, here.value, theirs)) return { action: 'identical' };
	if (isFinished(kind, theirs, ctx)) return { action: 'skip', reason: 'already-finished' };
	if (!here) {
		if (kind === 'mistakes') {
			// Even with no book here, an item this device's history shows learned since stays out.
			const book = mergeMistakes(emptyMistakeBook(), (theirs as MistakesRecord).book, ctx.history);
			const value = { v: SCHEMA_VERSION, book } satisfies MistakesRecord;
			if (!same(kind, value, theirs)) return { action: 'add', value };
		}
		return { action: 'add', value: record.write };
	}
	if (!here.ok) return { action: 'keep', reason: 'current-unreadable' };
	const mine = here.value;
	switch (RULES[kind]) {
		case 'finished':
			return { action: 'keep', reason: 'finished-differs' };
		case 'device':
			return { action: 'keep', reason: 'device-settings' };
		case 'newest':
			return stamp(kind, theirs) > stamp(kind, mine)
				? { action: 'replace', reason: 'backup-newer', value: record.write }
				: { action: 'keep', reason: 'current-newer' };
		case 'merge': {
			let merged: unknown;
			if (kind === 'deck') merged = await mergeDecks(mine as DeckRecord, theirs as DeckRecord);
			else if (kind === 'history') merged = { v: SCHEMA_VERSION, events: [...ctx.history] } satisfies HistoryRecord;
			else merged = { v: SCHEMA_VERSION, book: mergeMistakes((mine as MistakesRecord).book, (theirs as MistakesRecord).book, ctx.history) };
			return same(kind, merged, mine) ? { action: 'keep', reason: 'nothing-new' } : { action: 'merge', reason: 'combined', value: merged };
		}
	}
}

/**
 * What importing `backup` would do to `store`, record by record. Reads the
 * store, writes nothing.
 */
export async function planMerge(store: KeyValueStore, backup: Backup): Promise<MergePlan> {
	const keys = new Set(await store.keys());
	const here = new Map<string, Checked>();
	const readHere = async (key: string, kind: BackupKind) => {
		let checked: Checked;
		try {
			checked = await checkOne(kind, key, await store.get(key));
		} catch (e) {
			checked = fail(String(e));
		}
		here.set(key, checked);
		return checked;
	};
	// Read together: IndexedDB queues the gets without a round trip each.
	await Promise.all([...backup.records].filter(([key]) => keys.has(key)).map(([key, record]) => readHere(key, record.kind)));

	const ctx: Context = { finishedRuns: new Set(), finishedPapers: new Set(), history: [] };
	const noteAttempt = (a: AttemptRecord) => ctx.finishedRuns.add(`${a.scenarioId}|${a.startedAt}`);
	for (const [key, record] of backup.records) {
		if (record.kind === 'attempt') noteAttempt(record.value as AttemptRecord);
		if (record.kind === 'paper') ctx.finishedPapers.add(key.slice(PREFIX.paper.length));
	}
	const needsFinished = [...backup.records.values()].some((r) => r.kind === 'run' || r.kind === 'paperCurrent');
	if (needsFinished) {
		for (const key of keys) if (kindOfKey(key) === 'paper') ctx.finishedPapers.add(key.slice(PREFIX.paper.length));
		const attempts = [...keys].filter((key) => kindOfKey(key) === 'attempt');
		for (const checked of await Promise.all(attempts.map((key) => here.get(key) ?? readHere(key, 'attempt'))))
			if (checked.ok) noteAttempt(checked.value as AttemptRecord);
	}
	// The mistake book is merged against the history, which the file may not hold.
	const myHistory = keys.has(KEY.history) ? (here.get(KEY.history) ?? (await readHere(KEY.history, 'history'))) : undefined;
	const theirHistory = backup.records.get(KEY.history);
	ctx.history = mergeHistory(
		myHistory?.ok ? (myHistory.value as HistoryRecord).events : [],
		theirHistory ? (theirHistory.value as HistoryRecord).events : []
	);

	const entries: PlanEntry[] = [];
	const counts: MergeCounts = {};
	let writes = 0;
	for (const [key, record] of backup.records) {
		const entry: PlanEntry = { key, kind: record.kind, ...(await resolve(here.get(key) ?? null, record, ctx)) };
		entries.push(entry);
		const tally = (counts[record.kind] ??= { add: 0, identical: 0, keep: 0, replace: 0, merge: 0, skip: 0 });
		tally[entry.action]++;
		if ('value' in entry) writes++;
	}
	return { backup, entries, counts, writes };
}

/**
 * Imports a previewed backup. The plan is made again first, against the
 * store as it is now: anything written since the preview is merged, never
 * overwritten. Only adds and updates are written; no key is removed.
 * @returns the plan that was applied
 */
export async function applyMerge(store: KeyValueStore, preview: MergePlan, writeMany: WriteMany = writeEach(store)): Promise<MergePlan> {
	const plan = await planMerge(store, preview.backup);
	// With batch-write.ts's writer, one transaction: a full disk leaves no half of the import behind.
	await writeMany(plan.entries.flatMap((e) => ('value' in e ? [[e.key, e.value] as const] : [])));
	return plan;
}

// ---------------------------------------------------------------- reset

/** Removes every key from the store. @returns how many there were. */
export async function resetAll(store: KeyValueStore): Promise<number> {
	const keys = await store.keys();
	await Promise.all(keys.map((k) => store.remove(k)));
	return keys.length;
}

/**
 * What the panels need from the app's progress state: the store, in turn
 * with its other writes, a writer of many records at once, and a fresh read
 * of every record afterwards. ProgressState.withStore provides it.
 */
export interface StoreHost {
	withStore<T>(
		task: (store: KeyValueStore, writeMany: WriteMany) => Promise<T>,
		options?: { reload?: boolean; replaces?: boolean }
	): Promise<T>;
}
