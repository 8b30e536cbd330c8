import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	AnswerEventSchema,
	HISTORY_CAP,
	accuracyByTopic,
	accuracyOverTime,
	appendEvents,
	newCardsReviewedOn,
	type AnswerEvent
} from './history.ts';

const ev = (itemId: string, correct: boolean, at: string, extra: Partial<AnswerEvent> = {}): AnswerEvent => ({
	itemId,
	topic: 'intake',
	correct,
	at,
	mode: 'practice',
	...extra
});

describe('appendEvents', () => {
	it('appends in order and keeps only the newest events past the cap', () => {
		const a = ev('a', true, '2025-03-01T08:00:00.000Z');
		const b = ev('b', false, '2025-03-01T08:01:00.000Z');
		const c = ev('c', true, '2025-03-01T08:02:00.000Z');
		expect(appendEvents([a], [b, c], 2)).toEqual([b, c]);
		expect(appendEvents([a], [b])).toEqual([a, b]);
		const full = Array.from({ length: HISTORY_CAP }, (_, k) => ev(`x-${k}`, true, '2025-03-01T08:00:00.000Z'));
		const next = appendEvents(full, [c]);
		expect(next).toHaveLength(HISTORY_CAP);
		expect(next.at(-1)).toBe(c);
		expect(next[0].itemId).toBe('x-1');
	});
	it('validates events, scenario pseudo-topic included', () => {
		expect(
			v.safeParse(AnswerEventSchema, ev('scenario:elderly-wang:a.b', true, '2025-03-01T08:00:00.000Z', { topic: 'scenario' })).success
		).toBe(true);
		expect(v.safeParse(AnswerEventSchema, { ...ev('a', true, '2025-03-01T08:00:00.000Z'), topic: 'astrology' }).success).toBe(false);
		expect(v.safeParse(AnswerEventSchema, { ...ev('a', true, 'yesterday') }).success).toBe(false);
	});
});

describe('newCardsReviewedOn', () => {
	it('counts ids whose first review falls on the day, ignoring other modes and earlier reviews', () => {
		const history = [
			ev('old', true, '2025-02-28T09:00:00.000Z', { mode: 'review' }),
			ev('p', false, '2025-03-01T07:00:00.000Z'), // practice, not a review
			ev('old', false, '2025-03-01T08:00:00.000Z', { mode: 'review' }),
			ev('n1', false, '2025-03-01T08:01:00.000Z', { mode: 'review' }),
			ev('n1', true, '2025-03-01T08:05:00.000Z', { mode: 'review' }),
			ev('n2', true, '2025-03-01T09:00:00.000Z', { mode: 'review' })
		];
		expect(newCardsReviewedOn(history, new Date('2025-03-01T20:00:00.000Z'))).toBe(2);
		expect(newCardsReviewedOn(history, new Date('2025-03-02T08:00:00.000Z'))).toBe(0);
	});
	it('uses the calendar it is given', () => {
		const history = [ev('n1', true, '2025-03-01T23:30:00.000Z', { mode: 'review' })];
		// 23:30 UTC is already 2 March in Beijing (UTC+8).
		const beijing = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
		expect(newCardsReviewedOn(history, new Date('2025-03-02T01:00:00.000Z'), beijing)).toBe(1);
		expect(newCardsReviewedOn(history, new Date('2025-03-02T01:00:00.000Z'))).toBe(0);
	});
});

describe('accuracy', () => {
	const history = [
		ev('a', true, '2025-03-01T08:00:00.000Z'),
		ev('b', false, '2025-03-01T08:01:00.000Z'),
		ev('c', true, '2025-03-01T08:02:00.000Z', { topic: 'techniques' }),
		ev('a', true, '2025-03-03T08:00:00.000Z'),
		ev('s', false, '2025-03-03T08:00:00.000Z', { topic: 'scenario', mode: 'review' })
	];
	it('totals per topic in syllabus order, scenario decisions last', () => {
		expect(accuracyByTopic(history)).toEqual([
			{ topic: 'techniques', answered: 1, correct: 1 },
			{ topic: 'intake', answered: 3, correct: 2 },
			{ topic: 'scenario', answered: 1, correct: 0 }
		]);
	});
	it('gives per-day accuracy per topic, null on days a topic was not practised, skipping empty days', () => {
		expect(accuracyOverTime(history)).toEqual({
			days: ['2025-03-01', '2025-03-03'],
			series: [
				{ topic: 'techniques', values: [100, null] },
				{ topic: 'intake', values: [50, 100] },
				{ topic: 'scenario', values: [null, 0] }
			]
		});
	});
	it('keeps only the last maxDays days', () => {
		expect(accuracyOverTime(history, undefined, 1).days).toEqual(['2025-03-03']);
		expect(accuracyOverTime([], undefined)).toEqual({ days: [], series: [] });
	});
});
