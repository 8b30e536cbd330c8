import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { FSRS_STATE_NEW, reviewQueue } from './queue.ts';
import { dueCards, newCard, reviewCard } from './review.ts';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('reviewQueue', () => {
	it('agrees with ts-fsrs on the value of State.New', () => {
		expect(FSRS_STATE_NEW).toBe(State.New);
	});

	const learning = reviewCard(newCard('l', 'quiz', at('2025-02-27T08:00:00.000Z')), false, at('2025-02-27T08:00:00.000Z'));
	const n1 = newCard('n1', 'quiz', at('2025-02-28T08:00:00.000Z'));
	const n2 = newCard('n2', 'quiz', at('2025-02-28T09:00:00.000Z'));
	const n3 = newCard('n3', 'quiz', at('2025-02-28T10:00:00.000Z'));
	const later = newCard('later', 'quiz', at('2025-03-02T08:00:00.000Z'));
	const deck = [n3, later, n1, learning, n2];

	it('equals dueCards when the daily limit is not reached', () => {
		expect(reviewQueue(deck, NOW, { newLimit: 20, newReviewedToday: 0 })).toEqual(dueCards(deck, NOW));
	});
	it('takes every card reviewed before, and new cards only up to what is left of the daily limit', () => {
		expect(reviewQueue(deck, NOW, { newLimit: 2, newReviewedToday: 0 }).map((c) => c.id)).toEqual(['l', 'n1', 'n2']);
		expect(reviewQueue(deck, NOW, { newLimit: 2, newReviewedToday: 1 }).map((c) => c.id)).toEqual(['l', 'n1']);
		expect(reviewQueue(deck, NOW, { newLimit: 2, newReviewedToday: 5 }).map((c) => c.id)).toEqual(['l']);
	});
	it('never includes a card that is not due yet', () => {
		expect(reviewQueue(deck, NOW, { newLimit: 100, newReviewedToday: 0 }).some((c) => c.id === 'later')).toBe(false);
	});
});
