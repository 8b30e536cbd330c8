/**
 * A candidate's day on a 360 px phone, as one journey: the plan on the home
 * page, the review that is due (one wrong, one right), a case in exam mode,
 * its debrief and a replay from one decision, the mistake book holding both
 * kinds of mistakes, and the progress page with the day's goal met. Each
 * page is checked for sideways scrolling, and the journey for page errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, choiceButton, launch, newPage, waitForLive } from './browser.ts';
import { getRaw, putRaw, storedKeys } from './idb.ts';
import { item, pressAnswer, stored, historyLength, wrongOf } from './quiz-helpers.ts';
import { firstOptionPath, storyJson } from '../helpers/stories.ts';
import { BANK } from '../../src/lib/quiz/bank.ts';
import { newCard, serialise } from '../../src/lib/quiz/review.ts';
import { KEY } from '../../src/lib/progress/keys.ts';
import { SCHEMA_VERSION } from '../../src/lib/progress/records.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';

const ID = 'elderly-wang';
const zh = MESSAGES['zh-CN'];
const path = firstOptionPath(storyJson(ID, 'zh-CN'));
const [wrongId, rightId] = BANK.items.filter((i) => i.format === 'single').map((i) => i.id);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
beforeAll(async () => {
	browser = await launch();
	({ context, page, errors } = await newPage(browser, { viewport: { width: 360, height: 740 } }));
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

async function noOverflow(label: string) {
	const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(over, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** The learner's calendar day `days` from now, as the date input writes it. */
function localDay(days: number): string {
	const d = new Date();
	d.setDate(d.getDate() + days);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('a candidate’s daily loop on a phone', () => {
	it('sets an exam date and a goal of two items and one case', async () => {
		await page.goto(`${baseURL()}/settings`);
		const plan = page.locator('[data-testid="plan-settings"]:not([disabled])');
		await plan.waitFor();
		await plan.locator('[data-testid="exam-date"]').fill(localDay(30));
		await plan.locator('[data-testid="daily-items"]').fill('2');
		await plan.locator('[data-testid="daily-items"]').press('Tab');
		await plan.locator('[data-testid="daily-case"]').check();
		await expect
			.poll(async () => ((await getRaw(page, KEY.settings)) as { plan?: unknown } | null)?.plan)
			.toEqual({ examDate: localDay(30), dailyItems: 2, dailyCase: true });
		// Two cards from yesterday are due today.
		const yesterday = new Date(Date.now() - 86_400_000);
		await putRaw(page, KEY.deck, {
			v: SCHEMA_VERSION,
			deck: serialise([newCard(wrongId, 'quiz', yesterday), newCard(rightId, 'quiz', yesterday)])
		});
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(await page.getByTestId('exam-countdown').innerText()).toBe('距离考试还有 30 天');
		expect(await page.getByTestId('daily-goal').innerText()).toContain('今天已答 0 / 2 题');
		expect(await page.getByTestId('home-due').innerText()).toBe('今天有 2 道题待复习');
		await noOverflow('home');
	});

	it('reviews what is due from the home page: one answered wrong, one right', async () => {
		await page.getByRole('link', { name: '开始复习' }).click();
		await page.locator('[data-question]').waitFor();
		const verdicts: string[] = [];
		for (let k = 0; k < 2; k++) {
			const id = (await page.locator('[data-question]').getAttribute('data-question'))!;
			expect([wrongId, rightId]).toContain(id);
			await pressAnswer(page, id === wrongId ? wrongOf(item(id)) : item(id).answer);
			await page.keyboard.press('Enter');
			const explanation = page.locator('[data-testid="explanation"][data-verdict]');
			await explanation.waitFor();
			verdicts.push(`${id}:${await explanation.getAttribute('data-verdict')}`);
			await noOverflow(`review item ${k + 1}`);
			await page.locator('[data-testid="next"]').click();
		}
		expect(verdicts.sort()).toEqual([`${rightId}:correct`, `${wrongId}:wrong`].sort());
		await page.locator('[data-testid="session-done"]').waitFor();
		await stored(page, historyLength(2));
	});

	it('plays a case in exam mode from the home page, to the debrief', async () => {
		await page.goto(`${baseURL()}/`);
		await page.getByTestId(`scenario-${ID}`).locator('h3 a').click();
		await waitForLive(page);
		await page.getByLabel(/考试模式/).check();
		await noOverflow('player');
		for (const c of path) {
			const before = await page.locator('div.turn').count();
			await choiceButton(page, c).click();
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		await page.locator('#debrief-title').waitFor();
		await expect.poll(async () => (await storedKeys(page)).filter((k) => k.startsWith('attempt:')).length).toBe(1);
		await page.getByTestId('debrief-summary').waitFor();
		await noOverflow('debrief');
	});

	it('replays from the third decision in practice mode and takes another option there', async () => {
		await page.getByTestId('transcript-details').locator('summary').click();
		await page.getByRole('link', { name: '从第 3 个决定重来（练习模式）' }).click();
		await page.getByTestId('replay-note').waitFor();
		await waitForLive(page);
		const other = Number(await page.locator(`button.choice:not([data-choice="${path[2]}"])`).first().getAttribute('data-choice'));
		const before = await page.locator('div.turn').count();
		await choiceButton(page, other).click();
		await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		await expect
			.poll(async () => (await getRaw(page, KEY.run(ID))) as { mode?: string; choices?: number[] } | undefined)
			.toMatchObject({ mode: 'practice', choices: [...path.slice(0, 2), other] });
		await noOverflow('replay');
	});

	it('finds the wrong item and the case’s weak decisions in the mistake book', async () => {
		await page.goto(`${baseURL()}/quiz`);
		await page.waitForFunction(() => /案例决定 [1-9]/.test(document.querySelector('[data-testid="hub-mistakes"]')?.textContent ?? ''));
		expect(await page.getByTestId('hub-mistakes').innerText()).toMatch(/^错题 1 道 · 案例决定 \d+ 个 · 标记 0 道$/);
		await page.goto(`${baseURL()}/quiz/mistakes`);
		await page.locator(`li[data-id="${wrongId}"]`).waitFor();
		expect(await page.locator(`li[data-id="${rightId}"]`).count()).toBe(0);
		expect(await page.getByTestId('case-mistake').count()).toBeGreaterThan(0);
		await noOverflow('mistake book');
	});

	it('shows the exam attempt, its charts and the goal met on the progress and home pages', async () => {
		await page.goto(`${baseURL()}/progress`);
		await page.getByTestId('case-history').waitFor();
		expect(await page.getByTestId('case-mode').allInnerTexts()).toEqual([zh.modeExam]);
		for (const id of ['case-chart-figures', 'family-chart-figures']) await page.getByTestId(id).waitFor();
		await noOverflow('progress');
		await page.goto(`${baseURL()}/`);
		const goal = page.getByTestId('daily-goal');
		await goal.waitFor();
		expect(await goal.innerText()).toContain('今天已答 2 / 2 题');
		expect(await goal.innerText()).toContain(zh.goalMet);
		expect(await goal.innerText()).toContain('连续达标 1 天');
		expect(errors).toEqual([]);
	});
});
