/**
 * The IndexedDB database localforage keeps everything in, opened directly.
 * Reads (and batch writes, see browser-store.ts) go straight to it; single
 * writes go through localforage. Both share one
 * format: the value itself, structured-cloned, under its key.
 */
export const DB_NAME = 'casework-trainer';
export const STORE_NAME = 'progress';
/** localforage makes this store beside its own when it creates a database. */
const BLOB_SUPPORT_STORE = 'local-forage-detect-blob-support';

/**
 * Opens the database without naming a version, so an existing one is never
 * upgraded and this cannot race localforage's own open. A database that does
 * not exist yet is made as localforage would make it (version 1, its stores),
 * so a first visit need not load localforage just to read nothing.
 */
export function openProgressDb(idb: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = idb.open(DB_NAME);
		request.onupgradeneeded = () => {
			const db = request.result;
			for (const name of [STORE_NAME, BLOB_SUPPORT_STORE]) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
		};
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

/**
 * One transaction on the progress store. `work` makes its requests and
 * returns how to read the outcome, which is read once the transaction has
 * committed: nothing is reported done that could still be rolled back.
 */
export function inTransaction<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (objects: IDBObjectStore) => () => T): Promise<T> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(STORE_NAME, mode);
		let outcome: () => T;
		try {
			outcome = work(tx.objectStore(STORE_NAME));
		} catch (e) {
			// A request that could not be made (a value that cannot be cloned) undoes the ones before it.
			tx.abort();
			reject(e);
			return;
		}
		tx.oncomplete = () => resolve(outcome());
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('The transaction was aborted'));
	});
}

/** `indexedDB`, or undefined where there is none or reaching it throws (some private modes and policies). */
export function indexedDbOrNothing(): IDBFactory | undefined {
	try {
		return globalThis.indexedDB ?? undefined;
	} catch {
		return undefined;
	}
}
