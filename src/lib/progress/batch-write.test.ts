import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefixReader } from './batch-read.ts';
import { batchWriter } from './batch-write.ts';
import { DB_NAME, STORE_NAME } from './idb.ts';
import { MemoryStore } from './kv-store.ts';

/** Just enough of IndexedDB to see which transactions and puts a writer makes. */
function fakeIndexedDb({ failOpen = false, hasStore = true, failTx = false, data = new Map<string, unknown>() } = {}) {
	const log = { opened: [] as string[], transactions: [] as [string, string][], puts: [] as [string, unknown][], closed: 0 };
	type Range = { lower: string; upper: string };
	const inRange = (r: Range) => [...data.keys()].sort().filter((k) => k >= r.lower && k <= r.upper);
	const result = <T>(value: T) => ({ result: value });
	const db = {
		onversionchange: null,
		objectStoreNames: { contains: (name: string) => hasStore && name === STORE_NAME },
		transaction(name: string, mode: string) {
			log.transactions.push([name, mode]);
			const tx: Record<string, unknown> = {
				error: failTx ? new Error('QuotaExceededError') : null,
				objectStore: () => ({
					put: (value: unknown, key: string) => log.puts.push([key, value]),
					getAllKeys: (r: Range) => result(inRange(r)),
					getAll: (r: Range) => result(inRange(r).map((k) => data.get(k)))
				})
			};
			setTimeout(() => (failTx ? (tx.onabort as () => void)?.() : (tx.oncomplete as () => void)?.()));
			return tx;
		},
		close: () => log.closed++
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

const entries = [
	['instructor:result:a', { learner: '甲', choices: [0, 1] }],
	['instructor:result:b', undefined],
	['instructor:result:c', { learner: '丙', choices: [2] }]
] as const;

describe('batchWriter', () => {
	it("puts every record in one readwrite transaction of localforage's store, in its format", async () => {
		const { idb, log } = fakeIndexedDb();
		const store = new MemoryStore();
		await batchWriter({ store, persistent: true }, idb)(entries);
		expect(log.opened).toEqual([DB_NAME]);
		expect(log.transactions).toEqual([[STORE_NAME, 'readwrite']]);
		expect(log.puts).toEqual([
			['instructor:result:a', { learner: '甲', choices: [0, 1] }],
			['instructor:result:b', null],
			['instructor:result:c', { learner: '丙', choices: [2] }]
		]);
		expect(log.closed).toBe(1);
		// Straight into IndexedDB, not through the store.
		expect(store.data.size).toBe(0);
	});

	it('rejects when the transaction aborts (e.g. a full disk), and closes the database', async () => {
		const { idb, log } = fakeIndexedDb({ failTx: true });
		await expect(batchWriter({ store: new MemoryStore(), persistent: true }, idb)(entries)).rejects.toThrow('QuotaExceededError');
		expect(log.closed).toBe(1);
	});

	it('writes through the store when it is the in-memory one', async () => {
		const { idb, log } = fakeIndexedDb();
		const store = new MemoryStore();
		await batchWriter({ store, persistent: false }, idb)(entries);
		expect(log.opened).toEqual([]);
		expect([...store.data.keys()]).toEqual(entries.map(([k]) => k));
	});

	it('falls back to the store when IndexedDB cannot be opened or has no such store', async () => {
		for (const options of [{ failOpen: true }, { hasStore: false }]) {
			const { idb, log } = fakeIndexedDb(options);
			const store = new MemoryStore();
			await batchWriter({ store, persistent: true }, idb)(entries);
			expect(log.puts).toEqual([]);
			expect(store.data.get('instructor:result:c')).toEqual({ learner: '丙', choices: [2] });
		}
	});

	it('opens nothing for nothing to write', async () => {
		const { idb, log } = fakeIndexedDb();
		await batchWriter({ store: new MemoryStore(), persistent: true }, idb)([]);
		expect(log.opened).toEqual([]);
	});
});

describe('prefixReader', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
	});
	const data = new Map<string, unknown>([
		['instructor:result:a', { learner: '甲' }],
		['instructor:result:b', { learner: '乙' }],
		['instructor:resultx', 'not under the prefix'],
		['instructor:story:s', { title: '故事' }],
		['attempt:1', { total: 80 }]
	]);

	it('reads every record under the prefix, and nothing else, in one readonly transaction', async () => {
		vi.stubGlobal('IDBKeyRange', { bound: (lower: string, upper: string) => ({ lower, upper }) });
		const { idb, log } = fakeIndexedDb({ data });
		const read = prefixReader({ store: new MemoryStore(), persistent: true }, idb);
		expect(await read('instructor:result:')).toEqual([
			['instructor:result:a', { learner: '甲' }],
			['instructor:result:b', { learner: '乙' }]
		]);
		expect(log.transactions).toEqual([[STORE_NAME, 'readonly']]);
		expect(log.closed).toBe(1);
	});

	it('reads through the store when it is the in-memory one, or IndexedDB will not open', async () => {
		const store = new MemoryStore();
		for (const [k, v] of data) await store.set(k, v);
		for (const [persistent, options] of [
			[false, {}],
			[true, { failOpen: true }]
		] as const) {
			const { idb, log } = fakeIndexedDb(options);
			const read = prefixReader({ store, persistent }, idb);
			expect((await read('instructor:result:')).map(([k]) => k)).toEqual(['instructor:result:a', 'instructor:result:b']);
			expect(log.transactions).toEqual([]);
		}
	});
});
