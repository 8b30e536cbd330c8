/**
 * Many records in one IndexedDB transaction. localforage has no batch API and
 * gives every `setItem` a transaction of its own, which for a class of 500
 * results costs hundreds of milliseconds; here they are put in one, straight
 * into the database localforage opened (`casework-trainer`, object store
 * `progress`), in its format: the value itself, structured-cloned, under the
 * key. One transaction is also all-or-nothing, so a failed import leaves no
 * half of itself behind.
 */
import { inProgressDb, inTransaction, indexedDbOrNothing } from './idb.ts';
import type { KeyValueStore } from './kv-store.ts';

export type WriteMany = (entries: readonly (readonly [string, unknown])[]) => Promise<void>;

/** One `set` per entry: the in-memory store, and the fallback. */
export function writeEach(store: KeyValueStore): WriteMany {
	return async (entries) => {
		await Promise.all(entries.map(([key, value]) => store.set(key, value)));
	};
}

function putAll(db: IDBDatabase, entries: readonly (readonly [string, unknown])[]): Promise<void> {
	return inTransaction(db, 'readwrite', (objects) => {
		// localforage stores undefined as null.
		for (const [key, value] of entries) objects.put(value === undefined ? null : value, key);
		return () => undefined;
	});
}

/**
 * A batch writer for the store browser-store.ts opened: one transaction when
 * it is the persistent IndexedDB store, one `set` each otherwise (memory).
 */
export function batchWriter(
	opened: { store: KeyValueStore; persistent: boolean },
	idb: IDBFactory | undefined = indexedDbOrNothing()
): WriteMany {
	const fallback = writeEach(opened.store);
	if (!opened.persistent || !idb) return fallback;
	return async (entries) => {
		if (entries.length)
			await inProgressDb(
				idb,
				(db) => putAll(db, entries),
				() => fallback(entries)
			);
	};
}
