/**
 * The learner's own plan: an exam date to count down to, and a daily goal
 * (items answered, a case finished, or both) with the streak of days it was
 * met. Pure; the calendar (`dayOf`) is a parameter, as in history.ts.
 */
import type { DayOf } from './history.ts';

export interface DailyGoal {
	/** Items to answer a day; 0 sets no item goal. */
	items: number;
	/** Finish a case every day. */
	oneCase: boolean;
}

export interface GoalDay {
	items: number;
	cases: number;
}

export interface GoalStatus {
	today: GoalDay;
	met: boolean;
	/** Days in a row the goal was met, up to today (or up to yesterday while today's is not met yet). */
	streak: number;
}

export function hasGoal(goal: DailyGoal): boolean {
	return goal.items > 0 || goal.oneCase;
}

function metOn(goal: DailyGoal, day: GoalDay | undefined): boolean {
	return hasGoal(goal) && (day?.items ?? 0) >= goal.items && (!goal.oneCase || (day?.cases ?? 0) > 0);
}

function previousDay(day: string): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

/**
 * @param answers when each quiz item was answered (ISO times)
 * @param finished when each case was finished (ISO times)
 */
export function goalStatus(goal: DailyGoal, answers: readonly string[], finished: readonly string[], now: Date, dayOf: DayOf): GoalStatus {
	const days = new Map<string, GoalDay>();
	const on = (at: string) => {
		const key = dayOf(new Date(at));
		let day = days.get(key);
		if (!day) days.set(key, (day = { items: 0, cases: 0 }));
		return day;
	};
	for (const at of answers) on(at).items++;
	for (const at of finished) on(at).cases++;
	const todayKey = dayOf(now);
	const today = days.get(todayKey) ?? { items: 0, cases: 0 };
	const met = metOn(goal, today);
	let streak = 0;
	for (let key = met ? todayKey : previousDay(todayKey); metOn(goal, days.get(key)); key = previousDay(key)) streak++;
	return { today, met, streak };
}

/** Whole days from `now`'s day to the exam day (0 on the day, negative after it); null without a date. */
export function daysUntil(examDate: string | undefined, now: Date, dayOf: DayOf): number | null {
	if (!examDate) return null;
	const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
	const exam = Date.parse(`${examDate}T00:00:00Z`);
	return Number.isFinite(exam) ? Math.round((exam - today) / 86_400_000) : null;
}
