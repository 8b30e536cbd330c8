import { describe, expect, it } from 'vitest';
import { daysUntil, goalStatus } from './daily-plan.ts';
import { utcDay } from './history.ts';

const NOW = new Date('2026-12-03T15:00:00.000Z');
const at = (day: string, n = 1) => Array.from({ length: n }, (_, i) => `${day}T0${i % 10}:00:00.000Z`);

describe('the daily goal', () => {
	it("counts today's items and cases, and whether the goal is met", () => {
		const s = goalStatus({ items: 10, oneCase: true }, at('2026-12-03', 12), at('2026-12-03'), NOW, utcDay);
		expect(s.today).toEqual({ items: 12, cases: 1 });
		expect(s.met).toBe(true);
		expect(goalStatus({ items: 10, oneCase: true }, at('2026-12-03', 12), [], NOW, utcDay).met).toBe(false);
		expect(goalStatus({ items: 0, oneCase: false }, at('2026-12-03', 12), [], NOW, utcDay)).toMatchObject({ met: false, streak: 0 });
	});
	it('keeps a streak of consecutive days met, through yesterday while today is still open', () => {
		const answers = [...at('2026-11-29', 5), ...at('2026-11-30', 5), ...at('2026-12-01', 5), ...at('2026-12-02', 6)];
		const goal = { items: 5, oneCase: false };
		expect(goalStatus(goal, answers, [], NOW, utcDay)).toMatchObject({ met: false, streak: 4 });
		expect(goalStatus(goal, [...answers, ...at('2026-12-03', 5)], [], NOW, utcDay)).toMatchObject({ met: true, streak: 5 });
		// A day short breaks it.
		expect(goalStatus(goal, [...at('2026-11-30', 5), ...at('2026-12-01', 4), ...at('2026-12-02', 5)], [], NOW, utcDay).streak).toBe(1);
	});
	it('counts down whole days to the exam', () => {
		expect(daysUntil('2026-12-10', NOW, utcDay)).toBe(7);
		expect(daysUntil('2026-12-03', NOW, utcDay)).toBe(0);
		expect(daysUntil('2026-12-01', NOW, utcDay)).toBe(-2);
		expect(daysUntil(undefined, NOW, utcDay)).toBeNull();
	});
});
