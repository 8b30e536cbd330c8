/** Reading a backup file: all or nothing, before anything is written. */
import * as v from 'valibot';
import type { BackupError } from '../../domain/backup.ts';
import { firstIssue } from '../../instructor/assignment.ts';
import { LIMITS } from '../../instructor/limits.ts';
import { SCHEMA_VERSION } from '../records.ts';
import { checkOne, fail, type Checked } from './check-record.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, KEY_MAX, backupKindOf, type BackupKind } from './kinds.ts';

export type { BackupError };

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
