import { describe, expect, it } from 'vitest';
import { endOfDayEverywhere, isCalendarDate, isRealTimestamp } from './time.ts';

describe('timestamps from outside', () => {
	it('accepts what the app writes and real offsets', () => {
		for (const ok of ['2026-11-22T08:30:00.000Z', '2026-11-22T08:30:00Z', '2026-11-22T16:30:00+08:00', '2024-02-29T00:00:00.5-05:30'])
			expect(isRealTimestamp(ok), ok).toBe(true);
	});
	it('refuses impossible dates, short offsets, missing zones and junk', () => {
		for (const bad of [
			'2026-02-31T08:00:00Z',
			'2025-02-29T08:00:00Z',
			'2026-11-22T24:00:00Z',
			'2026-11-22T08:60:00Z',
			'2026-11-22T08:30:00+08',
			'2026-11-22T08:30:00',
			'2026-11-22T08:30:00+15:00',
			'2026-13-01T00:00:00Z',
			'0000-01-01T00:00:00Z',
			'yesterday',
			''
		])
			expect(isRealTimestamp(bad), bad).toBe(false);
	});
	it('checks calendar dates', () => {
		expect(isCalendarDate('2026-12-31')).toBe(true);
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isCalendarDate('2026-02-31')).toBe(false);
		expect(isCalendarDate('2026-2-3')).toBe(false);
	});
	it('a due day ends when it has ended everywhere', () => {
		expect(new Date(endOfDayEverywhere('2026-11-29')).toISOString()).toBe('2026-11-30T11:59:59.999Z');
	});
});
