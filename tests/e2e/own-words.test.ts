/**
 * "Reply in my own words first" in a case (issue #16), on a 360 px phone
 * against the built site: the options wait for the learner's own reply,
 * the coach reads it at the decision's own stage, the option closest to
 * it is marked, and the reply is kept with the run through a reload; a
 * reply the coach cannot read keeps the draft; the options can always be
 * shown without one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launch, newPage, waitForLive } from './browser.ts';
import { getRaw } from './idb.ts';
import { axe } from './quiz-helpers.ts';
import { KEY } from '../../src/lib/progress/keys.ts';
import { COACH_MESSAGES } from '../../src/lib/i18n/coach-messages.ts';

const ID = 'elderly-wang';
const c = COACH_MESSAGES['zh-CN'];
const reply = '（在门口站定，微微弯腰和阿姨平视）王阿姨，我是社工站的小周，刘姐说您好些天没下楼，我们有点惦记您。';

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

type Run = { replies?: { at: number; text: string; techniques: string[]; closest?: number }[]; choices: number[] };

describe('reply in my own words first', () => {
	it('hides the options until the learner has written a reply, and keeps a draft the coach cannot read', async () => {
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		await page.getByTestId('own-words-toggle').check();
		await page.getByTestId('own-reply').waitFor();
		expect(await page.locator('button.choice').count()).toBe(0);
		await expect
			.poll(async () => ((await getRaw(page, KEY.settings)) as { practice?: { ownWords?: boolean } } | undefined)?.practice?.ownWords)
			.toBe(true);

		await page.getByTestId('own-reply-text').fill('😶');
		await page.getByTestId('own-reply-send').click();
		await expect.poll(() => page.getByTestId('coach-problem').textContent()).toBe(c.problems['no-words']);
		expect(await page.getByTestId('own-reply-text').inputValue()).toBe('😶');
		expect(await page.locator('button.choice').count()).toBe(0);
	});

	it('reads the reply at the decision’s own stage, then shows the options with the closest marked', async () => {
		await page.getByTestId('own-reply-text').fill(reply);
		await page.getByTestId('own-reply-send').click();
		await page.locator('button.choice').first().waitFor();
		expect(await page.getByTestId('coach-phase').innerText()).toContain('接案');
		expect(await page.getByTestId('coach-reply').innerText()).toBe(reply);
		expect(await page.getByTestId('closest').count()).toBe(1);
		const run = (await getRaw(page, KEY.run(ID))) as Run;
		expect(run.replies?.map((r) => [r.at, r.text])).toEqual([[0, reply]]);
		expect(run.replies?.[0].techniques.length).toBeGreaterThan(0);
		const marked = await page.getByTestId('closest').locator('xpath=ancestor::button').getAttribute('data-choice');
		expect(Number(marked)).toBe(run.replies?.[0].closest);
		const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(over).toBeLessThanOrEqual(0);
		await axe(page, 'player with a reading');
	});

	it('keeps the reply and its reading through a reload, and lets the next decision go on without one', async () => {
		await page.reload();
		await waitForLive(page);
		await page.locator('button.choice').first().waitFor();
		expect(await page.getByTestId('coach-reply').innerText()).toBe(reply);
		expect(await page.getByTestId('closest').count()).toBe(1);
		await page.locator('button.choice').first().click();
		await page.getByTestId('own-reply').waitFor();
		await page.getByTestId('own-reply-skip').click();
		await page.locator('button.choice').first().waitFor();
		expect(await page.getByTestId('coach-reading').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('carries the reply into the debrief’s transcript, with the coach’s reading, once the case ends', async () => {
		await page.getByTestId('own-words-toggle').uncheck();
		while (await page.locator('button.choice').count()) {
			const before = await page.locator('div.turn').count();
			await page.locator('button.choice').first().click();
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		await page.locator('#debrief-title').waitFor();
		await page.getByTestId('transcript-details').locator('summary').click();
		const record = page.getByTestId('own-reply-record');
		expect(await record.count()).toBe(1);
		expect(await record.innerText()).toContain(reply);
		expect(await record.innerText()).toMatch(/教练判断/);
		// The stored attempt keeps it too, so the debrief page shows it after the case.
		await page.goto(`${baseURL()}/play/${ID}/debrief`);
		await page.getByTestId('transcript-details').locator('summary').click();
		expect(await page.getByTestId('own-reply-record').innerText()).toContain(reply);
		expect(errors).toEqual([]);
	});
});
