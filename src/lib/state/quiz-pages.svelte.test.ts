import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/messages.ts';
import { MemoryStore } from '../progress/kv-store.ts';
import { BANK } from '../quiz/bank.ts';
import { utcDay } from '../quiz/history.ts';
import { practiceRound } from '../quiz/practice.ts';
import { mulberry32 } from '../quiz/random.ts';
import { newCard, newScenarioCard, scenarioCardFromDecision } from '../quiz/review.ts';
import { ProgressState } from './progress.svelte.ts';
import { MistakesPage, PracticePage, ReviewPage, SearchPage, type QuizPageOptions } from './quiz-pages.svelte.ts';

const T0 = new Date('2026-03-01T08:00:00.000Z');
const singles = BANK.items.filter((i) => i.format === 'single' && !i.setId);
const wrongOf = (answer: readonly number[]) => [answer[0] === 0 ? 1 : 0];

async function setup(store = new MemoryStore()) {
	const progress = new ProgressState();
	await progress.open(async () => ({ store, persistent: true }));
	let locale: Locale = 'zh-CN';
	let now = T0;
	const o: QuizPageOptions = { progress, locale: () => locale, now: () => now, dayOf: utcDay, newSeed: () => 9 };
	return { progress, store, o, setLocale: (l: Locale) => (locale = l), setNow: (d: Date) => (now = d) };
}

describe('PracticePage', () => {
	it('draws a round from the chapters and size in the URL, with the injected seed, in the page language', async () => {
		const { o, setLocale } = await setup();
		const page = new PracticePage(o);
		page.select(new URLSearchParams('topic=intake'));
		expect(page.session.questions).toEqual([]);
		await page.open();
		flushSync();
		expect(page.counts.find((c) => c.id === 'intake')?.count).toBe(BANK.byTopic.get('intake')?.length);
		page.select(new URLSearchParams('topic=intake&topics=closing,nonsense&n=5'));
		expect(page.topics).toEqual(['intake', 'closing']);
		expect(page.size).toBe(5);
		const expected = practiceRound(BANK.items, ['intake', 'closing'], 5, mulberry32(9));
		expect(page.session.questions.map((q) => q.id)).toEqual(expected.map((i) => i.id));
		expect(page.session.questions[0].stem).toBe(expected[0].stem['zh-CN']);

		setLocale('en');
		page.startRound();
		expect(page.session.questions[0].stem).toBe(expected[0].stem.en);
		expect(page.session.index).toBe(0);
	});

	it('falls back to the default size and shows the picker when no chapter is asked for', async () => {
		const { o } = await setup();
		const page = new PracticePage(o);
		await page.open();
		page.select(new URLSearchParams('topic=intake&n=500'));
		expect(page.size).toBe(10);
		page.select(new URLSearchParams('n=20'));
		expect(page.topics).toEqual([]);
		expect(page.session.questions).toEqual([]);
	});
});

describe('ReviewPage', () => {
	it('loads what is due, counts what left the bank, and offers the cards answered wrong again', async () => {
		const { o, progress, setNow } = await setup();
		const [a] = singles;
		await progress.saveQuiz({ deck: [newCard('gone-001', 'quiz', T0), newCard(a.id, 'quiz', T0)] });
		const page = new ReviewPage(o);
		await page.open();
		expect(page.missing).toBe(1);
		expect(page.session.questions.map((q) => q.id)).toEqual([a.id]);
		expect(page.limit).toBe(progress.settings.quiz.dailyNewLimit);
		page.session.choose(wrongOf(a.answer));
		page.session.confirm();
		page.session.next();
		flushSync();
		expect(page.session.done).toBe(true);
		// A card answered wrong comes back a few minutes later (the count is of cards, the missing one's too).
		setNow(new Date(T0.getTime() + 10 * 60_000));
		expect(page.dueAgain).toBe(2);
		page.load();
		expect(page.session.questions.map((q) => q.id)).toEqual([a.id]);
		expect(page.session.done).toBe(false);
	});

	it('saves a daily limit from 1 to 1000 and reloads what is due under it', async () => {
		const { o, progress } = await setup();
		const [a, b] = singles;
		await progress.saveQuiz({ deck: [newCard(a.id, 'quiz', T0), newCard(b.id, 'quiz', T0)] });
		const page = new ReviewPage(o);
		await page.open();
		expect(page.session.questions).toHaveLength(2);
		page.limit = 0;
		page.saveLimit();
		expect(page.saved).toBe(false);
		page.limit = 1.2;
		page.saveLimit();
		expect(page.saved).toBe(true);
		expect(progress.settings.quiz.dailyNewLimit).toBe(1);
		// A question is still on screen: the pass goes on as it was.
		expect(page.session.questions).toHaveLength(2);
		page.session.load([]);
		page.saveLimit();
		expect(page.session.questions).toHaveLength(1);
	});
});

describe('MistakesPage', () => {
	it('lists the book by chapter and kind, and retries the items still in the bank', async () => {
		const { o, progress } = await setup();
		const page = new MistakesPage(o);
		await page.open();
		const [a] = singles;
		const b = singles.find((i) => i.topic !== a.topic)!;
		page.retry([a.id, b.id]);
		expect(page.retrying).toBe(true);
		for (const item of [a, b]) {
			page.session.choose(wrongOf(item.answer));
			page.session.confirm();
			page.session.next();
		}
		await page.quiz.toggleFlag(a.id);
		await page.quiz.toggleFlag('gone-001');
		page.back();
		flushSync();
		expect(page.retrying).toBe(false);
		expect(page.entries.map((e) => e.id).sort()).toEqual([a.id, b.id, 'gone-001'].sort());
		expect([...page.retryable].sort()).toEqual([a.id, b.id].sort());
		page.topic = b.topic;
		flushSync();
		expect(page.entries.map((e) => e.id)).toEqual([b.id]);
		page.topic = '';
		page.show = 'flagged';
		flushSync();
		expect(page.entries.map((e) => e.id).sort()).toEqual([a.id, 'gone-001'].sort());
		page.retry(page.retryable);
		expect(page.session.questions.map((q) => q.id)).toEqual([a.id]);
		expect(progress.mistakes.wrong[a.id]).toMatchObject({ count: 1 });
	});

	it('lists case decisions still wrong beside quiz mistakes, retries them, and lets one right answer take them out', async () => {
		const { o, progress } = await setup();
		const content = scenarioCardFromDecision({
			scenarioId: 'noise-dispute',
			sourcePath: 'intake.0.c-3',
			clientLine: '您这边能不能管管？',
			speaker: '物业小吴',
			options: [
				{ text: '“这事不归我们管。”', quality: 'harmful', feedback: '推出去只会让人空转。' },
				{ text: '“您慢慢说。”', quality: 'best', feedback: '开放式提问。' }
			],
			chosen: 0,
			locale: 'zh-CN'
		})!;
		await progress.saveQuiz({ deck: [newScenarioCard(content, T0)] });
		const page = new MistakesPage(o);
		await page.open();
		flushSync();
		expect(page.cases.map((c) => c.id)).toEqual([content.id]);
		expect(page.retryable).toEqual([content.id]);
		page.show = 'flagged';
		flushSync();
		expect(page.cases).toEqual([]);
		page.show = 'all';
		page.topic = 'cases';
		flushSync();
		expect(page.entries).toEqual([]);
		expect(page.cases).toHaveLength(1);

		page.retry([content.id]);
		expect(page.session.questions[0]).toMatchObject({ id: content.id, stem: '您这边能不能管管？', topic: 'scenario' });
		page.session.choose([1]);
		expect(page.session.confirm()?.correct).toBe(true);
		page.back();
		flushSync();
		expect(page.cases).toEqual([]);
	});

	it('saves the learner’s note with the rest, refusing one that is too long without losing the saved one', async () => {
		const store = new MemoryStore();
		const { o, progress } = await setup(store);
		const page = new MistakesPage(o);
		await page.open();
		const id = singles[0].id;
		await page.saveNote(id, '  记住：先倾听  ');
		expect(page.noteOf(id)).toBe('记住：先倾听');
		expect(page.saveNote(id, 'x'.repeat(5000))).toEqual({ refused: 'too-long', max: 2000 });
		expect(page.noteOf(id)).toBe('记住：先倾听');
		await progress.flush();

		const again = await setup(store);
		const reloaded = new MistakesPage(again.o);
		await reloaded.open();
		expect(reloaded.noteOf(id)).toBe('记住：先倾听');
	});
});

describe('SearchPage', () => {
	it('finds items as the words change, and practises what was found', async () => {
		const { o } = await setup();
		const page = new SearchPage(o);
		page.query = '同理';
		expect(page.hits).toEqual([]);
		await page.open();
		flushSync();
		expect(page.hits.length).toBeGreaterThan(0);
		const found = page.hits.map((h) => h.item.id);
		page.practise(found.slice(0, 3));
		expect(page.practising).toBe(true);
		expect(page.session.questions.map((q) => q.id)).toEqual(found.slice(0, 3));
		page.back();
		expect(page.practising).toBe(false);
		page.query = '';
		flushSync();
		expect(page.hits).toEqual([]);
	});
});
