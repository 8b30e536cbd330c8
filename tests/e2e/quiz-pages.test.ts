/**
 * The quiz pages in Chromium, against the built site: axe-core on every
 * page and state (hub, practice, mistake book, review, mock paper, progress)
 * in both languages, and the 360 px layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, newPage } from './browser.ts';
import { axe, hasPaper, historyLength, item, pressAnswer, stored, wrongOf } from './quiz-helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('quiz pages', () => {
	it.each(['', '/en'])('are axe-clean (%s): hub, practice before and after answering, mistake book, review', async (prefix) => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}${prefix}/quiz`);
		await page.waitForLoadState('networkidle');
		await axe(page, `${prefix}/quiz`);
		await page.goto(`${baseURL()}${prefix}/quiz/practice?topics=intake,techniques&n=10`);
		await page.locator('[data-question]').waitFor();
		await axe(page, `${prefix}/quiz/practice`);
		// A wrong answer (an order item left as shown is always wrong) and a flag fill the review and the mistake book.
		const it = item(await page.locator('[data-question]').getAttribute('data-question'));
		if (it.format !== 'order') await pressAnswer(page, wrongOf(it));
		await page.locator('[data-testid="flag"]').click();
		await page.locator('[data-testid="confirm"]').click();
		await page.locator('[data-testid="explanation"]').waitFor();
		await axe(page, `${prefix}/quiz/practice graded`);
		await stored(page, historyLength(1));
		await page.goto(`${baseURL()}${prefix}/quiz/mistakes`);
		await page.locator('[data-testid="mistake-list"]').waitFor();
		await axe(page, `${prefix}/quiz/mistakes`);
		await page.goto(`${baseURL()}${prefix}/quiz/review`);
		await page.locator('[data-question]').waitFor();
		await axe(page, `${prefix}/quiz/review`);
		await context.close();
	});

	it.each([
		['', '不涉及小组工作', '本站不涉及', '不等于整张试卷已经准备好'],
		['/en', 'does not cover group work', 'Not covered', 'does not mean you are ready for the whole paper']
	])(
		'say plainly what they cover (%s): the hub names its scope and links the coverage page',
		async (prefix, hubWords, notCovered, paperWords) => {
			const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
			await page.goto(`${baseURL()}${prefix}/quiz`);
			expect(await page.locator('[data-testid="hub-scope"]').innerText()).toContain(hubWords);
			await page.locator('[data-testid="hub-scope"] a').click();
			await page.waitForURL(/\/quiz\/coverage$/);
			const parts = page.locator('[data-testid="coverage-parts"] > li');
			expect(await parts.count()).toBe(6);
			expect(await page.locator('[data-testid="coverage-parts"]').innerText()).toContain(notCovered);
			expect(await page.locator('[data-testid="paper-note"]').innerText()).toContain(paperWords);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await axe(page, `${prefix}/quiz/coverage`);
			await context.close();
		}
	);

	it('open study mode from the hub: a chapter to read with answers folded away, numbered for ordering items', async () => {
		const { context, page, errors } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		await page.goto(`${baseURL()}/quiz`);
		await page.locator('[data-testid="hub-study"] select').selectOption('closing');
		await page.locator('[data-testid="hub-study"] button').click();
		await page.waitForURL(/\/quiz\/study\?topic=closing/);
		await expect.poll(() => page.locator('[data-testid="study-topic"]').inputValue()).toBe('closing');
		const first = page.locator('[data-testid="study-items"] > li').first();
		expect(await first.locator('details').getAttribute('open')).toBeNull();
		await first.locator('summary').click();
		expect(await first.locator('.answer').innerText()).toMatch(/^答案：([A-E]+|\d(→\d)+)$/);
		await axe(page, '/quiz/study');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('search the bank from the hub, in either language, and practise what was found', async () => {
		const { context, page, errors } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		await page.goto(`${baseURL()}/quiz`);
		await page.locator('[data-testid="hub-search"]').fill('同理');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/quiz\/search\?q=/);
		const hits = page.locator('[data-testid="search-hits"] > li');
		await hits.first().waitFor();
		expect(await page.locator('[data-testid="search-count"]').innerText()).toMatch(/找到 \d+ 道题/);
		expect(await hits.first().locator('mark').first().innerText()).toBe('同理');
		await axe(page, '/quiz/search');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		// The English word finds the same kind of items from the Chinese page.
		await page.locator('[data-testid="search-box"]').fill('empathy');
		await expect.poll(() => hits.count()).toBeGreaterThan(0);
		await page.locator('[data-testid="practise-found"]').click();
		await page.locator('[data-question]').waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('are axe-clean: mock paper start and in progress', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/quiz/paper?seconds=600`);
		await page.locator('[data-testid="start-paper"]').waitFor();
		await axe(page, '/quiz/paper start');
		await page.locator('[data-testid="start-paper"]').click();
		await page.keyboard.press('a');
		await page.locator('[data-testid="flag-item"]').click();
		await axe(page, '/quiz/paper sitting');
		await context.close();
	});

	// The result reviews all 80 items: axe checks every one of them, which takes a busy 2-core machine most of a minute.
	it('are axe-clean: the mock paper result and the progress page after it', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/quiz/paper?seconds=600`);
		await page.locator('[data-testid="start-paper"]').click();
		await page.keyboard.press('a');
		await page.locator('[data-testid="submit-paper"]').click();
		await page.locator('[data-testid="confirm-submit"]').click();
		await page.locator('[data-testid="paper-result"]').waitFor();
		// The result is a score on one section, and says so.
		expect(await page.locator('[data-testid="paper-scope"]').innerText()).toContain('不代表整张');
		await axe(page, '/quiz/paper result');
		await stored(page, hasPaper);
		await page.goto(`${baseURL()}/progress`);
		await page.locator('[data-testid="paper-history"]').waitFor();
		await page.waitForLoadState('networkidle');
		await axe(page, '/progress');
		await context.close();
	}, 150_000);

	it('fit a 360 px phone without sideways scrolling', async () => {
		const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		const fits = async (label: string) => {
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, label).toBeLessThanOrEqual(0);
		};
		await page.goto(`${baseURL()}/quiz`);
		await fits('/quiz');
		await page.goto(`${baseURL()}/quiz/practice?topics=techniques&n=10`);
		await page.locator('[data-question]').waitFor();
		await fits('/quiz/practice');
		await page.goto(`${baseURL()}/quiz/paper?seconds=600`);
		await page.locator('[data-testid="start-paper"]').click();
		await page.locator('[data-testid="paper-nav"]').waitFor();
		await fits('/quiz/paper');
		await page.locator('[data-testid="submit-paper"]').click();
		await page.locator('[data-testid="confirm-submit"]').click();
		await page.locator('[data-testid="paper-result"]').waitFor();
		await fits('/quiz/paper result');
		await stored(page, hasPaper);
		await page.goto(`${baseURL()}/progress`);
		await page.locator('[data-testid="paper-history"]').waitFor();
		await fits('/progress');
		await context.close();
	});
});
