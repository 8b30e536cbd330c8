/**
 * What an item view shows, whatever the question came from: a bank item in
 * the page's language, or a scenario decision kept in a review card (in the
 * language the case was played in). Pure; grading goes back to grade.ts and
 * review.ts.
 */
import type { Quality } from '../domain/casework.ts';
import type { Locale } from '../i18n/messages.ts';
import type { BankItem } from './bank.ts';
import { gradeItem, type GradeResult } from './grade.ts';
import type { HistoryTopic } from './history.ts';
import { gradeScenarioCard, type ReviewCard, type ScenarioCardContent } from './review.ts';
import type { Format } from './schema.ts';

export interface Question {
	/** Item id, or scenario card id. */
	id: string;
	format: Format;
	topic: HistoryTopic;
	stem: string;
	/** The case text a case-set item leans on. */
	vignette?: string;
	options: string[];
	/** Option indices: the correct ones, or for an order item the correct order. */
	answer: number[];
	explanation?: string;
	/** Language of the text, when it differs from the page's (scenario cards keep the case's). */
	lang?: Locale;
	source: { kind: 'item'; item: BankItem } | { kind: 'scenario'; content: ScenarioCardContent };
}

/** A bank item in `locale`. */
export function questionFromItem(item: BankItem, locale: Locale): Question {
	return {
		id: item.id,
		format: item.format,
		topic: item.topic,
		stem: item.stem[locale],
		vignette: item.vignette?.[locale],
		options: item.options.map((o) => o[locale]),
		answer: [...item.answer],
		explanation: item.explanation[locale],
		source: { kind: 'item', item }
	};
}

/**
 * A review card as a question: quiz cards look their item up with `itemOf`
 * (null when it has left the bank); scenario cards carry their own text.
 * `stem` is what the client said; the page adds the question around it.
 */
export function questionFromCard(card: ReviewCard, itemOf: (id: string) => BankItem | undefined, locale: Locale): Question | null {
	if (card.kind === 'quiz') {
		const item = itemOf(card.id);
		return item ? questionFromItem(item, locale) : null;
	}
	const content = card.scenario;
	if (!content) return null;
	return {
		id: card.id,
		format: 'single',
		topic: 'scenario',
		stem: content.clientLine,
		options: content.options.map((o) => o.text),
		answer: [...content.answer],
		lang: content.locale && content.locale !== locale ? content.locale : undefined,
		source: { kind: 'scenario', content }
	};
}

/** The quality of each option of a scenario question (undefined for items). */
export function optionQualities(q: Question): (Quality | undefined)[] | undefined {
	return q.source.kind === 'scenario' ? q.source.content.options.map((o) => o.quality) : undefined;
}

/**
 * Grades an answer. A scenario decision is right when one of its best
 * options is taken; it is worth one point, like a single-choice item.
 */
export function gradeQuestion(q: Question, chosen: readonly number[]): GradeResult {
	if (q.source.kind === 'item') return gradeItem(q.source.item, chosen);
	const correct = chosen.length === 1 && gradeScenarioCard(q.source.content, chosen[0]);
	return { points: correct ? 1 : 0, max: 1, correct, partial: false };
}

/** The answer a fresh question starts with: nothing chosen, or for an order item the order shown. */
export function initialAnswer(q: Pick<Question, 'format' | 'options'>): number[] {
	return q.format === 'order' ? q.options.map((_, k) => k) : [];
}
