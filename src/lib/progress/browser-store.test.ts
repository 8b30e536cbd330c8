// An in-memory IndexedDB, installed before localforage is loaded (it looks for indexedDB as it loads).
import 'fake-indexeddb/auto';
import localforage from 'localforage';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from './browser-store.ts';
import { DB_NAME, STORE_NAME } from './idb.ts';
import { sessionJournal } from './journal.ts';

/** localforage as earlier versions of the app used it for everything. */
const forage = () => localforage.createInstance({ name: DB_NAME, storeName: STORE_NAME, driver: localforage.INDEXEDDB });

function deleteDatabase(): Promise<void> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.deleteDatabase(DB_NAME);
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error);
	});
}

function rawOpen(version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = version === undefined ? indexedDB.open(DB_NAME) : indexedDB.open(DB_NAME, version);
		request.onupgradeneeded = () => upgrade?.(request.result);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

describe('the browser store', () => {
	// Emptied, not deleted, between tests: localforage keeps its connection for the life of the page.
	beforeEach(async () => {
		const db = await rawOpen();
		if (db.objectStoreNames.contains(STORE_NAME)) {
			const tx = db.transaction(STORE_NAME, 'readwrite');
			tx.objectStore(STORE_NAME).clear();
			await new Promise((resolve) => (tx.oncomplete = resolve));
		}
		db.close();
	});

	it("creates localforage's database on a first visit, finds it empty, and leaves no probe behind", async () => {
		await deleteDatabase();
		const { store, persistent, error } = await openStore(indexedDB);
		expect({ persistent, error }).toEqual({ persistent: true, error: undefined });
		expect(await store.keys()).toEqual([]);
		const db = await rawOpen();
		expect(db.version).toBe(1);
		expect([...db.objectStoreNames].sort()).toEqual(['local-forage-detect-blob-support', STORE_NAME]);
		db.close();
	});

	it('reads what localforage stored, and localforage reads what it writes', async () => {
		const old = forage();
		await old.setItem('settings', { v: 1, locale: 'en' });
		await old.setItem('attempt:a', { total: 80 });

		const { store } = await openStore(indexedDB);
		expect(await store.get('settings')).toEqual({ v: 1, locale: 'en' });
		expect((await store.keys()).sort()).toEqual(['attempt:a', 'settings']);

		await store.set('run:elderly-wang', { choices: [0, 2, 1] });
		await store.remove('attempt:a');
		expect(await store.get('run:elderly-wang')).toEqual({ choices: [0, 2, 1] });
		expect(await store.get('attempt:a')).toBeNull();
		expect(await forage().getItem('run:elderly-wang')).toEqual({ choices: [0, 2, 1] });
		expect((await forage().keys()).sort()).toEqual(['run:elderly-wang', 'settings']);
	});

	it('reads a missing key, and a stored undefined, as null, as localforage does', async () => {
		const { store } = await openStore(indexedDB);
		await store.set('nothing', undefined);
		expect(await store.get('nothing')).toBeNull();
		expect(await store.get('never-written')).toBeNull();
	});

	it('opens its reading connection again after another tab upgrades the database', async () => {
		const { store } = await openStore(indexedDB);
		await store.set('k', 1);
		// Another tab's newer version: the store's connection must close or that upgrade would wait for ever.
		const newer = await rawOpen(2, (db) => db.createObjectStore('elsewhere'));
		newer.close();
		expect(await store.get('k')).toBe(1);
	});

	it('loads localforage while opening, or, for a page that only reads, on its first write', async () => {
		const withStore = vi.fn(() => import('localforage'));
		await openStore(indexedDB, 'when-opening', withStore);
		expect(withStore).toHaveBeenCalledTimes(1);

		const onWrite = vi.fn(() => import('localforage'));
		const { store } = await openStore(indexedDB, 'on-first-write', onWrite);
		await store.keys();
		await store.get('settings');
		expect(onWrite).not.toHaveBeenCalled();
		await store.set('settings', { v: 1 });
		await store.set('other', 2);
		expect(onWrite).toHaveBeenCalledTimes(1);
	});

	it('falls back to memory, saying why, when IndexedDB is missing or refuses to open', async () => {
		const refusing = {
			open() {
				throw new DOMException('The user denied permission', 'SecurityError');
			}
		} as unknown as IDBFactory;
		for (const [idb, reason] of [
			[undefined, 'IndexedDB is not available'],
			[refusing, 'The user denied permission']
		] as const) {
			const { store, persistent, error } = await openStore(idb);
			expect({ persistent, error }).toEqual({ persistent: false, error: reason });
			await store.set('k', { a: 1 });
			expect(await store.get('k')).toEqual({ a: 1 });
		}
	});

	describe('a write cut short by a reload', () => {
		/** sessionStorage as one tab keeps it across its page loads. */
		const tab = (): Storage => {
			const items = new Map<string, string>();
			return {
				get length() {
					return items.size;
				},
				key: (i) => [...items.keys()][i] ?? null,
				getItem: (k) => items.get(k) ?? null,
				setItem: (k, v) => void items.set(k, String(v)),
				removeItem: (k) => void items.delete(k),
				clear: () => items.clear()
			};
		};
		const never = () => new Promise<never>(() => {});

		it('is finished by the next page of the tab before anything is read', async () => {
			const storage = tab();
			await forage().setItem('run:truant-li', { choices: [0] });
			// The page that made the choice goes away before localforage has written it.
			const { store: leaving } = await openStore(indexedDB, 'on-first-write', never, sessionJournal(storage));
			void leaving.set('run:elderly-wang', { choices: [0, 2] });
			void leaving.remove('run:truant-li');
			void leaving.set('history', { events: ['not journalled: rewritten whole, often'] });
			void leaving.set('quiz:notes', { v: 2, notes: { 'intake-001': { text: '先倾听', at: '2026-12-01T08:00:00.000Z' } } });

			const { store } = await openStore(indexedDB, 'when-opening', undefined, sessionJournal(storage));
			expect(await store.get('run:elderly-wang')).toEqual({ choices: [0, 2] });
			expect(await store.get('run:truant-li')).toBeNull();
			expect(await store.get('history')).toBeNull();
			// A note is the learner's own typing, saved once: it is finished too.
			expect(await store.get('quiz:notes')).toMatchObject({ notes: { 'intake-001': { text: '先倾听' } } });
			expect(sessionJournal(storage).pending()).toEqual([]);
		});

		it('does not bring back a write that was refused and reported', async () => {
			const storage = tab();
			const full = async () => ({
				default: {
					createInstance: () => ({
						ready: async () => {},
						setItem: async () => {
							throw new DOMException('full', 'QuotaExceededError');
						}
					})
				} as unknown as LocalForage
			});
			const { store: refusing } = await openStore(indexedDB, 'when-opening', full, sessionJournal(storage));
			await expect(refusing.set('run:elderly-wang', { choices: [0, 2] })).rejects.toThrow('full');
			expect(sessionJournal(storage).pending()).toEqual([]);
			const { store } = await openStore(indexedDB, 'when-opening', undefined, sessionJournal(storage));
			expect(await store.get('run:elderly-wang')).toBeNull();
		});

		it('leaves nothing behind once the write has landed', async () => {
			const storage = tab();
			const { store } = await openStore(indexedDB, 'when-opening', undefined, sessionJournal(storage));
			await store.set('settings', { v: 1, locale: 'en' });
			await store.remove('run:elderly-wang');
			expect(sessionJournal(storage).pending()).toEqual([]);
			expect(storage.length).toBe(0);
		});
	});
});
