/** What importing a backup would do, record by record, and doing it. */
import type { MergeAction, MergeReason } from '../../domain/backup.ts';
import type { AnswerEvent } from '../../quiz/history.ts';
import { emptyMistakeBook } from '../../quiz/mistakes.ts';
import { mergeNotes } from '../../quiz/notes.ts';
import { PREFIX } from '../keys.ts';
import type { KeyValueStore } from '../kv-store.ts';
import {
	KEY,
	SCHEMA_VERSION,
	kindOfKey,
	type AttemptRecord,
	type DeckRecord,
	type HistoryRecord,
	type MistakesRecord,
	type NotesRecord,
	type PaperCurrentRecord,
	type RunRecord
} from '../records.ts';
import { checkOne, fail, type Checked } from './check-record.ts';
import type { BackupKind } from './kinds.ts';
import { RULES, mergeDecks, mergeHistory, mergeMistakes, same, stamp } from './merge-rules.ts';
import type { Backup, BackupRecord } from './read.ts';

export { MERGE_ACTIONS, type MergeAction, type MergeReason } from '../../domain/backup.ts';

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
			else if (kind === 'notes')
				merged = { v: SCHEMA_VERSION, notes: mergeNotes((mine as NotesRecord).notes, (theirs as NotesRecord).notes) } satisfies NotesRecord;
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
export async function applyMerge(store: KeyValueStore, preview: MergePlan): Promise<MergePlan> {
	const plan = await planMerge(store, preview.backup);
	// One transaction in IndexedDB: a full disk leaves no half of the import behind.
	await store.setMany(plan.entries.flatMap((e) => ('value' in e ? [[e.key, e.value] as const] : [])));
	return plan;
}
