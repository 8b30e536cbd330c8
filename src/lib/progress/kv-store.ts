/** The storage boundary: IndexedDB (written through localforage) in the browser; memory in tests and as the fallback. */
export interface KeyValueStore {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	remove(key: string): Promise<void>;
	keys(): Promise<string[]>;
	/** Every record whose key starts with `prefix`, in key order: one IndexedDB transaction in the browser. */
	entries(prefix: string): Promise<[string, unknown][]>;
	/** Writes all or nothing: one IndexedDB transaction in the browser, so a full disk leaves no half behind. */
	setMany(entries: readonly (readonly [string, unknown])[]): Promise<void>;
}

/** KeyValueStore.entries and setMany as functions, for callers that take a reader or writer. */
export type ReadPrefix = (prefix: string) => Promise<[string, unknown][]>;
export type WriteMany = (entries: readonly (readonly [string, unknown])[]) => Promise<void>;

export class MemoryStore implements KeyValueStore {
	readonly data = new Map<string, unknown>();
	async get(key: string) {
		return structuredClone(this.data.get(key) ?? null);
	}
	async set(key: string, value: unknown) {
		this.data.set(key, structuredClone(value));
	}
	async remove(key: string) {
		this.data.delete(key);
	}
	async keys() {
		return [...this.data.keys()];
	}
	async entries(prefix: string): Promise<[string, unknown][]> {
		const keys = [...this.data.keys()].filter((k) => k.startsWith(prefix)).sort();
		return keys.map((k) => [k, structuredClone(this.data.get(k))]);
	}
	async setMany(entries: readonly (readonly [string, unknown])[]) {
		// Cloned first: a value that cannot be stored fails the call before anything is written.
		const copies = entries.map(([k, v]) => [k, structuredClone(v ?? null)] as const);
		for (const [k, v] of copies) this.data.set(k, v);
	}
}

/**
 * The fallback when IndexedDB is refused: memory, copied to the tab's
 * sessionStorage (when that is allowed) after every change, so that progress
 * lasts as long as the tab, across page loads (the home page is a page load
 * of its own), as the storage notice promises. Records are plain JSON.
 */
export class TabStore extends MemoryStore {
	constructor(
		private readonly tab: Pick<Storage, 'getItem' | 'setItem'>,
		private readonly key = 'casework-progress'
	) {
		super();
		try {
			for (const [k, v] of Object.entries(JSON.parse(tab.getItem(key) ?? '{}') as Record<string, unknown>)) this.data.set(k, v);
		} catch {
			// An unreadable copy: start empty, as plain memory would.
		}
	}
	override async set(key: string, value: unknown) {
		await super.set(key, value);
		this.#copy();
	}
	override async remove(key: string) {
		await super.remove(key);
		this.#copy();
	}
	override async setMany(entries: readonly (readonly [string, unknown])[]) {
		await super.setMany(entries);
		this.#copy();
	}
	#copy() {
		// Full or refused: the data still lives in memory for this page.
		try {
			this.tab.setItem(this.key, JSON.stringify(Object.fromEntries(this.data)));
		} catch {
			/* nothing more to keep it in */
		}
	}
}
