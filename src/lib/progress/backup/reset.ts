/** Erasing everything, and what the settings panels need from the app's progress state. */
import type { KeyValueStore } from '../kv-store.ts';

/** Removes every key from the store. @returns how many there were. */
export async function resetAll(store: KeyValueStore): Promise<number> {
	const keys = await store.keys();
	await Promise.all(keys.map((k) => store.remove(k)));
	return keys.length;
}

/**
 * What the panels need from the app's progress state: the store, in turn
 * with its other writes, and a fresh read
 * of every record afterwards. ProgressState.withStore provides it.
 */
export interface StoreHost {
	withStore<T>(task: (store: KeyValueStore) => Promise<T>, options?: { reload?: boolean; replaces?: boolean }): Promise<T>;
}
