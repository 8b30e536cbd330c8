/**
 * The free-text drill (issue #16) in Chromium on a 360 px phone against the
 * built site, with the real model: a reply in one's own words read offline,
 * its evidence marked in the reply, model replies after; bad input with a
 * clear message and the draft kept; HTML shown as text; the coach working
 * with the network off after one visit; axe in both themes and languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, newPage } from './browser.ts';
import { axe } from './quiz-helpers.ts';
import { COACH_MESSAGES } from '../../src/lib/i18n/coach-messages.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';

const PHONE = { viewport: { width: 360, height: 740 } };
const c = COACH_MESSAGES['zh-CN'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function ask(page: Page, reply: string) {
	await page.getByTestId('drill-reply').fill(reply);
	const before = await page.getByTestId('coach-reading').count();
	await page.getByTestId('drill-check').click();
	if (!before) await page.getByTestId('coach-reading').waitFor();
}

async function noOverflow(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe('the free-text drill', () => {
	it('reads a reply in the learner’s own words: technique, use, principle, the words that show it, then model replies', async () => {
		const { context, page, errors } = await newPage(browser, PHONE);
		await page.goto(`${baseURL()}/quiz`);
		await page.getByTestId('hub-drill').click();
		await page.getByTestId('drill-client').waitFor();
		await page.getByLabel(c.technique).selectOption('empathy');
		await page.waitForURL(/\?t=empathy$/);
		expect(await page.getByTestId('drill-task').innerText()).toBe('请用“同理”回应');

		const reply = '一个人扛了这么久，心里一定又累又委屈吧。';
		await ask(page, reply);
		const reading = page.getByTestId('coach-reading');
		expect(await reading.getAttribute('data-unsure')).toBe('false');
		expect(await page.getByTestId('coach-technique').innerText()).toBe(MESSAGES['zh-CN'].techniques.empathy);
		expect(await page.getByTestId('coach-target').getAttribute('data-match')).toBe('true');
		expect(await reading.innerText()).toContain(c.principles.empathy.well.slice(0, 6));
		const marks = await page.getByTestId('coach-reply').locator('mark').allInnerTexts();
		expect(marks.length).toBeGreaterThan(0);
		for (const m of marks) expect(reply).toContain(m);
		expect(await page.getByTestId('coach-reply').innerText()).toBe(reply);
		expect((await page.getByTestId('drill-model').innerText()).length).toBeGreaterThan(3);
		await noOverflow(page);

		// Another line clears the draft and the reading.
		const client = await page.getByTestId('drill-client').innerText();
		await page.getByTestId('drill-next').click();
		await expect.poll(() => page.getByTestId('drill-client').innerText()).not.toBe(client);
		expect(await page.getByTestId('coach-reading').count()).toBe(0);
		expect(await page.getByTestId('drill-reply').inputValue()).toBe('');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('meets bad input with a clear message, keeps the draft, and shows HTML as text', async () => {
		const { context, page, errors } = await newPage(browser, PHONE);
		let dialogs = 0;
		page.on('dialog', async (d) => {
			dialogs++;
			await d.dismiss();
		});
		await page.goto(`${baseURL()}/quiz/drill?t=clarification`);
		await page.getByTestId('drill-client').waitFor();
		const cases: [string, string][] = [
			['   ', c.problems.empty],
			['😢😢😢', c.problems['no-words']],
			['I hear you.', c.problems['other-language']],
			['好'.repeat(2100), c.problems['too-long'].replace('{n}', '2000')]
		];
		for (const [text, message] of cases) {
			await ask(page, text);
			await expect.poll(() => page.getByTestId('coach-problem').innerText()).toBe(message);
			expect(await page.getByTestId('drill-reply').inputValue()).toBe(text);
		}
		const html = '<img src=x onerror="alert(1)">您说的“不太好”，具体是指哪方面？<script>alert(2)</script>';
		await ask(page, html);
		await page.getByTestId('coach-reply').waitFor();
		expect(await page.getByTestId('coach-reply').innerText()).toBe(html);
		expect(await page.getByTestId('coach-reading').locator('img, script').count()).toBe(0);
		expect(dialogs).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('works offline after one visit, in English too', async () => {
		const { context, page } = await newPage(browser, PHONE);
		await page.goto(`${baseURL()}/`);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller)
				await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
		});
		await context.setOffline(true);
		await page.goto(`${baseURL()}/en/quiz/drill?t=attending`);
		await page.getByTestId('drill-client').waitFor();
		await ask(page, '(puts the phone face down, turns the chair to face her, leans in a little)');
		expect(await page.getByTestId('coach-reading').getAttribute('data-top')).toBe('attending');
		expect(await page.getByTestId('coach-use').innerText()).toMatch(/sound use|misuse/);
		await context.close();
	});

	it('passes axe with a reading shown, in both languages and themes', async () => {
		const { context, page } = await newPage(browser, PHONE);
		for (const [prefix, reply] of [
			['', '（放下手机，转过身面对她）您慢慢说，我听着。'],
			['/en', 'It sounds like you have been carrying this on your own for a long time.']
		] as const) {
			await page.goto(`${baseURL()}${prefix}/quiz/drill`);
			await page.getByTestId('drill-client').waitFor();
			await ask(page, reply);
			await page.getByTestId('drill-models').waitFor();
			for (const theme of ['light', 'dark']) {
				await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
				await axe(page, `${prefix}/quiz/drill ${theme}`);
			}
		}
		await context.close();
	});
});
