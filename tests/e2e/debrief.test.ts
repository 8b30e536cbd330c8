/**
 * The debrief on a phone (summary and actions first, the transcript closed,
 * the weak-and-harmful filter), replay from a decision, the reading position
 * after a reload, and the progress page's case and paper charts with their
 * tables; axe in both languages and both themes at 360 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { baseURL, choiceButton, launch, newPage, waitForLive } from './browser.ts';
import { getRaw, putRaw, storedKeys } from './idb.ts';
import { paper } from './corruption-records.ts';
import { firstOptionPath, storyJson } from '../helpers/stories.ts';
import { scoreRun } from '../../src/lib/scoring/index.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';

const ID = 'elderly-wang';
const PHONE = { width: 360, height: 740 };
const zh = MESSAGES['zh-CN'];

const path = firstOptionPath(storyJson(ID, 'zh-CN'));
const scored = scoreRun(storyJson(ID, 'zh-CN'), path);
const weakCount = scored.decisions.filter((d) => d.quality === 'weak' || d.quality === 'harmful').length;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function take(page: Page, choices: readonly number[]) {
	for (const c of choices) {
		const before = await page.locator('div.turn').count();
		await choiceButton(page, c).click();
		await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
	}
}

/** Plays the blind path to its ending in exam mode; the attempt is then stored. */
async function finishInExam(page: Page) {
	await page.goto(`${baseURL()}/play/${ID}`);
	await waitForLive(page);
	await page.getByLabel(/考试模式/).check();
	await take(page, path);
	await page.locator('#debrief-title').waitFor();
	await expect.poll(async () => (await storedKeys(page)).filter((k) => k.startsWith('attempt:')).length).toBe(1);
}

/** Within the first screen, with the page not scrolled. */
async function inFirstScreen(page: Page, testid: string): Promise<boolean> {
	return page.getByTestId(testid).evaluate((el) => {
		const r = el.getBoundingClientRect();
		return scrollY === 0 && r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
	});
}

describe('the debrief on a 360 px phone', () => {
	it('shows the summary and the actions first, the transcript closed, and filters it to weak and harmful choices', async () => {
		expect(weakCount).toBeGreaterThan(0);
		expect(weakCount).toBeLessThan(path.length);
		const { context, page, errors } = await newPage(browser, { viewport: PHONE });
		await finishInExam(page);
		await page.goto(`${baseURL()}/play/${ID}/debrief`);
		await page.getByTestId('debrief-summary').waitFor();
		expect(Number(await page.getByTestId('total-score').innerText())).toBe(scored.total);
		expect(await inFirstScreen(page, 'debrief-summary')).toBe(true);
		expect(await inFirstScreen(page, 'debrief-actions')).toBe(true);
		expect(await page.getByTestId('ordering-count').innerText()).toBe(String(scored.orderingErrors.length));

		const details = page.getByTestId('transcript-details');
		const shown = page.locator('[data-testid="debrief-transcript"] > li:visible');
		expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await shown.count()).toBe(0);
		// Paper gets the whole transcript, though the screen shows it closed.
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => shown.count()).toBe(path.length);
		await page.emulateMedia({ media: 'screen' });
		await expect.poll(() => shown.count()).toBe(0);
		await details.locator('summary').click();
		await expect.poll(() => shown.count()).toBe(path.length);
		await page.getByLabel(zh.debriefUi.weakOnly).check();
		await expect.poll(() => shown.count()).toBe(weakCount);
		for (const q of await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.quality)))
			expect(['weak', 'harmful']).toContain(q);
		// Printing shows every decision, whatever the filter.
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => shown.count()).toBe(path.length);
		await page.emulateMedia({ media: 'screen' });
		await page.getByLabel(zh.debriefUi.weakOnly).uncheck();
		await expect.poll(() => shown.count()).toBe(path.length);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('replays from a decision: a new practice run at that decision, the exam attempt kept; a reload resumes it', async () => {
		const { context, page, errors } = await newPage(browser, { viewport: PHONE });
		await finishInExam(page);
		const [attemptKey] = (await storedKeys(page)).filter((k) => k.startsWith('attempt:'));
		const attempt = await getRaw(page, attemptKey);
		await page.goto(`${baseURL()}/play/${ID}/debrief`);
		await page.getByTestId('transcript-details').locator('summary').click();
		await page.getByRole('link', { name: '从第 3 个决定重来（练习模式）' }).click();

		await page.getByTestId('replay-note').waitFor();
		await waitForLive(page);
		expect(await page.locator('div.turn').count()).toBe(3);
		expect(await page.getByLabel(/练习模式/).isChecked()).toBe(true);
		// The options are those of decision 3, which the replay had not taken.
		expect(await choiceButton(page, path[2]).count()).toBe(1);
		await page.waitForURL((url) => !url.searchParams.has('replay'));
		expect(await getRaw(page, attemptKey)).toEqual(attempt);

		// A choice, then a reload: the run resumes with it (it is not replayed again), read from its newest turn.
		await take(page, [path[2]]);
		await expect
			.poll(async () => ((await getRaw(page, `run:${ID}`)) as { choices?: number[] } | undefined)?.choices)
			.toEqual(path.slice(0, 3));
		await page.reload();
		await waitForLive(page);
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 4);
		expect(await page.getByLabel(/练习模式/).isChecked()).toBe(true);

		// The progress page still has the exam attempt, with its mode.
		await page.goto(`${baseURL()}/progress`);
		await page.getByTestId('case-history').waitFor();
		expect(await page.getByTestId('case-mode').allInnerTexts()).toEqual([zh.modeExam]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('after a reload in the middle of a case, the reading position is the newest turn and its options', async () => {
		const { context, page } = await newPage(browser, { viewport: PHONE });
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		await take(page, path.slice(0, 6));
		await page.reload();
		await waitForLive(page);
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 7);
		// Not the top of the page: the newest turn is on screen, the options right after it.
		await page.waitForFunction(() => {
			const turns = document.querySelectorAll('div.turn');
			const r = turns[turns.length - 1].getBoundingClientRect();
			return scrollY > 0 && r.bottom > 0 && r.top < innerHeight;
		});
		expect(
			await page.evaluate(() => {
				const turns = document.querySelectorAll('div.turn');
				return document.activeElement === turns[turns.length - 1];
			})
		).toBe(true);
		await context.close();
	});
});

describe('progress charts', () => {
	it('draws case totals, family scores and the mock paper trend, each with its figures in a table', async () => {
		const { context, page, errors } = await newPage(browser, { viewport: PHONE });
		await finishInExam(page);
		await putRaw(page, `paper:${paper.id}`, paper);
		await page.goto(`${baseURL()}/progress`);
		for (const id of ['case-chart', 'family-chart', 'paper-chart']) {
			const canvas = page.locator(`canvas[data-testid="${id}"]`);
			await canvas.waitFor();
			// chart.js has drawn it: the canvas has a real size.
			await page.waitForFunction((id) => {
				const c = document.querySelector(`canvas[data-testid="${id}"]`) as HTMLCanvasElement | null;
				return !!c && c.width > 0 && c.style.width !== '';
			}, id);
			const figures = page.getByTestId(`${id}-figures`);
			await figures.locator('summary').click();
			expect(await figures.locator('tbody tr').count()).toBe(1);
		}
		const families = await page.getByTestId('family-chart-figures').locator('tbody td').allInnerTexts();
		for (const tally of Object.values(scored.families)) expect(families).toContain(String(tally.score));
		expect(await page.getByTestId('case-chart-figures').locator('tbody td').allInnerTexts()).toContain(zh.modeExam);
		// The paper scored 1 of 2: 50 out of 100.
		expect(await page.getByTestId('paper-chart-figures').locator('tbody td').allInnerTexts()).toContain('50');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('axe on the debrief and progress pages at 360 px', () => {
	it('finds nothing in either language or theme, with the transcript open and filtered', { timeout: 180_000 }, async () => {
		const { context, page } = await newPage(browser, { viewport: PHONE });
		await finishInExam(page);
		await putRaw(page, `paper:${paper.id}`, paper);
		const problems: string[] = [];
		for (const prefix of ['', '/en']) {
			for (const theme of ['light', 'dark'] as const) {
				await page.goto(`${baseURL()}${prefix}/play/${ID}/debrief`);
				await page.getByTestId('debrief-summary').waitFor();
				await page.evaluate((s) => (document.documentElement.dataset.theme = s), theme);
				await page.getByTestId('transcript-details').locator('summary').click();
				await page.getByTestId('weak-only').check();
				for (const v of (await new AxeBuilder({ page }).analyze()).violations)
					problems.push(`${prefix}/debrief ${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`);
				await page.goto(`${baseURL()}${prefix}/progress`);
				await page.locator('canvas[data-testid="family-chart"]').waitFor();
				await page.evaluate((s) => (document.documentElement.dataset.theme = s), theme);
				for (const d of await page.locator('details.figures summary').all()) await d.click();
				for (const v of (await new AxeBuilder({ page }).analyze()).violations)
					problems.push(`${prefix}/progress ${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`);
			}
		}
		expect(problems).toEqual([]);
		await context.close();
	});
});
