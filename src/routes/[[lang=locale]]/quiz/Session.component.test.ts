import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { QUIZ_MESSAGES } from '$lib/i18n/quiz-messages';
import { MemoryStore } from '$lib/progress/kv-store';
import { BANK } from '$lib/quiz/bank';
import { questionFromCard, questionFromItem } from '$lib/quiz/question';
import { newScenarioCard, scenarioCardFromDecision, type ScenarioDecision } from '$lib/quiz/review';
import { ProgressState } from '$lib/state/progress.svelte';
import { QuizSession, QuizState } from '$lib/state/quiz.svelte';
import Session from './Session.svelte';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const zh = QUIZ_MESSAGES['zh-CN'];
const en = QUIZ_MESSAGES.en;

const decision: ScenarioDecision = {
	scenarioId: 'truant-li',
	sourcePath: 'home.0.c-2',
	clientLine: '他就是不想上学，你们说怎么办？',
	speaker: '李爸爸',
	options: [
		{ text: '“您先别急，说说最近发生了什么。”', quality: 'best', feedback: '先接住家长的情绪，再了解情况。' },
		{ text: '“孩子不上学是家长没管好。”', quality: 'harmful', feedback: '指责家长会让他关上门。' },
		{ text: '“要不先让他休学？”', quality: 'weak', feedback: '还没预估就给建议。' }
	],
	chosen: 1,
	locale: 'zh-CN'
};

async function renderSession(questions: ReturnType<typeof questionFromItem>[], t = zh) {
	const progress = new ProgressState();
	await progress.open(async () => ({ store: new MemoryStore(), persistent: true }));
	const quiz = new QuizState({ progress, now: () => NOW });
	const session = new QuizSession(quiz, 'review', questions);
	return render(Session, { session, quiz, t });
}

const cardQuestion = (d: ScenarioDecision) =>
	questionFromCard(newScenarioCard(scenarioCardFromDecision(d)!, NOW), () => undefined, 'zh-CN')!;

describe('Session with a review card from a case', () => {
	it('names who said the line, and after answering shows every option’s quality and the supervisor’s note', async () => {
		await renderSession([cardQuestion(decision)]);
		const group = screen.getByRole('group');
		expect(group.querySelector('legend')?.textContent).toContain('李爸爸说：');
		expect(group.querySelector('legend')?.textContent).not.toContain('服务对象说');
		expect(screen.queryByTestId('case-feedback')).toBeNull();

		await userEvent.click(screen.getByLabelText(/要不先让他休学/));
		await userEvent.click(screen.getByTestId('confirm'));
		const notes = within(screen.getByTestId('case-feedback')).getAllByTestId('case-option-note');
		expect(notes).toHaveLength(3);
		expect(notes[0].textContent).toContain('最佳');
		expect(notes[0].textContent).toContain('先接住家长的情绪，再了解情况。');
		expect(notes[1].textContent).toContain('指责家长会让他关上门。');
		expect(notes[1].textContent).toContain(zh.review.yourChoiceThen);
		expect(notes[2].textContent).toContain('还没预估就给建议。');
		expect(screen.getByTestId('explanation').dataset.verdict).toBe('wrong');
	});

	it('shows narration, and a card stored before speakers were kept, with no speaker at all', async () => {
		const { speaker: _, ...narration } = decision;
		void _;
		const old = { ...narration, options: narration.options.map(({ text, quality }) => ({ text, quality })) };
		await renderSession([cardQuestion(old)]);
		expect(screen.getByRole('group').querySelector('.preface')).toBeNull();
		await userEvent.click(screen.getByLabelText(/您先别急/));
		await userEvent.click(screen.getByTestId('confirm'));
		const notes = screen.getAllByTestId('case-option-note');
		expect(notes).toHaveLength(3);
		expect(notes[0].querySelector('.note')).toBeNull();
	});
});

describe('Session with an ordering item', () => {
	it('writes the answer with the numbers on the rows, never letters', async () => {
		const item = BANK.items.find((i) => i.format === 'order')!;
		await renderSession([questionFromItem(item, 'en')], en);
		const labels = screen.getAllByTestId('order-label').map((l) => l.textContent);
		expect(labels).toEqual(item.options.map((_, k) => String.fromCodePoint(0x2460 + k)));
		await userEvent.click(screen.getByTestId('confirm'));
		const answers = screen.getByTestId('explanation').querySelector('.answers')?.textContent ?? '';
		expect(answers).toContain(item.answer.map((k) => String.fromCodePoint(0x2460 + k)).join('→'));
		expect(answers).not.toMatch(/[A-G]→/);
	});
});
