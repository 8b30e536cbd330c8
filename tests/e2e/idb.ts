/** Direct access to the app's IndexedDB store from a test, as localforage keeps it. */
import type { Page } from 'playwright-core';

/** Writes a raw value under `key`, bypassing the app (to plant damaged records). */
export async function putRaw(page: Page, key: string, value: unknown) {
	await page.evaluate(
		([key, value]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readwrite');
					tx.objectStore('progress').put(value, key as string);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		[key, value]
	);
}

/** Every key in the store. */
export function storedKeys(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onsuccess = () => {
					const req = open.result.transaction('progress').objectStore('progress').getAllKeys();
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result as string[]);
					};
					req.onerror = () => reject(req.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
}

/** The value stored under `key`, or undefined when there is none. */
export function getRaw(page: Page, key: string): Promise<unknown> {
	return page.evaluate(
		(key) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onsuccess = () => {
					const req = open.result.transaction('progress').objectStore('progress').get(key);
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result);
					};
					req.onerror = () => reject(req.error);
				};
				open.onerror = () => reject(open.error);
			}),
		key
	);
}

/** Every key and value in the store, as IndexedDB holds them. */
export function storedEntries(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readonly');
					const keys = tx.objectStore('progress').getAllKeys();
					const values = tx.objectStore('progress').getAll();
					tx.oncomplete = () => {
						open.result.close();
						resolve(Object.fromEntries((keys.result as string[]).map((k, i) => [k, values.result[i]])));
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
}

/** Resolves once every one of `keys` is in the store: the page's own saves have landed. */
export async function waitForKeys(page: Page, keys: readonly string[], timeout = 10_000): Promise<void> {
	await page.waitForFunction(
		async (keys) => {
			const stored = await new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('progress')) return (db.close(), resolve([]));
					const req = db.transaction('progress').objectStore('progress').getAllKeys();
					req.onsuccess = () => {
						db.close();
						resolve(req.result as string[]);
					};
					req.onerror = () => reject(req.error);
				};
				open.onerror = () => reject(open.error);
			});
			return keys.every((k) => stored.includes(k));
		},
		keys,
		{ timeout }
	);
}
