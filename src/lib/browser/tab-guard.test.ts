import { describe, expect, it } from 'vitest';
import { guardTab } from './tab-guard.ts';

/** BroadcastChannel exists in Node 20; messages arrive asynchronously. */
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('guardTab', () => {
	it('marks both tabs when the same case is opened twice, and lets one take over', async () => {
		const a: boolean[] = [];
		const b: boolean[] = [];
		const ga = guardTab('elderly-wang', (x) => a.push(x));
		await tick();
		const gb = guardTab('elderly-wang', (x) => b.push(x));
		await tick();
		// A hears B open the case; B hears A answer that it holds it.
		expect(a).toEqual([true]);
		expect(b).toEqual([true]);
		gb.takeOver();
		await tick();
		expect(b.at(-1)).toBe(false);
		expect(a.at(-1)).toBe(true);
		ga.saved(3);
		await tick();
		expect(b.at(-1)).toBe(true);
		ga.close();
		gb.close();
	});

	it('ignores other cases', async () => {
		const a: boolean[] = [];
		const ga = guardTab('elderly-wang', (x) => a.push(x));
		const gb = guardTab('truant-li', () => {});
		await tick();
		expect(a).toEqual([]);
		ga.close();
		gb.close();
	});
});
