/**
 * Whole mock papers in Chromium, against the built site: submitted after a
 * reload, timed out through the `?seconds=` test hook, and paused in
 * practice mode. The tests rebuild the paper from its seed to know the
 * score to expect, and drive the page's clock instead of waiting it out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launch, newPage } from './browser.ts';
import { BANK } from '../../src/lib/quiz/bank.ts';
import { assemblePaper, gradePaper } from '../../src/lib/quiz/paper.ts';
import { mulberry32 } from '../../src/lib/quiz/random.ts';
import { hasPaper, pressAnswer, stored, wrongOf } from './quiz-helpers.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('mock paper', () => {
	const SEED = 20260301;
	const paper = assemblePaper(BANK.items, mulberry32(SEED));
	/** Every third item wrong, the others right: a known score. */
	const answers = Object.fromEntries(paper.items.map((it, k) => [it.id, k % 3 === 0 ? wrongOf(it) : [...it.answer]]));
	const expected = gradePaper(paper, answers);

	it('answers all 80 items by keyboard, survives a reload, submits with confirmation and shows the score and the review', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/quiz/paper?seed=${SEED}&minutes=30`);
		await page.locator('[data-testid="start-paper"]').click();
		await page.locator('[data-testid="paper-item"]').waitFor();
		expect(await page.locator('[data-testid="timer"]').innerText()).toMatch(/^(30:00|29:5\d)$/);

		for (let k = 0; k < 80; k++) {
			const section = page.locator(`[data-testid="paper-item"][data-index="${k}"]`);
			await section.waitFor();
			const id = await section.getAttribute('data-item');
			expect(id).toBe(paper.items[k].id);
			await pressAnswer(page, answers[id!]);
			if (k === 4) {
				// Flag one, then reload: the paper comes back on the same item with its answers.
				await page.locator('[data-testid="flag-item"]').click();
				await page.waitForFunction(() => document.querySelector('[data-testid="answered-count"]')?.textContent?.startsWith('已答 5'));
				await stored(page, (r) => {
					const current = r['paper-current'] as { answers: object; flags: string[] } | undefined;
					return !!current && Object.keys(current.answers).length === 5 && current.flags.length === 1;
				});
				await page.reload();
				await page.locator('[data-testid="paper-item"][data-index="4"]').waitFor();
				expect(await page.locator('[data-testid="answered-count"]').innerText()).toBe('已答 5 / 80');
				expect(await page.locator('[data-testid="flag-item"]').getAttribute('aria-pressed')).toBe('true');
			}
			if (k < 79) await page.keyboard.press('ArrowRight');
		}
		expect(await page.locator('[data-testid="answered-count"]').innerText()).toBe('已答 80 / 80');
		// Jump back with the navigator: the answer is still there.
		await page.locator('[data-testid="paper-nav"] button', { hasText: /^2$/ }).click();
		await page.locator('[data-testid="paper-item"][data-index="1"] input:checked').waitFor();

		await page.locator('[data-testid="submit-paper"]').click();
		const dialog = page.locator('[data-testid="confirm-dialog"]');
		await dialog.waitFor();
		expect(await dialog.innerText()).toContain('所有题目都已作答');
		expect(await dialog.locator('[data-testid="confirm-flagged"]').innerText()).toBe('有 1 道题标记了待检查。');
		await dialog.locator('[data-testid="confirm-submit"]').click();

		await page.locator('[data-testid="paper-result"]').waitFor();
		expect(Number(await page.locator('[data-testid="paper-score"]').innerText())).toBe(expected.total);
		expect(await page.locator('[data-testid="paper-verdict"]').innerText()).toContain(expected.passed ? '及格' : '未及格');
		expect(await page.locator('[data-testid="paper-topics"] tbody tr').count()).toBe(Object.keys(expected.byTopic).length);
		const review = page.locator('[data-testid="paper-review"] > li');
		expect(await review.count()).toBe(80);
		expect(await review.nth(0).getAttribute('data-verdict')).toBe('wrong');
		expect(await review.nth(1).getAttribute('data-verdict')).toBe('correct');
		await page.getByLabel('只看未得满分的题').check();
		expect(await review.count()).toBe(expected.items.filter((r) => r.points < r.max).length);
		await stored(page, hasPaper);

		// The progress page lists it, and its link shows the same result again.
		await page.goto(`${baseURL()}/progress`);
		const history = page.locator('[data-testid="paper-history"] tbody tr');
		await history.first().waitFor();
		expect(await history.count()).toBe(1);
		expect(await history.first().innerText()).toContain(`${expected.total} / 100`);
		await history.first().getByRole('link').click();
		await page.locator('[data-testid="paper-score"]').waitFor();
		expect(Number(await page.locator('[data-testid="paper-score"]').innerText())).toBe(expected.total);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('submits by itself when the shortened clock runs out', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.clock.install();
		await page.goto(`${baseURL()}/quiz/paper?seed=${SEED}&seconds=4`);
		await page.locator('[data-testid="start-paper"]').click();
		await page.locator('[data-testid="paper-item"]').waitFor();
		await pressAnswer(page, paper.items[0].answer);
		await page.locator('[data-testid="paper-item"] input:checked').waitFor();
		// Four seconds of the page's time, every timer fired, instead of waiting them out.
		await page.clock.runFor(4000);
		await page.locator('[data-testid="paper-result"]').waitFor({ timeout: 15_000 });
		expect(await page.locator('[data-testid="paper-notice"]').innerText()).toBe('时间到，试卷已自动提交。');
		expect(await page.locator('[data-testid="paper-score"]').innerText()).toBe('1');
		expect(await page.locator('[data-testid="paper-verdict"]').innerText()).toContain('未及格');
		expect(await page.locator('[data-testid="paper-result"]').innerText()).toContain('时间到自动交卷');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('pauses only in practice mode', async () => {
		const { context, page } = await newPage(browser);
		await page.clock.install();
		await page.goto(`${baseURL()}/quiz/paper`);
		await page.locator('[data-testid="start-paper"]').click();
		await page.locator('[data-testid="paper-item"]').waitFor();
		expect(await page.locator('[data-testid="pause"]').count()).toBe(0);
		await page.locator('button', { hasText: '放弃这份试卷' }).click();
		await page.locator('.discard button', { hasText: '放弃这份试卷' }).click();
		await page.getByLabel(/练习模式/).check();
		await page.locator('[data-testid="start-paper"]').click();
		await page.locator('[data-testid="pause"]').click();
		await page.locator('[data-testid="paused"]').waitFor();
		const shown = await page.locator('[data-testid="timer"]').innerText();
		await page.clock.runFor(1500);
		expect(await page.locator('[data-testid="timer"]').innerText()).toBe(shown);
		expect(await page.locator('[data-testid="item-view"]').count()).toBe(0);
		await page.locator('[data-testid="pause"]').click();
		await page.locator('[data-testid="item-view"]').waitFor();
		// Running again, the same 1.5 s do show.
		await page.clock.runFor(1500);
		expect(await page.locator('[data-testid="timer"]').innerText()).not.toBe(shown);
		await context.close();
	});
});
