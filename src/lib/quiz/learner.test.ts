import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { addScenarioCards, applyAnswers, applyScenarioAnswer, deckAfterAnswer, type QuizProgress } from './learner.ts';
import { emptyMistakeBook, isInMistakeBook } from './mistakes.ts';
import { dueCards, newCard, reviewCard, scenarioCardFromDecision } from './review.ts';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const LATER = new Date('2025-03-05T08:00:00.000Z');
const empty: QuizProgress = { deck: [], mistakes: emptyMistakeBook(), history: [] };

const content = scenarioCardFromDecision({
	scenarioId: 'elderly-wang',
	sourcePath: 'intake.0.c-1',
	clientLine: '我一个人住惯了。',
	options: [
		{ text: '听起来您很要强。', quality: 'best' },
		{ text: '您应该搬去养老院。', quality: 'harmful' }
	],
	chosen: 1,
	locale: 'zh-CN'
})!;

describe('applyAnswers', () => {
	it('a wrong answer adds a card due at once, a mistake and a history event', () => {
		const p = applyAnswers(empty, [{ itemId: 'intake-001', topic: 'intake', correct: false, mode: 'practice' }], NOW);
		expect(p.deck).toHaveLength(1);
		expect(p.deck[0]).toMatchObject({ id: 'intake-001', kind: 'quiz', fsrs: { state: State.New } });
		expect(dueCards(p.deck, NOW).map((c) => c.id)).toEqual(['intake-001']);
		expect(isInMistakeBook(p.mistakes, 'intake-001')).toBe(true);
		expect(p.history).toEqual([{ itemId: 'intake-001', topic: 'intake', correct: false, at: NOW.toISOString(), mode: 'practice' }]);
	});
	it('a right answer outside the review leaves the deck alone but is recorded', () => {
		const wrong = applyAnswers(empty, [{ itemId: 'intake-001', topic: 'intake', correct: false, mode: 'practice' }], NOW);
		const right = applyAnswers(wrong, [{ itemId: 'intake-001', topic: 'intake', correct: true, mode: 'paper' }], LATER);
		expect(right.deck).toBe(wrong.deck);
		expect(right.mistakes.wrong['intake-001'].rightStreak).toBe(1);
		expect(right.history).toHaveLength(2);
		// …and a right answer to an item never missed adds no card.
		expect(applyAnswers(empty, [{ itemId: 'x-1', topic: 'intake', correct: true, mode: 'practice' }], NOW).deck).toEqual([]);
	});
	it('an answer in the review schedules the card: right pushes it out, wrong brings it back soon', () => {
		const p = applyAnswers(empty, [{ itemId: 'intake-001', topic: 'intake', correct: false, mode: 'practice' }], NOW);
		const right = applyAnswers(p, [{ itemId: 'intake-001', topic: 'intake', correct: true, mode: 'review' }], NOW);
		expect(right.deck[0]).toEqual(reviewCard(p.deck[0], true, NOW));
		expect(dueCards(right.deck, NOW)).toEqual([]);
		const wrong = applyAnswers(p, [{ itemId: 'intake-001', topic: 'intake', correct: false, mode: 'review' }], NOW);
		expect(wrong.deck[0].lastResult).toBe('wrong');
		expect(Date.parse(wrong.deck[0].fsrs.due) - NOW.getTime()).toBe(60_000);
	});
	it('a wrong answer to a card already in the deck counts as a lapse', () => {
		let deck = [reviewCard(newCard('intake-001', 'quiz', NOW), true, NOW)];
		deck = [reviewCard(deck[0], true, new Date(deck[0].fsrs.due))];
		const next = deckAfterAnswer(deck, 'intake-001', 'quiz', false, 'paper', LATER);
		expect(next[0].fsrs.lapses).toBe(1);
		expect(next[0].fsrs.state).toBe(State.Relearning);
	});
	it('applies a whole paper of answers in one step and leaves the input alone', () => {
		const before = structuredClone(empty);
		const p = applyAnswers(
			empty,
			[
				{ itemId: 'a-1', topic: 'intake', correct: false, mode: 'paper' },
				{ itemId: 'a-2', topic: 'closing', correct: true, mode: 'paper' },
				{ itemId: 'a-3', topic: 'closing', correct: false, mode: 'paper' }
			],
			NOW
		);
		expect(p.deck.map((c) => c.id)).toEqual(['a-1', 'a-3']);
		expect(Object.keys(p.mistakes.wrong)).toEqual(['a-1', 'a-3']);
		expect(p.history.map((e) => [e.itemId, e.correct])).toEqual([
			['a-1', false],
			['a-2', true],
			['a-3', false]
		]);
		expect(empty).toEqual(before);
	});
});

describe('scenario cards', () => {
	it('adds a card per weak or harmful decision, due at once, carrying its question', () => {
		const deck = addScenarioCards([], [content], NOW);
		expect(deck).toHaveLength(1);
		expect(deck[0]).toMatchObject({ id: content.id, kind: 'scenario', scenario: content, lastResult: 'wrong' });
		expect(dueCards(deck, NOW)).toHaveLength(1);
	});
	it('the same decision missed again is a lapse and takes the newer wording', () => {
		let deck = addScenarioCards([], [content], NOW);
		deck = applyScenarioAnswer({ deck, history: [] }, content.id, true, NOW).deck.slice();
		const reworded = { ...content, clientLine: '我一个人住惯了，真的。' };
		const again = addScenarioCards(deck, [reworded], LATER);
		expect(again).toHaveLength(1);
		expect(again[0].scenario?.clientLine).toBe('我一个人住惯了，真的。');
		expect(again[0].lastResult).toBe('wrong');
		expect(again[0].fsrs.reps).toBe(deck[0].fsrs.reps + 1);
	});
	it('a review answer schedules the card and is logged under the scenario pseudo-topic', () => {
		const deck = addScenarioCards([], [content], NOW);
		const p = applyScenarioAnswer({ deck, history: [] }, content.id, true, NOW);
		expect(p.deck[0].lastResult).toBe('right');
		expect(p.history).toEqual([{ itemId: content.id, topic: 'scenario', correct: true, at: NOW.toISOString(), mode: 'review' }]);
	});
	it('never invents a scenario card without its question', () => {
		expect(deckAfterAnswer([], content.id, 'scenario', false, 'review', NOW)).toEqual([]);
	});
});
