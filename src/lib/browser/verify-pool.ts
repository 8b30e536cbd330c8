/**
 * Verifies result packages in a few web workers (verify.worker.ts). Replaying
 * a class's runs is seconds of inkjs CPU: split into small chunks handed to
 * whichever worker is free, it uses every core, leaves the page responsive
 * and reports progress after each chunk. A worker that cannot start (or dies)
 * gives its chunk back and the rest is verified on the page's own thread with
 * the same code, a chunk per task so the page can still paint.
 */
import type { ResultPackage } from '../instructor/result.ts';
import type { VerifyReply, VerifyRequest } from '../instructor/verify-handler.ts';
import type { Verification } from '../instructor/verify.ts';

/** What the pool needs of a Worker; tests pass an in-thread one. */
export interface WorkerLike {
	onmessage: ((event: { data: VerifyReply }) => void) | null;
	onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
	postMessage(request: VerifyRequest): void;
	terminate(): void;
}

export function spawnVerifyWorker(): WorkerLike {
	// Vite bundles the worker (inkjs, scoring) as a file of its own.
	return new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** The verifier on this thread, behind the same interface: the fallback, and what tests use. */
export function inlineVerifier(): WorkerLike {
	let verify: Promise<(request: VerifyRequest) => VerifyReply> | undefined;
	const worker: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage(request) {
			// Loaded only when needed, so that inkjs stays out of the page's own bundle.
			verify ??= import('../instructor/verify-handler.ts').then((m) => m.createVerifier());
			verify
				.then(
					(run) => run(request),
					(e): VerifyReply => ({ id: request.id, failure: e instanceof Error ? e.message : String(e) })
				)
				// Delivered in a task of its own: the page paints progress between chunks.
				.then((reply) => setTimeout(() => worker.onmessage?.({ data: reply })));
		},
		terminate() {
			worker.onmessage = null;
		}
	};
	return worker;
}

/** Workers for this many cores: one each, at most four (beyond that the page's own work dominates). */
export function poolSize(cores: number | undefined): number {
	return Math.max(1, Math.min(cores || 2, 4));
}

function byStoryThenChoices(a: ResultPackage, b: ResultPackage): number {
	if (a.storyHash !== b.storyHash) return a.storyHash < b.storyHash ? -1 : 1;
	const n = Math.min(a.choices.length, b.choices.length);
	for (let i = 0; i < n; i++) if (a.choices[i] !== b.choices[i]) return a.choices[i] - b.choices[i];
	return a.choices.length - b.choices.length;
}

interface Task {
	owner: object;
	packages: ResultPackage[];
	stories: ReadonlyMap<string, string>;
	done(checks: Verification[]): void;
	fail(reason: Error): void;
}

interface Slot {
	worker: WorkerLike;
	/** Story versions this worker has been sent (it keeps their parsed engines). */
	known: Set<string>;
	task?: Task;
	id?: number;
}

export interface PoolOptions {
	/** How many workers at most. */
	size?: number;
	/** Packages per message: small enough for even sharing and frequent progress. */
	chunk?: number;
	/** Used once a worker has failed; the in-thread verifier by default. */
	fallback?: () => WorkerLike;
}

export class VerifyPool {
	readonly #spawn: () => WorkerLike;
	readonly #fallback: () => WorkerLike;
	readonly #size: number;
	readonly #chunk: number;
	#slots: Slot[] = [];
	#queue: Task[] = [];
	#next = 0;
	/** Set when a worker failed: from then on, only the fallback. */
	#degraded = false;

	constructor(spawn: () => WorkerLike, { size = 2, chunk = 20, fallback = inlineVerifier }: PoolOptions = {}) {
		this.#spawn = spawn;
		this.#fallback = fallback;
		this.#size = Math.max(1, size);
		this.#chunk = Math.max(1, chunk);
	}

	/** True when verification has fallen back to the page's thread. */
	get degraded(): boolean {
		return this.#degraded;
	}

	/** Starts the workers now, so that loading their code is done before the first import. */
	warm(): void {
		while (this.#slots.length < this.#limit) this.#add();
	}

	/**
	 * One verification per package, in order. `stories` maps a version hash to
	 * its compiled JSON; a package whose version is not in it is `unknown-story`.
	 */
	verify(
		packages: readonly ResultPackage[],
		stories: ReadonlyMap<string, string>,
		onProgress?: (done: number, total: number) => void
	): Promise<Verification[]> {
		const out: Verification[] = new Array(packages.length);
		const replayed: number[] = [];
		packages.forEach((p, i) => {
			if (stories.has(p.storyHash)) replayed.push(i);
			else out[i] = { verdict: 'unknown-story', differences: [] };
		});
		let done = packages.length - replayed.length;
		onProgress?.(done, packages.length);
		if (!replayed.length) return Promise.resolve(out);
		// Grouped by story, each chunk needs one or two story versions and a worker is sent only those; and in
		// the order of their choices, runs that share an opening land in the same chunk, which replays it once.
		replayed.sort((a, b) => byStoryThenChoices(packages[a], packages[b]) || a - b);
		return new Promise((resolve, reject) => {
			const owner = {};
			let remaining = Math.ceil(replayed.length / this.#chunk);
			let failed = false;
			for (let s = 0; s < replayed.length; s += this.#chunk) {
				const at = replayed.slice(s, s + this.#chunk);
				this.#queue.push({
					owner,
					packages: at.map((i) => packages[i]),
					stories,
					done: (checks) => {
						if (failed) return;
						at.forEach((i, k) => (out[i] = checks[k]));
						done += at.length;
						onProgress?.(done, packages.length);
						if (--remaining === 0) resolve(out);
					},
					fail: (reason) => {
						if (failed) return;
						failed = true;
						this.#queue = this.#queue.filter((t) => t.owner !== owner);
						reject(reason);
					}
				});
			}
			this.#dispatch();
		});
	}

	/** Stops every worker; verifications still running never settle. */
	dispose(): void {
		for (const slot of this.#slots) slot.worker.terminate();
		this.#slots = [];
		this.#queue = [];
	}

	get #limit(): number {
		return this.#degraded ? 1 : this.#size;
	}

	#dispatch(): void {
		while (this.#queue.length) {
			const slot = this.#slots.find((s) => !s.task) ?? (this.#slots.length < this.#limit ? this.#add() : undefined);
			if (!slot) return;
			this.#run(slot, this.#queue.shift()!);
		}
	}

	#add(): Slot {
		let worker: WorkerLike;
		try {
			worker = this.#degraded ? this.#fallback() : this.#spawn();
		} catch {
			// No workers here at all (or refused): straight to the fallback.
			this.#degraded = true;
			worker = this.#fallback();
		}
		const slot: Slot = { worker, known: new Set() };
		worker.onmessage = ({ data }) => {
			const task = slot.task;
			if (!task || data.id !== slot.id) return;
			slot.task = slot.id = undefined;
			if (data.failure !== undefined) {
				// It may have failed before keeping the versions it was sent: send them again next time.
				slot.known.clear();
				task.fail(new Error(data.failure));
			} else task.done(data.checks);
			this.#dispatch();
		};
		worker.onerror = (event) => {
			// A script that fails to load or throws at top level: handled here, not reported as an uncaught error.
			event.preventDefault?.();
			this.#lose(slot);
		};
		this.#slots.push(slot);
		return slot;
	}

	#run(slot: Slot, task: Task): void {
		slot.task = task;
		slot.id = ++this.#next;
		const hashes = [...new Set(task.packages.map((p) => p.storyHash))];
		const stories = hashes.filter((h) => !slot.known.has(h)).map((hash) => ({ hash, json: task.stories.get(hash)! }));
		for (const h of hashes) slot.known.add(h);
		slot.worker.postMessage({ id: slot.id, stories, packages: task.packages });
	}

	#lose(slot: Slot): void {
		slot.worker.terminate();
		this.#slots = this.#slots.filter((s) => s !== slot);
		// Verifying is idempotent: the chunk simply runs again elsewhere.
		if (slot.task) this.#queue.unshift(slot.task);
		if (!this.#degraded) {
			this.#degraded = true;
			for (const idle of this.#slots.filter((s) => !s.task)) idle.worker.terminate();
			this.#slots = this.#slots.filter((s) => s.task);
		}
		this.#dispatch();
	}
}
