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
 *   The learner's notes are merged note by note: the one written later wins
 *   (a cleared note is kept as empty with its time, so it stays cleared).
 * - A case or mock paper in progress in the file is skipped when its attempt
 *   or finished paper is already here (or in the file): restoring it would
 *   reopen finished work.
 */
export { BACKUP_FORMAT, BACKUP_KINDS, BACKUP_VERSION, backupKindOf, type BackupKind } from './kinds.ts';
export { backupFilename, exportBackup } from './export.ts';
export { readBackup, type Backup, type BackupError, type BackupRead, type BackupRecord } from './read.ts';
export { mergeDecks, mergeHistory, mergeMistakes } from './merge-rules.ts';
export {
	MERGE_ACTIONS,
	applyMerge,
	planMerge,
	type MergeAction,
	type MergeCounts,
	type MergePlan,
	type MergeReason,
	type PlanEntry
} from './plan.ts';
export { resetAll, type StoreHost } from './reset.ts';
