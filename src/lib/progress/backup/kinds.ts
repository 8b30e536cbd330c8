/** The file format's constants and which kind of record a key holds. */
import { BACKUP_KINDS, type BackupKind } from '../../domain/backup.ts';
import { PREFIX } from '../keys.ts';
import { instructorKindOfKey, kindOfKey, type InstructorKind, type RecordKind } from '../records.ts';

export { BACKUP_KINDS, type BackupKind };

export const BACKUP_FORMAT = 'casework-trainer-backup';
/**
 * The file format: bumped when a kind of record is added or a file's shape
 * changes. v2 added the learner's notes; a v1 file still imports (it holds
 * none).
 */
export const BACKUP_VERSION = 2;

/** Longest key a file may hold; the app's own keys are far shorter. */
export const KEY_MAX = 1000;
/** Longest reason a set-aside record may carry (one per bad card of a deck, joined). */
export const DETAIL_MAX = 100_000;

// The shared list must name exactly the kinds the stores keep, no more and no fewer.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const EVERY_KIND: Same<BackupKind, RecordKind | InstructorKind | 'setAside'> = true;
void EVERY_KIND;

/** The kind of record stored under `key`, or null when no module owns the key. */
export function backupKindOf(key: string): BackupKind | null {
	if (key.startsWith(PREFIX.setAside)) return 'setAside';
	return kindOfKey(key) ?? instructorKindOfKey(key);
}
