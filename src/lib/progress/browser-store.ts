/**
 * Opens localforage (IndexedDB) in the browser. When storage is unavailable
 * (private mode, blocked, broken) the app keeps working in memory and says so.
 */
import { MemoryStore, type KeyValueStore } from './kv-store.ts';

export interface OpenedStore {
	store: KeyValueStore;
	persistent: boolean;
	error?: string;
}

/** The IndexedDB database and object store localforage keeps everything in (batch-write.ts opens them directly). */
export const DB_NAME = 'casework-trainer';
export const STORE_NAME = 'progress';

let opened: Promise<OpenedStore> | undefined;

/** Opens the store once per page; every caller shares the same instance. */
export function openBrowserStore(): Promise<OpenedStore> {
	opened ??= open();
	return opened;
}

async function open(): Promise<OpenedStore> {
	try {
		const { default: localforage } = await import('localforage');
		const lf = localforage.createInstance({
			name: DB_NAME,
			storeName: STORE_NAME,
			driver: localforage.INDEXEDDB
		});
		await lf.ready();
		// Prove that writes really work (some browsers open but refuse writes).
		await lf.setItem('probe', Date.now());
		await lf.removeItem('probe');
		const store: KeyValueStore = {
			get: (k) => lf.getItem(k),
			set: async (k, v) => {
				await lf.setItem(k, v);
			},
			remove: (k) => lf.removeItem(k),
			keys: () => lf.keys()
		};
		return { store, persistent: true };
	} catch (e) {
		return { store: new MemoryStore(), persistent: false, error: e instanceof Error ? e.message : String(e) };
	}
}
