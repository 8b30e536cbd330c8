/**
 * The answer history: one small event per question answered, anywhere in the
 * quiz (practice, review, mistake book, mock papers). It feeds the progress
 * page's accuracy-over-time chart and the review queue's daily limit on new
 * cards. Pure; the clock and the calendar are parameters.
 *
 * Decisions:
 * - Capped at the last HISTORY_CAP events, so the record stays small enough
 *   to rewrite after every answer (5,000 events ≈ 400 KB of JSON at most).
 * - `correct` means exactly right; a partly right multiple-choice answer is
 *   not correct, as in the mistake book.
 * - Scenario review cards are recorded under the pseudo-topic `scenario`, so
 *   the chart can show how interview decisions improve beside the chapters.
 */
import * as v from 'valibot';
import { TOPIC_IDS, type TopicId } from './topics.ts';

export const HISTORY_CAP = 5000;

/** Where an answer was given. */
export const ANSWER_MODES = ['practice', 'review', 'mistakes', 'paper'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** A chapter, or `scenario` for decisions replayed from the cases. */
export type HistoryTopic = TopicId | 'scenario';
export const HISTORY_TOPICS = [...TOPIC_IDS, 'scenario'] as const satisfies readonly HistoryTopic[];

export const AnswerEventSchema = v.object({
	/** A quiz item id, or a scenario card id (`scenario:<scenarioId>:<sourcePath>`). */
	itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
	topic: v.picklist(HISTORY_TOPICS),
	correct: v.boolean(),
	at: v.pipe(v.string(), v.isoTimestamp()),
	mode: v.picklist(ANSWER_MODES)
});
export type AnswerEvent = v.InferOutput<typeof AnswerEventSchema>;

/** Appends events and keeps only the newest `cap`. Returns a new array. */
export function appendEvents(history: readonly AnswerEvent[], events: readonly AnswerEvent[], cap = HISTORY_CAP): AnswerEvent[] {
	const all = [...history, ...events];
	return all.length > cap ? all.slice(all.length - cap) : all;
}

/** A calendar day key such as `2025-03-01`; the caller decides the time zone. */
export type DayOf = (at: Date) => string;

/** Day keys in UTC: deterministic, used in tests and as the default. */
export const utcDay: DayOf = (at) => at.toISOString().slice(0, 10);

/** Day keys in the browser's own time zone, so "today" matches the learner's calendar. */
export const localDay: DayOf = (at) =>
	`${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/**
 * How many distinct cards were reviewed for the first time on `now`'s day:
 * ids whose earliest review-mode event falls on that day. Used to cap new
 * cards per day. An id whose first review fell off the capped history counts
 * as new again; with 5,000 events that means months of daily use.
 */
export function newCardsReviewedOn(history: readonly AnswerEvent[], now: Date, dayOf: DayOf = utcDay): number {
	const today = dayOf(now);
	const first = new Map<string, string>();
	for (const e of history) {
		if (e.mode !== 'review' || first.has(e.itemId)) continue;
		first.set(e.itemId, dayOf(new Date(e.at)));
	}
	let n = 0;
	for (const day of first.values()) if (day === today) n++;
	return n;
}

export interface Tally {
	answered: number;
	correct: number;
}

/** Answers and right answers per topic over the whole history, in syllabus order. */
export function accuracyByTopic(history: readonly AnswerEvent[]): { topic: HistoryTopic; answered: number; correct: number }[] {
	const tallies = new Map<HistoryTopic, Tally>();
	for (const e of history) {
		const t = tallies.get(e.topic) ?? { answered: 0, correct: 0 };
		t.answered++;
		if (e.correct) t.correct++;
		tallies.set(e.topic, t);
	}
	return HISTORY_TOPICS.filter((t) => tallies.has(t)).map((topic) => ({ topic, ...tallies.get(topic)! }));
}

export interface AccuracySeries {
	/** Day keys in order, oldest first: only days with at least one answer. */
	days: string[];
	/** Per topic, accuracy 0–100 on each day, or null when the topic was not practised that day. */
	series: { topic: HistoryTopic; values: (number | null)[] }[];
}

/**
 * Accuracy per topic per day, over the last `maxDays` days on which anything
 * was answered. Days without answers are left out rather than drawn as gaps,
 * so a learner who practises twice a week still sees a readable line.
 */
export function accuracyOverTime(history: readonly AnswerEvent[], dayOf: DayOf = utcDay, maxDays = 30): AccuracySeries {
	const byDay = new Map<string, Map<HistoryTopic, Tally>>();
	for (const e of history) {
		const day = dayOf(new Date(e.at));
		const topics = byDay.get(day) ?? new Map<HistoryTopic, Tally>();
		const t = topics.get(e.topic) ?? { answered: 0, correct: 0 };
		t.answered++;
		if (e.correct) t.correct++;
		topics.set(e.topic, t);
		byDay.set(day, topics);
	}
	const days = [...byDay.keys()].sort().slice(-maxDays);
	const present = new Set(days.flatMap((d) => [...byDay.get(d)!.keys()]));
	const series = HISTORY_TOPICS.filter((t) => present.has(t)).map((topic) => ({
		topic,
		values: days.map((d) => {
			const t = byDay.get(d)!.get(topic);
			return t ? Math.round((100 * t.correct) / t.answered) : null;
		})
	}));
	return { days, series };
}
