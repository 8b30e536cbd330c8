/** Backup files and stores for the backup tests. */
import { readBackup, planMerge, BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupError } from './index.ts';
import { MemoryStore } from '../kv-store.ts';
import { DEFAULT_QUIZ_SETTINGS, SCHEMA_VERSION } from '../records.ts';

export const NOW = new Date('2026-11-22T10:00:00.000Z');

/** A backup file holding exactly these records. */
export function file(records: Record<string, unknown>, over: Record<string, unknown> = {}): string {
	return JSON.stringify({
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		schema: SCHEMA_VERSION,
		exportedAt: NOW.toISOString(),
		records,
		...over
	});
}

export async function read(text: string): Promise<Backup> {
	const r = await readBackup(text);
	if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
	return r.backup;
}

export async function refusal(text: string): Promise<BackupError> {
	const r = await readBackup(text);
	if (r.ok) throw new Error('accepted');
	return r.error;
}

export async function storeWith(entries: Record<string, unknown>): Promise<MemoryStore> {
	const store = new MemoryStore();
	for (const [k, v] of Object.entries(entries)) await store.set(k, v);
	return store;
}

/** Plans `records` against `here` and returns the entry for `key`. */
export async function entryFor(here: Record<string, unknown>, records: Record<string, unknown>, key: string) {
	const plan = await planMerge(await storeWith(here), await read(file(records)));
	return plan.entries.find((e) => e.key === key)!;
}

export const settings = (over: Record<string, unknown> = {}) => ({
	v: SCHEMA_VERSION,
	locale: 'zh-CN',
	quiz: DEFAULT_QUIZ_SETTINGS,
	...over
});
