/**
 * What one answer changes in the learner's quiz progress: the review deck,
 * the mistake book and the answer history, as one pure step. Every function
 * returns new values and leaves its inputs alone.
 *
 * Decisions:
 * - A wrong answer anywhere puts the item in the review deck. A new card is
 *   due at once (FSRS state New), so "answer wrong, then review" works in
 *   the same sitting; a card already in the deck takes the wrong answer as a
 *   lapse (Again).
 * - Only answers given in the review itself move a card forward. A right
 *   answer in chapter practice or a mock paper leaves the schedule alone:
 *   seeing the item just before may have made it easy, and FSRS intervals
 *   assume the learner recalled it after the interval.
 * - Every quiz-item answer goes to the mistake book (which needs right
 *   answers to clear items) and to the history. Scenario cards are not quiz
 *   items: they go to the deck and the history only.
 */
import { appendEvents, type AnswerEvent, type AnswerMode } from './history.ts';
import { recordAnswer, type MistakeBook } from './mistakes.ts';
import { newCard, newScenarioCard, reviewCard, type ReviewCard, type ScenarioCardContent } from './review.ts';
import type { TopicId } from './schema.ts';

export interface QuizProgress {
	deck: readonly ReviewCard[];
	mistakes: MistakeBook;
	history: readonly AnswerEvent[];
}

export interface QuizAnswer {
	itemId: string;
	topic: TopicId;
	correct: boolean;
	mode: AnswerMode;
}

/** The deck after one answer to a quiz item or scenario card `id`. Returns the same array when nothing changes. */
export function deckAfterAnswer(
	deck: readonly ReviewCard[],
	id: string,
	kind: ReviewCard['kind'],
	correct: boolean,
	mode: AnswerMode,
	now: Date
): readonly ReviewCard[] {
	const k = deck.findIndex((c) => c.id === id);
	// A scenario card cannot be made here: its question comes from the case (addScenarioCards).
	if (k < 0) return correct || kind === 'scenario' ? deck : [...deck, newCard(id, kind, now)];
	if (correct && mode !== 'review') return deck;
	const next = deck.slice();
	next[k] = reviewCard(deck[k], correct, now);
	return next;
}

/** Applies answers to quiz items (one, or a whole mock paper's) in order. */
export function applyAnswers(p: QuizProgress, answers: readonly QuizAnswer[], now: Date): QuizProgress {
	let deck = p.deck;
	let mistakes = p.mistakes;
	for (const a of answers) {
		deck = deckAfterAnswer(deck, a.itemId, 'quiz', a.correct, a.mode, now);
		mistakes = recordAnswer(mistakes, a.itemId, a.correct, now);
	}
	const at = now.toISOString();
	const history = appendEvents(
		p.history,
		answers.map((a) => ({ itemId: a.itemId, topic: a.topic, correct: a.correct, at, mode: a.mode }))
	);
	return { deck, mistakes, history };
}

/** Applies an answer to a scenario review card (given in the review). */
export function applyScenarioAnswer(
	p: Pick<QuizProgress, 'deck' | 'history'>,
	cardId: string,
	correct: boolean,
	now: Date
): Pick<QuizProgress, 'deck' | 'history'> {
	return {
		deck: deckAfterAnswer(p.deck, cardId, 'scenario', correct, 'review', now),
		history: appendEvents(p.history, [{ itemId: cardId, topic: 'scenario', correct, at: now.toISOString(), mode: 'review' }])
	};
}

/**
 * Adds review cards for the weak or harmful decisions of a finished case.
 * A decision already in the deck (the same point of the same story, missed
 * again) counts as a lapse and takes the newer wording and options; a new
 * one is due at once.
 */
export function addScenarioCards(deck: readonly ReviewCard[], contents: readonly ScenarioCardContent[], now: Date): ReviewCard[] {
	const next = deck.slice();
	for (const content of contents) {
		const k = next.findIndex((c) => c.id === content.id);
		if (k < 0) next.push(newScenarioCard(content, now));
		else next[k] = { ...reviewCard(next[k], false, now), scenario: content };
	}
	return next;
}
