import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../progress/kv-store.ts';
import { loadProgress } from '../progress/progress.ts';
import { BANK } from '../quiz/bank.ts';
import { utcDay } from '../quiz/history.ts';
import { questionFromItem } from '../quiz/question.ts';
import { newScenarioCard, scenarioCardFromDecision } from '../quiz/review.ts';
import { ProgressState } from './progress.svelte.ts';
import { QuizSession, QuizState } from './quiz.svelte.ts';

const T0 = new Date('2026-03-01T08:00:00.000Z');

async function setup(store = new MemoryStore()) {
	let now = T0;
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent: true }));
	const quiz = new QuizState({ progress, now: () => now, dayOf: utcDay });
	return { progress, quiz, store, setNow: (d: Date) => (now = d) };
}

const single = BANK.items.find((i) => i.format === 'single' && !i.setId)!;
const multiple = BANK.items.find((i) => i.format === 'multiple' && !i.setId)!;
const order = BANK.items.find((i) => i.format === 'order')!;
const wrongOf = (answer: readonly number[]) => [answer[0] === 0 ? 1 : 0];

describe('QuizState.openBank', () => {
	it('gives the item bank once storage is open too', async () => {
		const store = new MemoryStore();
		const progress = new ProgressState();
		const quiz = new QuizState({ progress });
		const opening = progress.open(async () => ({ store, persistent: true }));
		const bank = await quiz.openBank();
		await opening;
		expect(progress.ready).toBe(true);
		expect(bank).toBe(BANK);
		expect(bank.byId.get(single.id)).toBe(single);
	});
});

describe('QuizSession', () => {
	it('grades on confirm, records a wrong answer everywhere, and the review then has it due', async () => {
		const { progress, quiz, store } = await setup();
		const s = new QuizSession(quiz, 'practice', [questionFromItem(single, 'zh-CN'), questionFromItem(multiple, 'zh-CN')]);
		expect(s.confirm()).toBeNull(); // nothing chosen yet
		s.choose(wrongOf(single.answer));
		const g = s.confirm()!;
		expect(g).toMatchObject({ correct: false, points: 0, max: 1 });
		// Once graded the answer is locked.
		s.choose([single.answer[0]]);
		expect(s.chosen).toEqual(wrongOf(single.answer));

		expect(progress.mistakes.wrong[single.id]).toMatchObject({ count: 1 });
		expect(progress.history).toEqual([{ itemId: single.id, topic: single.topic, correct: false, at: T0.toISOString(), mode: 'practice' }]);
		expect(quiz.due().map((c) => c.id)).toEqual([single.id]);

		s.next();
		expect(s.current?.id).toBe(multiple.id);
		s.choose([...multiple.answer]);
		expect(s.confirm()).toMatchObject({ correct: true, points: 2 });
		s.next();
		expect(s.done).toBe(true);
		expect(s.right).toBe(1);

		// Everything reached storage and reloads the same.
		await progress.flush();
		const reloaded = await loadProgress(store, T0);
		expect(reloaded.deck.map((c) => c.id)).toEqual([single.id]);
		expect(reloaded.history).toHaveLength(2);
		expect(Object.keys(reloaded.mistakes.wrong)).toEqual([single.id]);
	});

	it('starts an order item from the order shown and grades the order given', async () => {
		const { quiz } = await setup();
		const s = new QuizSession(quiz, 'practice', [questionFromItem(order, 'en')]);
		expect(s.chosen).toEqual(order.options.map((_, k) => k));
		s.choose([...order.answer]);
		expect(s.confirm()?.correct).toBe(true);
	});

	it('reviews a due card: a right answer pushes it out of today, a wrong one keeps it coming back', async () => {
		const { quiz, setNow } = await setup();
		const practice = new QuizSession(quiz, 'practice', [questionFromItem(single, 'zh-CN')]);
		practice.choose(wrongOf(single.answer));
		practice.confirm();

		const first = quiz.reviewQuestions(BANK, 'zh-CN');
		expect(first).toEqual({ questions: [expect.objectContaining({ id: single.id })], missing: 0 });
		const review = new QuizSession(quiz, 'review', first.questions);
		review.choose([single.answer[0]]);
		review.confirm();
		expect(quiz.due()).toEqual([]);
		// Ten minutes on (the FSRS learning step after Good) it is due again.
		setNow(new Date(T0.getTime() + 10 * 60_000));
		expect(quiz.due().map((c) => c.id)).toEqual([single.id]);
	});

	it('reviews a scenario card by its best option, logged as a case decision', async () => {
		const { progress, quiz } = await setup();
		const content = scenarioCardFromDecision({
			scenarioId: 'elderly-wang',
			sourcePath: 'a.b',
			clientLine: '我好着呢。',
			options: [
				{ text: '您一个人也过得很用心。', quality: 'best' },
				{ text: '您应该去养老院。', quality: 'harmful' }
			],
			chosen: 1,
			locale: 'zh-CN'
		})!;
		await progress.saveQuiz({ deck: [newScenarioCard(content, T0)] });
		const { questions } = quiz.reviewQuestions(BANK, 'en');
		expect(questions[0]).toMatchObject({ stem: '我好着呢。', lang: 'zh-CN', format: 'single', topic: 'scenario' });
		const s = new QuizSession(quiz, 'review', questions);
		s.choose([0]);
		expect(s.confirm()?.correct).toBe(true);
		expect(progress.history.at(-1)).toMatchObject({ topic: 'scenario', correct: true, mode: 'review' });
		expect(progress.deck[0].lastResult).toBe('right');
	});

	it('counts cards whose item left the bank instead of showing them', async () => {
		const { progress, quiz } = await setup();
		const { newCard } = await import('../quiz/review.ts');
		await progress.saveQuiz({ deck: [newCard('gone-999', 'quiz', T0), newCard(single.id, 'quiz', T0)] });
		const r = quiz.reviewQuestions(BANK, 'zh-CN');
		expect(r.missing).toBe(1);
		expect(r.questions.map((q) => q.id)).toEqual([single.id]);
	});

	it('caps new cards per day with the setting', async () => {
		const { progress, quiz } = await setup();
		const { newCard } = await import('../quiz/review.ts');
		await progress.saveSettings({ ...progress.settings, quiz: { dailyNewLimit: 1 } });
		await progress.saveQuiz({ deck: [newCard(single.id, 'quiz', T0), newCard(multiple.id, 'quiz', T0)] });
		expect(quiz.due()).toHaveLength(1);
	});

	it('flags and unflags into the mistake book', async () => {
		const { quiz, store } = await setup();
		await quiz.toggleFlag(single.id);
		expect(quiz.isFlagged(single.id)).toBe(true);
		expect(((await store.get('quiz:mistakes')) as { book: { flagged: string[] } }).book.flagged).toEqual([single.id]);
		await quiz.toggleFlag(single.id);
		expect(quiz.isFlagged(single.id)).toBe(false);
	});
});
