import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardTab } from './tab-guard.ts';
import { fakeChannels } from '../../../tests/helpers/broadcast.ts';

describe('guardTab', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());
	const tick = () => vi.runAllTimers();

	it('marks both tabs when the same case is opened twice, and lets one take over', () => {
		const makeChannel = fakeChannels();
		const a: boolean[] = [];
		const b: boolean[] = [];
		const ga = guardTab('elderly-wang', (x) => a.push(x), { makeChannel });
		tick();
		const gb = guardTab('elderly-wang', (x) => b.push(x), { makeChannel });
		tick();
		// A hears B open the case; B hears A answer that it holds it.
		expect(a).toEqual([true]);
		expect(b).toEqual([true]);
		gb.takeOver();
		tick();
		expect(b.at(-1)).toBe(false);
		expect(a.at(-1)).toBe(true);
		ga.saved(3);
		tick();
		expect(b.at(-1)).toBe(true);
		ga.close();
		gb.close();
	});

	it('ignores other cases', () => {
		const makeChannel = fakeChannels();
		const a: boolean[] = [];
		const ga = guardTab('elderly-wang', (x) => a.push(x), { makeChannel });
		const gb = guardTab('truant-li', () => {}, { makeChannel });
		tick();
		expect(a).toEqual([]);
		ga.close();
		gb.close();
	});
});

describe('guardTab over the real BroadcastChannel (Node 20 has one)', () => {
	/** Resolves once `seen` has `n` entries: the test waits for the messages themselves, not for a time. */
	function recorder() {
		const seen: boolean[] = [];
		const waiting: { n: number; done: () => void }[] = [];
		const push = (x: boolean) => {
			seen.push(x);
			for (const w of waiting) if (seen.length >= w.n) w.done();
		};
		const until = (n: number) => new Promise<void>((done) => (seen.length >= n ? done() : waiting.push({ n, done })));
		return { seen, push, until };
	}

	it('delivers the same conflict, take-over and saved notices between two tabs', async () => {
		const a = recorder();
		const b = recorder();
		const ga = guardTab('elderly-wang', a.push);
		const gb = guardTab('elderly-wang', b.push);
		await Promise.all([a.until(1), b.until(1)]);
		expect(a.seen).toEqual([true]);
		expect(b.seen).toEqual([true]);
		gb.takeOver();
		await a.until(2);
		expect(b.seen.at(-1)).toBe(false);
		expect(a.seen.at(-1)).toBe(true);
		ga.saved(3);
		await b.until(3);
		expect(b.seen.at(-1)).toBe(true);
		ga.close();
		gb.close();
	});
});
