import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { QUIZ_MESSAGES } from '$lib/i18n/quiz-messages';
import { BANK } from '$lib/quiz/bank';
import AnswerDetails from './AnswerDetails.svelte';

describe('AnswerDetails', () => {
	it('shows a choice item’s answer in letters and its explanation', () => {
		const item = BANK.items.find((i) => i.format === 'single')!;
		render(AnswerDetails, { item, locale: 'zh-CN', t: QUIZ_MESSAGES['zh-CN'] });
		expect(screen.getByTestId('answer-key').textContent).toContain('ABCD'[item.answer[0]]);
		expect(screen.getByTestId('answer-details').textContent).toContain(item.explanation['zh-CN']);
	});

	it('shows an ordering item’s answer with the numbers its rows carry', () => {
		const item = BANK.items.find((i) => i.format === 'order')!;
		render(AnswerDetails, { item, locale: 'en', t: QUIZ_MESSAGES.en });
		const key = screen.getByTestId('answer-key').textContent ?? '';
		expect(key).toContain(item.answer.map((k) => String.fromCodePoint(0x2460 + k)).join('→'));
		expect(key).not.toMatch(/[A-G]→/);
	});
});
