/**
 * Every record under a key prefix in one IndexedDB transaction, instead of a
 * `getItem` (and a transaction) per key: a class of 500 results loads in one
 * round trip. Same database and format as batch-write.ts.
 */
import { inProgressDb, inTransaction, indexedDbOrNothing } from './idb.ts';
import type { KeyValueStore } from './kv-store.ts';

export type ReadPrefix = (prefix: string) => Promise<[string, unknown][]>;

/** One `get` per key: the in-memory store, and the fallback. */
export function readEach(store: KeyValueStore): ReadPrefix {
	return async (prefix) => {
		const out: [string, unknown][] = [];
		for (const key of await store.keys()) if (key.startsWith(prefix)) out.push([key, await store.get(key)]);
		return out;
	};
}

function getRange(db: IDBDatabase, prefix: string): Promise<[string, unknown][]> {
	return inTransaction(db, 'readonly', (objects) => {
		// Every string that starts with the prefix sorts between these two.
		const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
		const keys = objects.getAllKeys(range);
		const values = objects.getAll(range);
		return () => (keys.result as string[]).map((k, i) => [k, values.result[i]]);
	});
}

/** A prefix reader for the store browser-store.ts opened: one transaction when it is IndexedDB. */
export function prefixReader(
	opened: { store: KeyValueStore; persistent: boolean },
	idb: IDBFactory | undefined = indexedDbOrNothing()
): ReadPrefix {
	const fallback = readEach(opened.store);
	if (!opened.persistent || !idb) return fallback;
	return (prefix) =>
		inProgressDb(
			idb,
			(db) => getRange(db, prefix),
			() => fallback(prefix)
		);
}
