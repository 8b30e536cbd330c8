import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { QUIZ_MESSAGES } from '$lib/i18n/quiz-messages';
import Explanation from './Explanation.svelte';

const zh = QUIZ_MESSAGES['zh-CN'];

describe('Explanation', () => {
	it('says wrong, shows both answers and the explanation', () => {
		render(Explanation, {
			grade: { points: 0, max: 1, correct: false, partial: false },
			answer: 'B',
			chosen: 'C',
			explanation: '预估之后是计划。',
			t: zh
		});
		const box = screen.getByTestId('explanation');
		expect(box.dataset.verdict).toBe('wrong');
		expect(box.textContent).toContain('回答错误');
		expect(box.textContent).toContain('0 / 1 分');
		expect(box.textContent).toContain('正确答案：B');
		expect(box.textContent).toContain('你的答案：C');
		expect(box.textContent).toContain('预估之后是计划。');
	});

	it('says partly right with the partial points of a multiple-choice answer', () => {
		render(Explanation, { grade: { points: 1, max: 2, correct: false, partial: true }, answer: 'ACD', chosen: 'AC', t: QUIZ_MESSAGES.en });
		const box = screen.getByTestId('explanation');
		expect(box.dataset.verdict).toBe('partial');
		expect(box.textContent).toContain('Partly right');
		expect(box.textContent).toContain('1 / 2 points');
	});

	it('says correct, and "not answered" for an empty answer elsewhere', () => {
		const { unmount } = render(Explanation, {
			grade: { points: 1, max: 1, correct: true, partial: false },
			answer: 'A',
			chosen: 'A',
			t: zh
		});
		expect(screen.getByTestId('explanation').textContent).toContain('回答正确');
		unmount();
		render(Explanation, { grade: { points: 0, max: 1, correct: false, partial: false }, answer: 'A', chosen: '—', t: zh });
		expect(screen.getByTestId('explanation').textContent).toContain('你的答案：未作答');
	});
});
