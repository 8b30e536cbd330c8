// An in-memory IndexedDB, installed before localforage is loaded (it looks for indexedDB as it loads).
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openStore } from './browser-store.ts';
import { DB_NAME, STORE_NAME } from './idb.ts';
import { MemoryStore, TabStore } from './kv-store.ts';

/** Just enough of IndexedDB to see which transactions and puts a store makes. */
function fakeIndexedDb({ failOpen = false, data = new Map<string, unknown>() } = {}) {
	const log = { opened: [] as string[], transactions: [] as [string, string][], puts: [] as [string, unknown][], failTx: false };
	type Range = { lower: string; upper: string };
	const inRange = (r?: Range) => [...data.keys()].sort().filter((k) => !r || (k >= r.lower && k <= r.upper));
	const result = <T>(value: T) => ({ result: value });
	const db = {
		onversionchange: null,
		objectStoreNames: { contains: (name: string) => name === STORE_NAME },
		transaction(name: string, mode: string) {
			const failing = log.failTx;
			if (!failing || mode !== 'readwrite' || log.transactions.length) log.transactions.push([name, mode]);
			const tx: Record<string, unknown> = {
				error: failing ? new Error('QuotaExceededError') : null,
				abort: () => {},
				objectStore: () => ({
					put: (value: unknown, key: string) => log.puts.push([key, value]),
					delete: () => {},
					getAllKeys: (r?: Range) => result(inRange(r)),
					getAll: (r?: Range) => result(inRange(r).map((k) => data.get(k)))
				})
			};
			setTimeout(() => (failing ? (tx.onabort as () => void)?.() : (tx.oncomplete as () => void)?.()));
			return tx;
		},
		close: () => {}
	};
	const idb = {
		open(name: string) {
			log.opened.push(name);
			const request: Record<string, unknown> = {};
			setTimeout(() => {
				if (failOpen) {
					request.error = new Error('refused');
					(request.onerror as () => void)?.();
				} else {
					request.result = db;
					(request.onsuccess as () => void)?.();
				}
			});
			return request;
		}
	};
	return { idb: idb as unknown as IDBFactory, log };
}

/** The browser store over `idb`, without localforage (setMany and entries must not need it), and the log cleared of the opening probe. */
async function opened(fake: ReturnType<typeof fakeIndexedDb>) {
	const importLocalforage = vi.fn(() => import('localforage'));
	const { store, persistent } = await openStore(fake.idb, 'on-first-write', importLocalforage);
	fake.log.transactions.length = 0;
	fake.log.puts.length = 0;
	return { store, persistent, importLocalforage };
}

const entries = [
	['instructor:result:a', { learner: '甲', choices: [0, 1] }],
	['instructor:result:b', undefined],
	['instructor:result:c', { learner: '丙', choices: [2] }]
] as const;

describe('setMany', () => {
	it("puts every record in one readwrite transaction of localforage's store, in its format", async () => {
		const fake = fakeIndexedDb();
		const { store, persistent, importLocalforage } = await opened(fake);
		expect(persistent).toBe(true);
		await store.setMany(entries);
		expect(fake.log.opened).toEqual([DB_NAME]);
		expect(fake.log.transactions).toEqual([[STORE_NAME, 'readwrite']]);
		expect(fake.log.puts).toEqual([
			['instructor:result:a', { learner: '甲', choices: [0, 1] }],
			['instructor:result:b', null],
			['instructor:result:c', { learner: '丙', choices: [2] }]
		]);
		expect(importLocalforage).not.toHaveBeenCalled();
	});

	it('rejects when the transaction aborts (e.g. a full disk)', async () => {
		const fake = fakeIndexedDb();
		const { store } = await opened(fake);
		fake.log.failTx = true;
		await expect(store.setMany(entries)).rejects.toThrow('QuotaExceededError');
	});

	it('is all or nothing in a real IndexedDB: a record that cannot be stored undoes the ones before it', async () => {
		const { store, persistent } = await openStore(indexedDB, 'on-first-write');
		expect(persistent).toBe(true);
		await expect(
			store.setMany([
				['attempt:1', { total: 1 }],
				['attempt:2', () => 'not cloneable']
			])
		).rejects.toThrow();
		expect(await store.keys()).toEqual([]);
		await store.setMany([['attempt:1', { total: 1 }]]);
		expect(await store.entries('attempt:')).toEqual([['attempt:1', { total: 1 }]]);
	});

	it('writes into memory when IndexedDB cannot be opened, and all or nothing there too', async () => {
		const fake = fakeIndexedDb({ failOpen: true });
		const { store, persistent } = await openStore(fake.idb, 'on-first-write');
		expect(persistent).toBe(false);
		await store.setMany(entries);
		expect(fake.log.puts).toEqual([]);
		expect(await store.get('instructor:result:c')).toEqual({ learner: '丙', choices: [2] });
		const memory = new MemoryStore();
		await expect(
			memory.setMany([
				['a', 1],
				['b', () => 'not cloneable']
			])
		).rejects.toThrow();
		expect(memory.data.size).toBe(0);
	});

	it('copies a tab store to the tab once per batch', async () => {
		const setItem = vi.fn();
		const store = new TabStore({ getItem: () => null, setItem });
		await store.setMany(entries);
		expect(setItem).toHaveBeenCalledOnce();
		expect(await store.keys()).toEqual(entries.map(([k]) => k));
	});

	it('opens no transaction for nothing to write', async () => {
		const fake = fakeIndexedDb();
		const { store } = await opened(fake);
		await store.setMany([]);
		expect(fake.log.transactions).toEqual([]);
	});
});

describe('entries', () => {
	const data = new Map<string, unknown>([
		['instructor:result:a', { learner: '甲' }],
		['instructor:result:b', { learner: '乙' }],
		['instructor:resultx', 'not under the prefix'],
		['instructor:story:s', { title: '故事' }],
		['attempt:1', { total: 80 }]
	]);

	it('reads every record under the prefix, and nothing else, in one readonly transaction', async () => {
		vi.stubGlobal('IDBKeyRange', { bound: (lower: string, upper: string) => ({ lower, upper }) });
		try {
			const fake = fakeIndexedDb({ data });
			const { store } = await opened(fake);
			expect(await store.entries('instructor:result:')).toEqual([
				['instructor:result:a', { learner: '甲' }],
				['instructor:result:b', { learner: '乙' }]
			]);
			expect(fake.log.transactions).toEqual([[STORE_NAME, 'readonly']]);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('reads the same from the in-memory store, in key order', async () => {
		const store = new MemoryStore();
		for (const [k, v] of [...data].reverse()) await store.set(k, v);
		expect((await store.entries('instructor:result:')).map(([k]) => k)).toEqual(['instructor:result:a', 'instructor:result:b']);
	});
});
