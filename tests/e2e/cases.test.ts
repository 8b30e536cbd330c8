import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, choiceButton, launch, newPage, waitForLive } from './browser.ts';
import { bestPath } from '../../scripts/lib/stories.ts';
import { SCENARIOS } from '../helpers/stories.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(SCENARIOS)('%s in Chromium', (id) => {
	// The hardest case is played on a 360 px phone, by tapping.
	const phone = id === 'noise-dispute';

	it(`plays to a well-closed ending${phone ? ' on a 360 px phone' : ''} and shows the debrief`, async () => {
		const locale = id === 'truant-li' ? 'en' : 'zh-CN';
		const best = bestPath(`stories/${id}/${locale}.ink`);
		const { context, page, errors } = await newPage(
			browser,
			phone ? { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } : {}
		);
		await page.goto(`${baseURL()}${locale === 'en' ? '/en' : ''}/play/${id}`);
		await waitForLive(page);
		const speakers = new Set<string>();
		for (const c of best.choices) {
			const before = await page.locator('div.turn').count();
			const button = choiceButton(page, c);
			if (phone) await button.tap();
			else await button.click();
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
			for (const s of await page.locator('[data-speaker]').evaluateAll((els) => els.map((e) => e.getAttribute('data-speaker')!)))
				speakers.add(s);
		}
		await page.waitForSelector('#debrief-title');
		expect(await page.locator('#end-title').innerText()).toMatch(locale === 'en' ? /Closed well/ : /圆满结案/);
		expect(Number(await page.locator('[data-testid="total-score"]').innerText())).toBeGreaterThanOrEqual(95);
		expect(await page.locator('[data-testid="debrief-transcript"] > li').count()).toBe(best.choices.length);
		if (id === 'noise-dispute') expect(speakers.size).toBeGreaterThanOrEqual(4);
		if (phone) {
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		}
		expect(errors).toEqual([]);
		await context.close();
	});
});
