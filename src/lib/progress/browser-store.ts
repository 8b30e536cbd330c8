/**
 * The learner's store in the browser: IndexedDB, written through
 * localforage. When storage is unavailable (private mode, blocked, broken)
 * the app keeps working in memory and says so.
 *
 * Reads go to the database directly (idb.ts). localforage is loaded with the
 * store, in parallel with the first reads, so no save waits for it; a page
 * that only shows progress (the home page) loads it on its first write
 * instead, which may never come. localforage writes one record per
 * transaction and has no batch, so `setMany` puts its records into the same
 * database in localforage's format in one transaction: all or nothing.
 */
import { DB_NAME, STORE_NAME, inTransaction, indexedDbOrNothing, openProgressDb } from './idb.ts';
import { sessionJournal, type Journal } from './journal.ts';
import { MemoryStore, TabStore, type KeyValueStore } from './kv-store.ts';

export interface OpenedStore {
	store: KeyValueStore;
	persistent: boolean;
	error?: string;
}

type LoadWriter = 'when-opening' | 'on-first-write';
type ImportLocalforage = () => Promise<{ default: LocalForage }>;

let loadWriter: LoadWriter = 'when-opening';
let opened: Promise<OpenedStore> | undefined;

/**
 * For a page whose only write is one the learner asks for and that waits for
 * it (the home page's language switch): localforage is then loaded on that
 * write. Called before the store is first opened.
 */
export function loadWriterOnFirstWrite(): void {
	loadWriter = 'on-first-write';
}

/** Opens the store once per page; every caller shares the same instance. */
export function openBrowserStore(): Promise<OpenedStore> {
	opened ??= openStore(indexedDbOrNothing(), loadWriter);
	return opened;
}

/** Exported for tests, which pass their own IndexedDB and watch localforage being loaded. */
export async function openStore(
	idb: IDBFactory | undefined,
	load: LoadWriter = 'when-opening',
	importLocalforage: ImportLocalforage = () => import('localforage'),
	journal: Journal = sessionJournal(tabStorage())
): Promise<OpenedStore> {
	try {
		if (!idb) throw new Error('IndexedDB is not available');
		const reader = connection(idb);
		const writer = localforageWriter(importLocalforage);
		// Prove that writes really work (some browsers open but refuse writes).
		const probe = inTransaction(await reader(), 'readwrite', (objects) => {
			objects.put(Date.now(), 'probe');
			objects.delete('probe');
			return () => undefined;
		});
		await Promise.all([probe, load === 'when-opening' && writer()]);
		// Writes the last page of this tab began and could not finish land before anything is read.
		const unfinished = journal.pending();
		if (unfinished.length) {
			try {
				const lf = await writer();
				for (const [key, value] of unfinished) await (value === undefined ? lf.removeItem(key) : lf.setItem(key, value));
			} catch {
				// A write that fails again (storage full) was reported when it first failed; it must not stop the page opening.
			} finally {
				journal.clear();
			}
		}
		const store: KeyValueStore = {
			// localforage reads a missing key as null.
			get: async (key) => {
				const value = await inTransaction(await reader(), 'readonly', (objects) => {
					const request = objects.get(key);
					return () => request.result;
				});
				return value ?? null;
			},
			keys: async () =>
				inTransaction(await reader(), 'readonly', (objects) => {
					const request = objects.getAllKeys();
					return () => request.result.map(String);
				}),
			entries: async (prefix) =>
				inTransaction(await reader(), 'readonly', (objects) => {
					// Every string that starts with the prefix sorts between these two.
					const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
					const keys = objects.getAllKeys(range);
					const values = objects.getAll(range);
					return () => keys.result.map((k, i): [string, unknown] => [String(k), values.result[i] ?? null]);
				}),
			set: async (key, value) => {
				// A refused write is reported, not left for the next page: only one cut short stays in the journal.
				const done = journal.note(key, value);
				try {
					await (await writer()).setItem(key, value);
				} finally {
					done();
				}
			},
			setMany: async (entries) => {
				if (!entries.length) return;
				await inTransaction(await reader(), 'readwrite', (objects) => {
					// localforage stores undefined as null.
					for (const [key, value] of entries) objects.put(value === undefined ? null : value, key);
					return () => undefined;
				});
			},
			remove: async (key) => {
				const done = journal.noteRemoval(key);
				try {
					await (await writer()).removeItem(key);
				} finally {
					done();
				}
			}
		};
		return { store, persistent: true };
	} catch (e) {
		return { store: fallbackStore(), persistent: false, error: e instanceof Error ? e.message : String(e) };
	}
}

/** One connection for every read, opened again after another tab's upgrade has closed it. */
function connection(idb: IDBFactory): () => Promise<IDBDatabase> {
	let current: Promise<IDBDatabase> | undefined;
	return () =>
		(current ??= openProgressDb(idb).then(
			(db) => {
				db.onversionchange = () => {
					db.close();
					current = undefined;
				};
				return db;
			},
			(e) => {
				current = undefined;
				throw e;
			}
		));
}

/** localforage, loaded and opened once; a failed load is tried again on the next write. */
function localforageWriter(importLocalforage: ImportLocalforage): () => Promise<LocalForage> {
	let loading: Promise<LocalForage> | undefined;
	return () =>
		(loading ??= importLocalforage()
			.then(async ({ default: localforage }) => {
				const lf = localforage.createInstance({ name: DB_NAME, storeName: STORE_NAME, driver: localforage.INDEXEDDB });
				await lf.ready();
				return lf;
			})
			.catch((e) => {
				loading = undefined;
				throw e;
			}));
}

/** The tab's sessionStorage, or nothing where the browser refuses it. */
function tabStorage(): Storage | undefined {
	try {
		return globalThis.sessionStorage;
	} catch {
		return undefined;
	}
}

/** Memory for the life of the tab where sessionStorage is allowed, for the page otherwise. */
function fallbackStore(): KeyValueStore {
	try {
		const tab = globalThis.sessionStorage;
		if (tab) return new TabStore(tab);
	} catch {
		// Reaching sessionStorage throws where the browser refuses all storage.
	}
	return new MemoryStore();
}
