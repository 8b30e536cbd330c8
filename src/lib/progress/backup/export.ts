/** Every record in the store as one JSON file. */
import type { KeyValueStore } from '../kv-store.ts';
import { KEY, SCHEMA_VERSION } from '../records.ts';
import { checkOne, fail, type Checked } from './check-record.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, DETAIL_MAX, backupKindOf } from './kinds.ts';

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
