/**
 * Many records in one IndexedDB transaction. localforage has no batch API and
 * gives every `setItem` a transaction of its own, which for a class of 500
 * results costs hundreds of milliseconds; here they are put in one, straight
 * into the database localforage opened (`casework-trainer`, object store
 * `progress`), in its format: the value itself, structured-cloned, under the
 * key. One transaction is also all-or-nothing, so a failed import leaves no
 * half of itself behind.
 */
import type { KeyValueStore } from './kv-store.ts';

export type WriteMany = (entries: readonly (readonly [string, unknown])[]) => Promise<void>;

/** Where browser-store.ts keeps everything (the localforage instance's name and storeName). */
export const DB_NAME = 'casework-trainer';
export const STORE_NAME = 'progress';

/** One `set` per entry: the in-memory store, and the fallback. */
export function writeEach(store: KeyValueStore): WriteMany {
	return async (entries) => {
		await Promise.all(entries.map(([key, value]) => store.set(key, value)));
	};
}

/** Opens the database localforage made, without upgrading it. */
export function openProgressDb(idb: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		// No version: never upgrades, so it cannot race localforage's own open.
		const request = idb.open(DB_NAME);
		request.onsuccess = () => {
			const db = request.result;
			// Never hold up another tab's (or localforage's) upgrade.
			db.onversionchange = () => db.close();
			resolve(db);
		};
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error('IndexedDB is blocked'));
	});
}

function putAll(db: IDBDatabase, entries: readonly (readonly [string, unknown])[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(STORE_NAME, 'readwrite');
		const objects = tx.objectStore(STORE_NAME);
		// localforage stores undefined as null.
		for (const [key, value] of entries) objects.put(value === undefined ? null : value, key);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('The write was aborted'));
	});
}

/**
 * A batch writer for the store browser-store.ts opened: one transaction when
 * it is the persistent IndexedDB store, one `set` each otherwise (memory).
 */
export function batchWriter(
	opened: { store: KeyValueStore; persistent: boolean },
	idb: IDBFactory | undefined = globalThis.indexedDB
): WriteMany {
	const fallback = writeEach(opened.store);
	if (!opened.persistent || !idb) return fallback;
	return async (entries) => {
		if (!entries.length) return;
		let db: IDBDatabase;
		try {
			db = await openProgressDb(idb);
		} catch {
			return fallback(entries);
		}
		try {
			// A database without the store was not made by localforage: leave it alone.
			if (!db.objectStoreNames.contains(STORE_NAME)) return await fallback(entries);
			await putAll(db, entries);
		} finally {
			db.close();
		}
	};
}
