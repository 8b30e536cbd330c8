import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { revealDelayMs } from '../settings/display.ts';
import { Reveal } from './reveal.svelte.ts';

const lines = ['你好。', '我一个人住了十几年了，习惯了。', '你们单位的人，以前也来过。'];

describe('Reveal', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('shows everything at once when not paced', () => {
		const r = new Reveal();
		r.start(lines, false);
		expect(r.done).toBe(true);
	});

	it('shows one line at a time, each after a pause that depends on the line before', () => {
		const r = new Reveal();
		r.start(lines, true);
		expect(r.shown).toBe(1);
		expect(r.done).toBe(false);
		vi.advanceTimersByTime(revealDelayMs(lines[0]) - 1);
		expect(r.shown).toBe(1);
		vi.advanceTimersByTime(1);
		expect(r.shown).toBe(2);
		vi.advanceTimersByTime(revealDelayMs(lines[1]));
		expect(r.shown).toBe(3);
		expect(r.done).toBe(true);
		vi.advanceTimersByTime(10_000);
		expect(r.shown).toBe(3);
	});

	it('finishes at once when asked, and a new passage restarts the pacing', () => {
		const r = new Reveal();
		r.start(lines, true);
		r.finish();
		expect(r.done).toBe(true);
		r.start(lines, true);
		expect(r.shown).toBe(1);
		vi.advanceTimersByTime(60_000);
		expect(r.done).toBe(true);
	});
});
