import { describe, expect, it } from 'vitest';
import { bankItem } from './fixtures.test-helpers.ts';
import { gradeQuestion, initialAnswer, optionQualities, questionFromCard, questionFromItem } from './question.ts';
import { newCard, newScenarioCard, scenarioCardFromDecision } from './review.ts';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const item = { ...bankItem('intake', 'multiple', 1), explanation: { 'zh-CN': '解析', en: 'why' } };
const setItem = bankItem('intake', 'single', 2, 'intake-set-01');
const content = scenarioCardFromDecision({
	scenarioId: 'truant-li',
	sourcePath: 'school.c-1',
	clientLine: 'Whatever. School is pointless.',
	options: [
		{ text: 'It sounds like school feels pointless to you right now.', quality: 'best' },
		{ text: 'You have to go, it is the law.', quality: 'harmful' },
		{ text: 'What do you like doing?', quality: 'good' }
	],
	chosen: 1,
	locale: 'en'
})!;

describe('questions', () => {
	it('takes a bank item in the page language, with its vignette', () => {
		const q = questionFromItem(item, 'en');
		expect(q).toMatchObject({ id: item.id, format: 'multiple', topic: 'intake', explanation: 'why', answer: [0, 2, 3] });
		expect(q.options).toEqual(item.options.map((o) => o.en));
		expect(q.lang).toBeUndefined();
		expect(questionFromItem(setItem, 'zh-CN').vignette).toBe(setItem.vignette!['zh-CN']);
	});
	it('takes a scenario card in the language it was played in, marking it when the page differs', () => {
		const card = newScenarioCard(content, NOW);
		const q = questionFromCard(card, () => undefined, 'zh-CN')!;
		expect(q).toMatchObject({ id: content.id, format: 'single', topic: 'scenario', stem: 'Whatever. School is pointless.', lang: 'en' });
		expect(optionQualities(q)).toEqual(['best', 'harmful', 'good']);
		expect(questionFromCard(card, () => undefined, 'en')!.lang).toBeUndefined();
	});
	it('looks quiz cards up in the bank, and gives null for one that has left it', () => {
		expect(questionFromCard(newCard(item.id, 'quiz', NOW), (id) => (id === item.id ? item : undefined), 'en')?.id).toBe(item.id);
		expect(questionFromCard(newCard('gone-1', 'quiz', NOW), () => undefined, 'en')).toBeNull();
	});
	it('grades items by the exam rules and scenario decisions by their best option', () => {
		expect(gradeQuestion(questionFromItem(item, 'en'), [0, 2])).toMatchObject({ points: 1, max: 2, partial: true });
		const q = questionFromCard(newScenarioCard(content, NOW), () => undefined, 'en')!;
		expect(gradeQuestion(q, [0])).toEqual({ points: 1, max: 1, correct: true, partial: false });
		expect(gradeQuestion(q, [2])).toMatchObject({ correct: false, points: 0 });
		expect(gradeQuestion(q, [])).toMatchObject({ correct: false });
	});
	it('starts an order item from the order shown and a choice item from nothing', () => {
		expect(initialAnswer(questionFromItem(bankItem('stages', 'order', 1), 'en'))).toEqual([0, 1, 2]);
		expect(initialAnswer(questionFromItem(item, 'en'))).toEqual([]);
	});
});
