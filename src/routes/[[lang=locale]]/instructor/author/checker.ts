/**
 * The page's side of check.worker.ts: one check at a time, a newer check or
 * `cancel()` terminates the one running (the audit of a large story has no
 * other way to stop), and a worker that fails to load is reported, not hung on.
 */
import type { AuditProgress } from '$lib/engine/audit';
import { CheckCancelled, type CheckReply, type InkCheckService } from '$lib/state/authoring.svelte';

export type { CheckReply };

/** How long the all-paths walk may run before it stops and reports what it found (sampling adds at most 2 s). */
export const CHECK_TIME_LIMIT_MS = 18_000;

/** Page → worker: check this source. */
export interface CheckRequest {
	id: number;
	source: string;
	filename: string;
	/** CHECK_TIME_LIMIT_MS unless a test shortens it. */
	timeLimitMs?: number;
}

/** Worker → page, while checking: how far the walk has got. */
export interface CheckProgress {
	id: number;
	progress: AuditProgress;
}

/** A lazily started worker that checks one source at a time. */
export class InkChecker implements InkCheckService {
	#worker?: Worker;
	#next = 0;
	#pending?: {
		id: number;
		resolve: (r: CheckReply) => void;
		reject: (e: Error) => void;
		onprogress?: (p: AuditProgress) => void;
	};

	/** The walk's time limit for the next check; CHECK_TIME_LIMIT_MS when not set (a test hook shortens it). */
	timeLimitMs?: number;

	/** Compiles and audits `source` in the worker. Rejects with CheckCancelled when superseded. */
	check(source: string, filename = 'story.ink', onprogress?: (p: AuditProgress) => void): Promise<CheckReply> {
		this.cancel();
		const worker = (this.#worker ??= this.#spawn());
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			this.#pending = { id, resolve, reject, onprogress };
			worker.postMessage({ id, source, filename, timeLimitMs: this.timeLimitMs } satisfies CheckRequest);
		});
	}

	/** Stops the running check, if any; the next check starts a fresh worker. */
	cancel(): void {
		const pending = this.#pending;
		if (!pending) return;
		this.#pending = undefined;
		this.#worker?.terminate();
		this.#worker = undefined;
		pending.reject(new CheckCancelled('cancelled'));
	}

	dispose(): void {
		this.cancel();
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	#spawn(): Worker {
		// Vite bundles the worker (and with it the compiler) as a separate file.
		const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<CheckReply | CheckProgress>) => {
			if (data.id !== this.#pending?.id) return;
			if ('progress' in data) return this.#pending.onprogress?.(data.progress);
			const { resolve } = this.#pending;
			this.#pending = undefined;
			resolve(data);
		};
		// A script that fails to load or throws at top level: say so instead of waiting forever.
		worker.onerror = (e) => {
			e.preventDefault();
			const pending = this.#pending;
			this.#pending = undefined;
			this.#worker?.terminate();
			this.#worker = undefined;
			pending?.reject(new Error(e.message || 'the compiler script failed to load'));
		};
		return worker;
	}
}
