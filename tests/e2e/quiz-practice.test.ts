/**
 * The self-study quiz in Chromium, against the built site: a chapter
 * practice round, the review that follows a wrong answer, the mistake book,
 * and a scenario card in the review. The tests look items up in the real
 * bank to answer them right or wrong on purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { putRaw } from './idb.ts';
import { baseURL, launch, newPage } from './browser.ts';
import { historyLength, item, LETTERS, pressAnswer, stored, wrongOf } from './quiz-helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('chapter practice, then the review', () => {
	let context: BrowserContext;
	let page: Page;
	let errors: string[];
	let missed: string;

	beforeAll(async () => {
		({ context, page, errors } = await newPage(browser));
	});
	afterAll(async () => {
		await context?.close();
	});

	it('plays a practice round by keyboard with the explanation after every answer', async () => {
		await page.goto(`${baseURL()}/quiz`);
		// The counts appear once the page is live and storage is open.
		await page.waitForFunction(() => document.querySelector('[data-testid="hub-due"]')?.textContent?.includes('0 题'));
		await page.getByLabel(/评估/).check();
		await page.getByLabel(/个案记录/).check();
		await page.locator('[data-testid="start-practice"]').click();
		await page.waitForURL(/\/quiz\/practice\?topic=evaluation&topic=records&n=10$/);
		await page.locator('[data-question]').waitFor();

		const seen: string[] = [];
		for (let k = 0; k < 10; k++) {
			const question = page.locator('[data-question]');
			const id = await question.getAttribute('data-question');
			const it = item(id);
			expect(['evaluation', 'records']).toContain(it.topic);
			expect(await page.locator('[data-testid="session-count"]').innerText()).toBe(`第 ${k + 1} / 10 题`);
			// The first answer is wrong on purpose, the rest right.
			await pressAnswer(page, k === 0 ? wrongOf(it) : it.answer);
			await page.keyboard.press('Enter');
			const explanation = page.locator('[data-testid="explanation"]');
			await explanation.waitFor();
			expect(await explanation.getAttribute('data-verdict')).toBe(k === 0 ? 'wrong' : 'correct');
			expect(await explanation.innerText()).toContain(it.explanation['zh-CN'].slice(0, 20));
			expect(await explanation.innerText()).toContain(`正确答案：${it.answer.map((x) => LETTERS[x]).join('')}`);
			seen.push(it.id);
			await page.keyboard.press('Enter');
			if (k < 9)
				await page.waitForFunction((prev) => document.querySelector('[data-question]')?.getAttribute('data-question') !== prev, id);
		}
		expect(new Set(seen).size).toBe(10);
		missed = seen[0];
		const done = page.locator('[data-testid="session-done"]');
		await done.waitFor();
		expect(await done.innerText()).toContain('答对 9 / 10 题');
		await stored(page, historyLength(10));
		expect(errors).toEqual([]);
	});

	it('counts the wrong answer as due on the home page and the hub, and lists it in the mistake book', async () => {
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(await page.locator('[data-testid="home-due"]').innerText()).toBe('今天有 1 道题待复习');
		await page.goto(`${baseURL()}/quiz`);
		await page.waitForFunction(() => document.querySelector('[data-testid="hub-due"]')?.textContent?.includes('1 题'));
		expect(await page.locator('[data-testid="hub-mistakes"]').innerText()).toBe('错题 1 道 · 案例决定 0 个 · 标记 0 道');
		await page.goto(`${baseURL()}/quiz/mistakes`);
		const entry = page.locator(`[data-testid="mistake-list"] li[data-id="${missed}"]`);
		await entry.waitFor();
		// textContent: the stem is clamped to three lines on screen.
		expect(await entry.textContent()).toContain(item(missed).stem['zh-CN']);
		// Filtering by another chapter hides it.
		const other = item(missed).topic === 'records' ? 'evaluation' : 'records';
		await page.locator('[data-testid="mistake-topic"]').selectOption(other);
		await page.locator('[data-testid="mistakes-empty"]').waitFor();
	});

	it('brings the missed item back in the review; answered right, nothing is left due', async () => {
		await page.goto(`${baseURL()}/quiz/review`);
		await page.locator('[data-question]').waitFor();
		expect(await page.locator('[data-question]').getAttribute('data-question')).toBe(missed);
		expect(await page.locator('[data-testid="session-count"]').innerText()).toBe('第 1 / 1 题');
		await pressAnswer(page, item(missed).answer);
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"][data-verdict="correct"]').waitFor();
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="session-done"]').waitFor();
		expect(await page.locator('[data-testid="session-done"]').innerText()).toContain('今天的复习完成了');
		await stored(page, historyLength(11));
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(await page.locator('[data-testid="home-due"]').innerText()).toBe('今天没有待复习的题目');
		expect(errors).toEqual([]);
	});

	it('retries the mistake book, and the progress page shows accuracy per chapter', async () => {
		await page.goto(`${baseURL()}/quiz/mistakes`);
		await page.locator('[data-testid="retry-all"]').click();
		await page.locator('[data-question]').waitFor();
		await pressAnswer(page, item(missed).answer);
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"][data-verdict="correct"]').waitFor();
		// Review right + retry right: two right in a row take it out of the book.
		await page.locator('[data-testid="next"]').click();
		await page.locator('[data-testid="back-to-list"]').click();
		await page.locator('[data-testid="mistakes-empty"]').waitFor();
		await stored(page, historyLength(12));

		await page.goto(`${baseURL()}/progress`);
		const table = page.locator('[data-testid="accuracy-table"]');
		await table.waitFor();
		const rows = await table.locator('tbody tr').allInnerTexts();
		const answeredOf = (name: string) =>
			rows
				.find((r) => r.startsWith(name))
				?.split('\t')
				.slice(1, 3)
				.map(Number);
		const counts = [answeredOf('评估'), answeredOf('个案记录')].filter(Boolean) as number[][];
		// 10 in practice + 1 review + 1 retry, 11 of them right.
		expect(counts.reduce((s, [a]) => s + a, 0)).toBe(12);
		expect(counts.reduce((s, [, c]) => s + c, 0)).toBe(11);
		await page.waitForFunction(
			() => (document.querySelector('[data-testid="accuracy-chart"]') as HTMLCanvasElement | null)?.style.width !== ''
		);
	});
});

describe('a weak choice from a case in the review', () => {
	it('asks a card stored before speakers were kept: its line without a guessed speaker, the options and their quality once answered', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		const at = new Date(Date.now() - 60_000).toISOString();
		const card = {
			id: 'scenario:elderly-wang:intake.visit.c-2',
			kind: 'scenario',
			addedAt: at,
			lastResult: 'wrong',
			fsrs: { due: at, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 },
			scenario: {
				id: 'scenario:elderly-wang:intake.visit.c-2',
				scenarioId: 'elderly-wang',
				sourcePath: 'intake.visit.c-2',
				locale: 'zh-CN',
				clientLine: '刘啊，又来查啥？我好着呢，不用麻烦你们。',
				options: [
					{ text: '“阿姨，您一个人把家里收拾得这么好。”', quality: 'best' },
					{ text: '“您年纪大了，应该去养老院。”', quality: 'harmful' },
					{ text: '“我们就是来登记一下。”', quality: 'weak' }
				],
				answer: [0],
				chosen: 1
			}
		};
		await putRaw(page, 'quiz:deck', { v: 2, deck: JSON.stringify({ v: 1, cards: [card] }) });
		await page.goto(`${baseURL()}/en/quiz/review`);
		await page.locator('[data-question]').waitFor();
		const view = page.locator('[data-testid="item-view"]');
		// Who said it was not kept then: no name rather than a wrong one.
		expect(await view.innerText()).not.toContain('The client says:');
		expect(await view.locator('[lang="zh-CN"]').first().innerText()).toContain('我好着呢');
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"][data-verdict="correct"]').waitFor();
		expect(await view.innerText()).toMatch(/Harmful · your choice in the case/);
		expect(errors).toEqual([]);
		await context.close();
	});
});
