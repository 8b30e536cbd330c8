/** Whether the browser keeps the site's storage (persistent storage) and how much space it uses, for the settings page. */
import { persistence, requestPersistence, usage, type Persistence } from '../progress/persistence.ts';

export type { Persistence };

export interface StorageApi {
	persistence: () => Promise<Persistence>;
	requestPersistence: () => Promise<boolean>;
	usage: () => Promise<{ used: number; quota: number } | null>;
}

export class StorageStatus {
	/** Null until loaded. */
	persisted = $state<Persistence | null>(null);
	/** The learner asked and the browser said no. */
	denied = $state(false);
	space = $state<{ used: number; quota: number } | null>(null);

	#api: StorageApi;

	constructor(api: StorageApi = { persistence, requestPersistence, usage }) {
		this.#api = api;
	}

	async load(): Promise<void> {
		[this.persisted, this.space] = await Promise.all([this.#api.persistence(), this.#api.usage()]);
	}

	/** Asks for persistent storage, then reads again what the browser decided. */
	async ask(): Promise<void> {
		this.denied = !(await this.#api.requestPersistence());
		this.persisted = await this.#api.persistence();
	}
}
