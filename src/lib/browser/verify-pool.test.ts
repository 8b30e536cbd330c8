import { describe, expect, it } from 'vitest';
import { MINI } from '../../../tests/helpers/ink.ts';
import { scoreRun } from '../scoring/index.ts';
import { claimedScores, type ResultPackage } from '../instructor/result.ts';
import { createVerifier, type VerifyReply, type VerifyRequest } from '../instructor/verify-handler.ts';
import { VerifyPool, inlineVerifier, poolSize, type WorkerLike } from './verify-pool.ts';
import { verifyResult } from '../instructor/verify.ts';

const zh = MINI.zh();
const en = MINI.en();
const stories = new Map([
	['aaaaaaaaaaaaaaaa', zh],
	['bbbbbbbbbbbbbbbb', en]
]);

const paths = [
	[0, 0, 0, 0, 0],
	[2, 0, 1, 0, 1],
	[0, 1],
	[1, 2, 0]
];

function pkg(i: number, hash: string, json: string, edit = false): ResultPackage {
	const choices = paths[i % paths.length];
	const scores = claimedScores(scoreRun(json, choices));
	return {
		kind: 'casework-result',
		v: 1,
		learner: `学员${i}`,
		scenarioId: 'mini',
		locale: 'zh-CN',
		storyHash: hash,
		mode: 'exam',
		startedAt: '2026-11-22T09:00:00.000Z',
		finishedAt: '2026-11-22T09:20:00.000Z',
		choices,
		scoring: 2,
		scores: edit ? { ...scores, total: scores.total === 0 ? 1 : 0 } : scores
	};
}

/** A class: two story versions interleaved, some edited scores, some of a version not known here. */
const packages: ResultPackage[] = Array.from({ length: 41 }, (_, i) =>
	i % 7 === 3
		? pkg(i, 'cccccccccccccccc', zh)
		: i % 2
			? pkg(i, 'bbbbbbbbbbbbbbbb', en, i % 5 === 0)
			: pkg(i, 'aaaaaaaaaaaaaaaa', zh, i % 5 === 0)
);
const expected = packages.map((p) => verifyResult(p, stories.get(p.storyHash)));

/** An in-thread worker that records what it was sent. */
function recording(log: VerifyRequest[]): () => WorkerLike {
	return () => {
		const inner = inlineVerifier();
		const worker: WorkerLike = {
			onmessage: null,
			onerror: null,
			postMessage(request) {
				log.push(request);
				inner.postMessage(request);
			},
			terminate: () => inner.terminate()
		};
		inner.onmessage = (e) => worker.onmessage?.(e);
		return worker;
	};
}

/** A worker whose script never loads. */
function broken(): WorkerLike {
	const worker: WorkerLike = {
		onmessage: null,
		onerror: null,
		postMessage() {
			setTimeout(() => worker.onerror?.({ message: 'failed to load', preventDefault() {} }));
		},
		terminate() {}
	};
	return worker;
}

describe('verifying a class in a worker pool', () => {
	it('gives every package the verdict a direct replay gives, in the order given', async () => {
		const pool = new VerifyPool(recording([]), { size: 3, chunk: 4 });
		const checks = await pool.verify(packages, stories);
		expect(checks).toEqual(expected);
		expect(checks.map((c) => c.verdict)).toEqual(expect.arrayContaining(['verified', 'mismatch', 'unknown-story']));
		pool.dispose();
	});

	it('shares the chunks among the workers and sends each story version to a worker once', async () => {
		const log: VerifyRequest[] = [];
		let spawned = 0;
		const spawn = recording(log);
		const pool = new VerifyPool(() => (spawned++, spawn()), { size: 2, chunk: 5 });
		await pool.verify(packages, stories);
		expect(spawned).toBe(2);
		// Unknown versions are never sent; the rest go in chunks of at most five.
		expect(log.flatMap((r) => r.packages).length).toBe(packages.filter((p) => p.storyHash !== 'cccccccccccccccc').length);
		expect(Math.max(...log.map((r) => r.packages.length))).toBe(5);
		// Two workers, two versions: a version travels at most once to each.
		const sent = log.flatMap((r) => r.stories.map((s) => s.hash));
		expect(sent.length).toBeLessThanOrEqual(4);
		expect(new Set(sent)).toEqual(new Set(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']));
		// A second class reuses the parsed versions.
		const before = log.length;
		await pool.verify(packages.slice(0, 6), stories);
		expect(log.slice(before).flatMap((r) => r.stories)).toEqual([]);
		pool.dispose();
	});

	it('reports progress after each chunk, ending at the total', async () => {
		const seen: [number, number][] = [];
		const pool = new VerifyPool(recording([]), { size: 2, chunk: 8 });
		await pool.verify(packages, stories, (done, total) => seen.push([done, total]));
		expect(seen.every(([, total]) => total === packages.length)).toBe(true);
		const done = seen.map(([d]) => d);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		expect(done.at(-1)).toBe(packages.length);
		// Unknown versions count at once; then one step per chunk of the rest.
		expect(seen.length).toBe(1 + Math.ceil(packages.filter((p) => p.storyHash !== 'cccccccccccccccc').length / 8));
		pool.dispose();
	});

	it('falls back to the page thread when a worker cannot load, and loses no package', async () => {
		const pool = new VerifyPool(broken, { size: 2, chunk: 6 });
		expect(await pool.verify(packages, stories)).toEqual(expected);
		expect(pool.degraded).toBe(true);
		pool.dispose();
	});

	it('falls back when workers cannot be created at all', async () => {
		const pool = new VerifyPool(
			() => {
				throw new Error('Worker is not defined');
			},
			{ size: 2 }
		);
		expect(await pool.verify(packages, stories)).toEqual(expected);
		pool.dispose();
	});

	it('rejects when the verifier itself fails, and keeps working for the next class', async () => {
		let fail = true;
		const flaky = (): WorkerLike => {
			const inner = inlineVerifier();
			const worker: WorkerLike = {
				onmessage: null,
				onerror: null,
				postMessage(request) {
					if (fail) setTimeout(() => worker.onmessage?.({ data: { id: request.id, failure: 'boom' } satisfies VerifyReply }));
					else inner.postMessage(request);
				},
				terminate: () => inner.terminate()
			};
			inner.onmessage = (e) => worker.onmessage?.(e);
			return worker;
		};
		const pool = new VerifyPool(flaky, { size: 2, chunk: 4 });
		await expect(pool.verify(packages, stories)).rejects.toThrow('boom');
		fail = false;
		expect(await pool.verify(packages, stories)).toEqual(expected);
		pool.dispose();
	});

	it('needs no worker when no version is known', async () => {
		const pool = new VerifyPool(broken);
		const checks = await pool.verify(packages.slice(0, 3), new Map());
		expect(checks.map((c) => c.verdict)).toEqual(['unknown-story', 'unknown-story', 'unknown-story']);
		expect(pool.degraded).toBe(false);
	});

	it('sizes the pool by cores, one to four', () => {
		expect([undefined, 0, 1, 2, 8].map(poolSize)).toEqual([2, 2, 1, 2, 4]);
	});
});

describe('the verifier', () => {
	it('reports packages of a story that does not load as mismatches instead of failing the chunk', () => {
		const verify = createVerifier();
		const reply = verify({
			id: 1,
			stories: [
				{ hash: 'aaaaaaaaaaaaaaaa', json: zh },
				{ hash: 'dddddddddddddddd', json: '{"not":"ink"}' }
			],
			packages: [pkg(0, 'aaaaaaaaaaaaaaaa', zh), pkg(1, 'dddddddddddddddd', zh)]
		});
		expect(reply.checks?.map((c) => c.verdict)).toEqual(['verified', 'mismatch']);
		expect(reply.checks?.[1].differences[0]).toMatch(/do not fit the story/);
	});
});
