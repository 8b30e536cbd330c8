/** The storage boundary: localforage in the browser, a Map in tests and as the fallback. */
export interface KeyValueStore {
	get(key: string): Promise<unknown>;
	set(key: string, value: unknown): Promise<void>;
	remove(key: string): Promise<void>;
	keys(): Promise<string[]>;
}

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
}
