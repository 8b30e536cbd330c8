import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	CLEAR_AFTER,
	MistakeBookSchema,
	emptyMistakeBook,
	isFlagged,
	isInMistakeBook,
	listCaseMistakes,
	listMistakes,
	recordAnswer,
	toggleFlag,
	type MistakeBook
} from './mistakes.ts';
import { newCard, newScenarioCard, reviewCard } from './review.ts';
import type { TopicId } from './schema.ts';

const T1 = new Date('2025-03-01T08:00:00.000Z');
const T2 = new Date('2025-03-02T08:00:00.000Z');
const T3 = new Date('2025-03-03T08:00:00.000Z');

const TOPIC: Record<string, TopicId> = {
	'techniques-001': 'techniques',
	'techniques-002': 'techniques',
	'closing-004': 'closing',
	'intake-009': 'intake'
};
const topicOf = (id: string) => TOPIC[id];

describe('recordAnswer', () => {
	it('adds a wrong answer and counts repeats', () => {
		let book = recordAnswer(emptyMistakeBook(), 'techniques-001', false, T1);
		expect(book.wrong['techniques-001']).toEqual({ count: 1, lastAt: T1.toISOString(), rightStreak: 0 });
		book = recordAnswer(book, 'techniques-001', false, T2);
		expect(book.wrong['techniques-001']).toEqual({ count: 2, lastAt: T2.toISOString(), rightStreak: 0 });
	});
	it(`clears an item after ${CLEAR_AFTER} right answers in a row, not after one`, () => {
		expect(CLEAR_AFTER).toBe(2);
		let book = recordAnswer(emptyMistakeBook(), 'closing-004', false, T1);
		book = recordAnswer(book, 'closing-004', true, T2);
		expect(isInMistakeBook(book, 'closing-004')).toBe(true);
		expect(book.wrong['closing-004'].rightStreak).toBe(1);
		book = recordAnswer(book, 'closing-004', true, T3);
		expect(isInMistakeBook(book, 'closing-004')).toBe(false);
	});
	it('restarts the streak on another mistake', () => {
		let book = recordAnswer(emptyMistakeBook(), 'closing-004', false, T1);
		book = recordAnswer(book, 'closing-004', true, T2);
		book = recordAnswer(book, 'closing-004', false, T3);
		book = recordAnswer(book, 'closing-004', true, T3);
		expect(book.wrong['closing-004']).toEqual({ count: 2, lastAt: T3.toISOString(), rightStreak: 1 });
	});
	it('takes another threshold', () => {
		const book = recordAnswer(recordAnswer(emptyMistakeBook(), 'intake-009', false, T1), 'intake-009', true, T2, 1);
		expect(isInMistakeBook(book, 'intake-009')).toBe(false);
	});
	it('returns the same record for a right answer to an item not in the book', () => {
		const book = emptyMistakeBook();
		expect(recordAnswer(book, 'intake-009', true, T1)).toBe(book);
	});
	it('never mutates its input', () => {
		const book = recordAnswer(emptyMistakeBook(), 'intake-009', false, T1);
		const copy = structuredClone(book);
		recordAnswer(book, 'intake-009', false, T2);
		recordAnswer(book, 'intake-009', true, T2, 1);
		toggleFlag(book, 'intake-009');
		expect(book).toEqual(copy);
	});
	it('does not trip over ids that are Object.prototype keys', () => {
		const book = recordAnswer(emptyMistakeBook(), 'constructor', true, T1);
		expect(isInMistakeBook(book, 'constructor')).toBe(false);
		expect(recordAnswer(book, 'constructor', false, T1).wrong.constructor).toEqual({ count: 1, lastAt: T1.toISOString(), rightStreak: 0 });
	});
});

describe('flags', () => {
	it('toggles on and off, keeping flag order', () => {
		let book = toggleFlag(emptyMistakeBook(), 'closing-004');
		book = toggleFlag(book, 'intake-009');
		expect(book.flagged).toEqual(['closing-004', 'intake-009']);
		book = toggleFlag(book, 'closing-004');
		expect(book.flagged).toEqual(['intake-009']);
		expect(isFlagged(book, 'closing-004')).toBe(false);
		expect(isFlagged(book, 'intake-009')).toBe(true);
	});
	it('survives clearing the item from the mistake book', () => {
		let book = toggleFlag(recordAnswer(emptyMistakeBook(), 'closing-004', false, T1), 'closing-004');
		book = recordAnswer(recordAnswer(book, 'closing-004', true, T2), 'closing-004', true, T3);
		expect(isInMistakeBook(book, 'closing-004')).toBe(false);
		expect(isFlagged(book, 'closing-004')).toBe(true);
	});
});

describe('listMistakes', () => {
	let book: MistakeBook = emptyMistakeBook();
	book = recordAnswer(book, 'techniques-001', false, T1);
	book = recordAnswer(book, 'closing-004', false, T1);
	book = recordAnswer(book, 'closing-004', false, T2);
	book = recordAnswer(book, 'techniques-002', false, T3);
	book = recordAnswer(book, 'retired-001', false, T1); // no longer in the bank
	book = toggleFlag(book, 'intake-009');
	book = toggleFlag(book, 'techniques-001');

	it('lists most mistakes first, then most recent, then flag-only items in flag order', () => {
		expect(listMistakes(book, topicOf).map((e) => e.id)).toEqual([
			'closing-004',
			'techniques-002',
			'retired-001',
			'techniques-001',
			'intake-009'
		]);
	});
	it('says for each entry whether it is flagged and what its mistake record is', () => {
		const [first, , , fourth, last] = listMistakes(book, topicOf);
		expect(first).toEqual({
			id: 'closing-004',
			topic: 'closing',
			mistake: { count: 2, lastAt: T2.toISOString(), rightStreak: 0 },
			flagged: false
		});
		expect(fourth).toMatchObject({ id: 'techniques-001', flagged: true, mistake: { count: 1 } });
		expect(last).toEqual({ id: 'intake-009', topic: 'intake', mistake: null, flagged: true });
	});
	it('filters by topic, dropping items the bank no longer knows', () => {
		expect(listMistakes(book, topicOf, { topic: 'techniques' }).map((e) => e.id)).toEqual(['techniques-002', 'techniques-001']);
		expect(listMistakes(book, topicOf, { topic: 'records' })).toEqual([]);
	});
	it('shows only the mistake book or only the flags', () => {
		expect(listMistakes(book, topicOf, { show: 'wrong' }).map((e) => e.id)).toEqual([
			'closing-004',
			'techniques-002',
			'retired-001',
			'techniques-001'
		]);
		expect(listMistakes(book, topicOf, { show: 'flagged' }).map((e) => e.id)).toEqual(['intake-009', 'techniques-001']);
		expect(listMistakes(book, topicOf, { show: 'flagged', topic: 'intake' }).map((e) => e.id)).toEqual(['intake-009']);
	});
});

describe('MistakeBookSchema', () => {
	it('accepts what the functions produce and rejects a broken record', () => {
		const book = toggleFlag(recordAnswer(emptyMistakeBook(), 'intake-009', false, T1), 'closing-004');
		expect(v.parse(MistakeBookSchema, JSON.parse(JSON.stringify(book)))).toEqual(book);
		expect(v.safeParse(MistakeBookSchema, { ...book, flagged: ['a', 'a'] }).success).toBe(false);
		expect(v.safeParse(MistakeBookSchema, { ...book, wrong: { x: { count: 0, lastAt: T1.toISOString(), rightStreak: 0 } } }).success).toBe(
			false
		);
		expect(v.safeParse(MistakeBookSchema, { ...book, v: 2 }).success).toBe(false);
	});
});

describe('listCaseMistakes', () => {
	const content = (path: string) => ({
		id: `scenario:elderly-wang:${path}`,
		scenarioId: 'elderly-wang',
		sourcePath: path,
		clientLine: '我好着呢。',
		options: [
			{ text: 'a', quality: 'weak' as const },
			{ text: 'b', quality: 'best' as const }
		],
		answer: [1],
		chosen: 0
	});

	it('lists the case decisions last answered wrong, newest first, and drops those answered right', () => {
		const older = newScenarioCard(content('intake.0.c-0'), T1);
		const newer = newScenarioCard(content('intake.1.c-0'), T2);
		const learned = reviewCard(newScenarioCard(content('intake.2.c-0'), T1), true, T3);
		const quiz = newCard('intake-009', 'quiz', T1);
		const list = listCaseMistakes([older, quiz, learned, newer]);
		expect(list.map((e) => e.id)).toEqual([newer.id, older.id]);
		expect(list[0]).toEqual({ id: newer.id, content: newer.scenario, lastAt: T2.toISOString() });
	});

	it('dates a decision missed again in review by that review', () => {
		const card = reviewCard(newScenarioCard(content('intake.0.c-0'), T1), false, T3);
		expect(listCaseMistakes([card])[0].lastAt).toBe(T3.toISOString());
	});
});
