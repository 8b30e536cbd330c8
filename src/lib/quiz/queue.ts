/**
 * Which review cards to show today. Kept apart from review.ts, and importing
 * only its types, so the home page can count what is due without loading the
 * FSRS scheduler (ts-fsrs is ≈ 18 KB gzipped and only the review itself needs it).
 */
import type { ReviewCard } from './review.ts';

/**
 * ts-fsrs `State.New`. A literal here for the reason above; queue.test.ts
 * checks that it still equals the library's value.
 */
export const FSRS_STATE_NEW = 0;

export interface QueueOptions {
	/** At most this many never-reviewed cards enter one day's review (settings.quiz.dailyNewLimit). */
	newLimit: number;
	/** Never-reviewed cards already started today (history.newCardsReviewedOn). */
	newReviewedToday: number;
}

/**
 * Today's review: every card due at `now` that has been reviewed before,
 * plus new cards up to what is left of the daily limit. Most overdue first,
 * ties by id, so the order is stable from one load to the next (the same
 * order as review.ts dueCards).
 */
export function reviewQueue(cards: readonly ReviewCard[], now: Date, options: QueueOptions): ReviewCard[] {
	const t = now.getTime();
	let newLeft = Math.max(0, options.newLimit - options.newReviewedToday);
	const due = cards
		.filter((c) => Date.parse(c.fsrs.due) <= t)
		.sort((a, b) => Date.parse(a.fsrs.due) - Date.parse(b.fsrs.due) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return due.filter((c) => {
		if (c.fsrs.state !== FSRS_STATE_NEW) return true;
		if (newLeft <= 0) return false;
		newLeft--;
		return true;
	});
}
