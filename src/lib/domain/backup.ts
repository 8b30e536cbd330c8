/**
 * What a backup can hold and what importing one can do: the vocabulary that
 * the storage boundary (progress/backup) and the wording (i18n) share.
 */

/** Every kind of record a backup holds, in the order a preview lists them. */
export const BACKUP_KINDS = [
	'attempt',
	'run',
	'deck',
	'mistakes',
	'history',
	'notes',
	'paper',
	'paperCurrent',
	'settings',
	'learnerAssignment',
	'learnerSubmission',
	'instructorAssignment',
	'instructorResult',
	'instructorStory',
	'setAside'
] as const;

export type BackupKind = (typeof BACKUP_KINDS)[number];

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
	/** Both combined (deck, mistake book, history, notes). */
	| 'combined'
	/** Combining both gives what is here already. */
	| 'nothing-new';

/** Why a file was refused; i18n/backup-messages.ts says it in words. */
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
