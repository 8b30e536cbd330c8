/** One queue for every write to the store, so saves land in the order they were asked for. */
export class WriteQueue {
	#tail: Promise<unknown> = Promise.resolve();
	/** Keys with a task queued but not started: see `latest`. */
	#pending = new Map<string, Promise<void>>();

	/** Runs `task` after every task queued before it; its failure is the caller's, and the queue goes on. */
	run<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#tail.then(task);
		this.#tail = run.catch(() => {});
		return run;
	}

	/**
	 * For records rewritten whole on every change: a task for `key` that is
	 * still waiting will store the newest value anyway, so a second one is not
	 * queued. `task` reads the state when it runs, not when it was asked for.
	 */
	latest(key: string, task: () => Promise<void>): Promise<void> {
		const waiting = this.#pending.get(key);
		if (waiting) return waiting;
		const run = this.run(async () => {
			this.#pending.delete(key);
			await task();
		});
		this.#pending.set(key, run);
		return run;
	}

	/** Resolves once every task queued so far (and any queued meanwhile) has settled. */
	async flush(): Promise<void> {
		let seen: Promise<unknown>;
		do {
			seen = this.#tail;
			await seen;
		} while (seen !== this.#tail);
	}
}
