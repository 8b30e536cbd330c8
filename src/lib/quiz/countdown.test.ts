import { describe, expect, it } from 'vitest';
import { expired, formatClock, pause, remaining, resume, startCountdown } from './countdown.ts';

const MIN = 60_000;

describe('countdown', () => {
	it('runs down from the duration and stops at zero', () => {
		const c = startCountdown(120 * MIN, 1000);
		expect(remaining(c, 1000)).toBe(120 * MIN);
		expect(remaining(c, 1000 + 30 * MIN)).toBe(90 * MIN);
		expect(remaining(c, 1000 + 200 * MIN)).toBe(0);
		expect(expired(c, 1000 + 120 * MIN - 1)).toBe(false);
		expect(expired(c, 1000 + 120 * MIN)).toBe(true);
	});
	it('stands still while paused and picks up where it stopped', () => {
		let c = startCountdown(10 * MIN, 0);
		c = pause(c, 2 * MIN);
		expect(remaining(c, 50 * MIN)).toBe(8 * MIN);
		c = resume(c, 50 * MIN);
		expect(remaining(c, 51 * MIN)).toBe(7 * MIN);
		// Pausing twice or resuming a running clock changes nothing.
		expect(pause(pause(c, 52 * MIN), 60 * MIN)).toEqual(pause(c, 52 * MIN));
		expect(resume(c, 99 * MIN)).toBe(c);
	});
	it('can start paused (a paper resumed in practice mode)', () => {
		const c = startCountdown(5 * MIN, 0, true);
		expect(remaining(c, 99 * MIN)).toBe(5 * MIN);
	});
	it('formats with hours only when there are any, rounding seconds up', () => {
		expect(formatClock(120 * MIN)).toBe('2:00:00');
		expect(formatClock(59 * MIN + 58_001)).toBe('59:59');
		expect(formatClock(9_000)).toBe('00:09');
		expect(formatClock(1)).toBe('00:01');
		expect(formatClock(0)).toBe('00:00');
		expect(formatClock(-5)).toBe('00:00');
	});
});
