/**
 * Scores that mean what they say (issue #13), played in Chromium against the
 * built site with its real IndexedDB: options in a per-run order that a
 * reload keeps and the number keys follow; a critical error capping the
 * total, listed first in the debrief; the page that explains the score,
 * reachable from the player, the debrief and the progress page; and an
 * attempt stored before the current rules keeping the score it had.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, choiceButton, launch, newPage, waitForLive } from './browser.ts';
import { getRaw, putRaw } from './idb.ts';
import { axe } from './quiz-helpers.ts';
import { compileFile } from '../../scripts/lib/stories.ts';
import { StoryEngine } from '../../src/lib/engine/story-engine.ts';
import { SCORING_MESSAGES } from '../../src/lib/i18n/scoring-messages.ts';
import { SCHEMA_VERSION } from '../../src/lib/progress/records.ts';
import { CRITICAL_CAP, scoreRun } from '../../src/lib/scoring/index.ts';

const zh = SCORING_MESSAGES['zh-CN'];
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const turns = (page: Page) => page.locator('div.turn').count();
const shownOrder = (page: Page) =>
	page.locator('button.choice').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-choice'))));
async function take(page: Page, index: number) {
	const before = await turns(page);
	await choiceButton(page, index).click();
	await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
}

/** Best options to the first decision offering a critical one, that one, then best options to the end. */
function criticalRun(json: string): { choices: number[]; principle: string } {
	const engine = new StoryEngine(json);
	let passage = engine.continue();
	const choices: number[] = [];
	let principle = '';
	while (!passage.ended) {
		const critical = principle ? undefined : passage.choices.find((c) => c.tags.critical);
		const pick = critical ?? passage.choices.find((c) => c.tags.quality === 'best') ?? passage.choices[0];
		if (critical) principle = critical.tags.critical!;
		choices.push(pick.index);
		passage = engine.choose(pick.index);
	}
	return { choices, principle };
}

/** A walk whose score under rules 1 differs from the current rules: an attempt whose score would change if re-scored. */
function changedByRules(json: string): { choices: number[]; old: number } {
	const engine = new StoryEngine(json);
	for (let seed = 1; seed < 500; seed++) {
		engine.reset();
		let passage = engine.continue();
		const choices: number[] = [];
		let s = seed;
		while (!passage.ended) {
			s = (s * 1103515245 + 12345) % 2147483648;
			const pick = passage.choices[s % passage.choices.length];
			choices.push(pick.index);
			passage = engine.choose(pick.index);
		}
		const old = scoreRun(json, choices, [], 1).total;
		if (old !== scoreRun(json, choices).total) return { choices, old };
	}
	throw new Error('no run scores differently under the two rule sets');
}

describe('scores that mean what they say', () => {
	it('shows options in an order of its own per run: kept through a reload, followed by the number keys', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		await take(page, 0);
		const order = await shownOrder(page);
		expect([...order].sort()).toEqual(order.map((_, i) => i));
		await page.reload();
		await waitForLive(page);
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		expect(await shownOrder(page)).toEqual(order);
		// Key 1 takes the option shown first, whichever it is in the story.
		const before = await turns(page);
		await page.keyboard.press('1');
		await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		await expect.poll(async () => ((await getRaw(page, 'run:truant-li')) as { choices: number[] } | null)?.choices).toEqual([0, order[0]]);
		// Another run, another order (each order of four options comes up 1 time in 24).
		const orders = new Set([order.join()]);
		for (let i = 0; i < 6 && orders.size === 1; i++) {
			await page.getByRole('button', { name: '重新开始' }).click();
			await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 1);
			await take(page, 0);
			orders.add((await shownOrder(page)).join());
		}
		expect(orders.size).toBeGreaterThan(1);
		await context.close();
	}, 90_000);

	it('caps a run with a critical error below the pass mark and lists it first in the debrief, with its principle', async () => {
		const json = compileFile('stories/truant-li/zh-CN.ink');
		const run = criticalRun(json);
		const expected = scoreRun(json, run.choices);
		expect(expected.criticalErrors.length).toBeGreaterThan(0);
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		await page.getByLabel(/考试模式/).check();
		for (const c of run.choices) await take(page, c);
		await page.waitForSelector('#debrief-title');
		const total = Number(await page.getByTestId('total-score').innerText());
		expect(total).toBe(expected.total);
		expect(total).toBeLessThanOrEqual(CRITICAL_CAP);
		const critical = page.getByTestId('critical-errors');
		expect(await critical.innerText()).toContain(zh.principles[run.principle as keyof typeof zh.principles]);
		// First: above the scores.
		const [criticalTop, scoreTop] = await Promise.all([critical.boundingBox(), page.getByTestId('total-score').boundingBox()]);
		expect(criticalTop!.y).toBeLessThan(scoreTop!.y);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('explains the score on its own page, linked from the player, the debrief and the progress page, in both languages', async () => {
		const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(page);
		await page.getByRole('link', { name: zh.howScored }).click();
		await page.waitForURL(/\/scoring$/);
		expect(await page.locator('h1').innerText()).toBe(zh.page.title);
		expect(await page.locator('main').innerText()).toContain(`${CRITICAL_CAP}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
		await axe(page, '/scoring');
		await page.goto(`${baseURL()}/en/scoring`);
		expect(await page.locator('h1').innerText()).toBe(SCORING_MESSAGES.en.page.title);
		await axe(page, '/en/scoring');
		await page.goto(`${baseURL()}/progress`);
		await page.getByRole('link', { name: zh.howScored }).waitFor();
		await context.close();
	}, 60_000);

	it('keeps the score of an attempt finished before the current rules, and says so', async () => {
		const json = compileFile('stories/elderly-wang/zh-CN.ink');
		const { choices, old } = changedByRules(json);
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		const when = '2026-11-30T09:00:00.000Z';
		await putRaw(page, 'attempt:before-rules-2', {
			v: SCHEMA_VERSION,
			id: 'before-rules-2',
			scenarioId: 'elderly-wang',
			locale: 'zh-CN',
			mode: 'exam',
			storyHash: '0123456789abcdef',
			choices,
			startedAt: when,
			finishedAt: '2026-11-30T09:30:00.000Z',
			total: old
		});
		await page.goto(`${baseURL()}/play/elderly-wang/debrief?attempt=before-rules-2`);
		await page.getByTestId('rules-one').waitFor();
		expect(Number(await page.getByTestId('total-score').innerText())).toBe(old);
		await page.getByRole('link', { name: zh.howScored }).waitFor();
		await context.close();
	}, 60_000);
});
