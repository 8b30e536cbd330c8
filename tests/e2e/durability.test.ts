import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { storedKeys } from './idb.ts';
import { baseURL, choiceButton, keyFor, launch, newPage, waitForLive } from './browser.ts';
import { bestPath } from '../../scripts/lib/stories.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function press(page: Page, key: string) {
	const before = await page.locator('div.turn').count();
	await page.keyboard.press(key);
	await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
}

describe('durability in real Chromium and IndexedDB', () => {
	it('resumes at the same line with the same score after a reload at every decision point', async () => {
		const best = bestPath('stories/truant-li/zh-CN.ink');
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		for (const [k, c] of best.choices.entries()) {
			if (k === best.choices.length - 1) break;
			await press(page, await keyFor(page, c));
			const log = await page.locator('[data-testid="story-log"]').innerText();
			const score = await page.locator('[data-testid="score-so-far"]').innerText();
			await page.reload();
			await waitForLive(page);
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length === n, k + 2);
			expect(await page.locator('[data-testid="story-log"]').innerText(), `after decision ${k + 1}`).toBe(log);
			expect(await page.locator('[data-testid="score-so-far"]').innerText()).toBe(score);
		}
		await context.close();
	}, 180_000);

	it('two tabs on one case: the second is noticed, both pause, one takes over with the saved run', async () => {
		const { context, page: first } = await newPage(browser);
		await first.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(first);
		await press(first, '1');
		const second = await context.newPage();
		await second.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(second);
		await first.locator('[data-testid="other-tab"]').waitFor();
		await second.locator('[data-testid="other-tab"]').waitFor();
		// A paused tab takes no choice.
		await second.keyboard.press('1');
		expect(await second.locator('div.turn').count()).toBe(2);
		await second.getByRole('button', { name: '在此页继续' }).click();
		await second.waitForLoadState('load');
		await waitForLive(second);
		await second.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		expect(await second.locator('[data-testid="other-tab"]').count()).toBe(0);
		await press(second, '1');
		// The first tab still stands aside.
		expect(await first.locator('[data-testid="other-tab"]').isVisible()).toBe(true);
		await context.close();
	});

	it('attempts finished in two tabs of one profile are both kept', async () => {
		const { context, page: a } = await newPage(browser);
		const b = await context.newPage();
		const wang = bestPath('stories/elderly-wang/zh-CN.ink');
		const li = bestPath('stories/truant-li/zh-CN.ink');
		await a.goto(`${baseURL()}/play/elderly-wang`);
		await b.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(a);
		await waitForLive(b);
		// Interleave the two playthroughs so their writes overlap.
		for (let k = 0; k < Math.max(wang.choices.length, li.choices.length); k++) {
			if (k < wang.choices.length) await choiceButton(a, wang.choices[k]).click();
			if (k < li.choices.length) await choiceButton(b, li.choices[k]).click();
		}
		await a.waitForSelector('#debrief-title');
		await b.waitForSelector('#debrief-title');
		await expect.poll(async () => (await storedKeys(a)).filter((k) => k.startsWith('attempt:')).length).toBe(2);
		await a.goto(`${baseURL()}/`);
		await a.locator('[data-testid="stats-elderly-wang"]', { hasText: '最高分' }).waitFor();
		await a.locator('[data-testid="stats-truant-li"]', { hasText: '最高分' }).waitFor();
		await context.close();
		// Two whole cases, click by click in two tabs: as long as the reload test's single case, twice.
	}, 180_000);

	it('with storage refused, a whole case plays in memory with a warning, and the tab keeps it across pages', async () => {
		const { context, page } = await newPage(browser);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				}
			});
		});
		const best = bestPath('stories/elderly-wang/zh-CN.ink');
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await page.locator('[data-testid="storage-warning"]').waitFor();
		await waitForLive(page);
		for (const c of best.choices) await press(page, await keyFor(page, c));
		await page.waitForSelector('#debrief-title');
		expect(await page.locator('[data-testid="storage-warning"]').isVisible()).toBe(true);
		// The home page is a page load of its own: the tab still remembers the case.
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="stats-elderly-wang"]', { hasText: '最高分' }).waitFor();
		expect(await page.locator('[data-testid="storage-warning"]').isVisible()).toBe(true);
		await context.close();
	});
});
