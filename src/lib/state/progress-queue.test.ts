import { describe, expect, it } from 'vitest';
import { WriteQueue } from './progress-queue.ts';

/** A task that finishes when told to, and records when it started. */
function gate(log: string[], name: string) {
	let open!: () => void;
	const done = new Promise<void>((r) => (open = r));
	return { task: async () => (log.push(`start ${name}`), await done, log.push(`end ${name}`)), open };
}

describe('WriteQueue', () => {
	it('runs tasks one at a time, in the order asked, and goes on after a failure', async () => {
		const q = new WriteQueue();
		const log: string[] = [];
		const a = gate(log, 'a');
		const first = q.run(a.task);
		const failing = q.run(async () => {
			log.push('fail');
			throw new Error('full');
		});
		const last = q.run(async () => void log.push('c'));
		await Promise.resolve();
		expect(log).toEqual(['start a']);
		a.open();
		await first;
		await expect(failing).rejects.toThrow('full');
		await last;
		expect(log).toEqual(['start a', 'end a', 'fail', 'c']);
	});

	it('queues a rewrite of the same key once while one is still waiting', async () => {
		const q = new WriteQueue();
		const log: string[] = [];
		const a = gate(log, 'a');
		void q.run(a.task);
		let value = 1;
		const one = q.latest('deck', async () => void log.push(`deck ${value}`));
		value = 2;
		const two = q.latest('deck', async () => void log.push(`deck again ${value}`));
		expect(two).toBe(one);
		a.open();
		await q.flush();
		expect(log).toEqual(['start a', 'end a', 'deck 2']);
		// Once started, a new write is queued again.
		await q.latest('deck', async () => void log.push('deck 3'));
		expect(log.at(-1)).toBe('deck 3');
	});

	it('flush waits for tasks queued while it waits', async () => {
		const q = new WriteQueue();
		const log: string[] = [];
		void q.run(async () => {
			log.push('a');
			void q.run(async () => void log.push('b'));
		});
		await q.flush();
		expect(log).toEqual(['a', 'b']);
	});
});
