import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { putRaw, storedKeys } from './idb.ts';
import { baseURL, launch, newPage, waitForLive } from './browser.ts';

const ID = process.env.E2E_SCENARIO ?? 'elderly-wang';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('bad input shows a clear message and loses nothing', () => {
	it('an unknown scenario id in the URL', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/no-such-case`);
		await page.locator('h1', { hasText: '找不到这个情境' }).waitFor();
		expect(await page.locator('main').innerText()).toContain('no-such-case');
		await page.locator('a', { hasText: '返回首页' }).click();
		await page.waitForURL(`${baseURL()}/`);
		await context.close();
	});

	it('a missing or corrupt story file, then a retry that works', async () => {
		for (const fault of ['missing', 'corrupt'] as const) {
			const { context, page } = await newPage(browser);
			let broken = true;
			// Story chunks have hashed names; recognise them by the story JSON they hold.
			await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
				const response = await route.fetch();
				const body = await response.text();
				if (!broken || !body.includes('{"inkVersion":')) return route.fulfill({ response, body });
				if (fault === 'missing') return route.fulfill({ status: 404, body: 'not found' });
				return route.fulfill({ response, body: 'export default "{\\"inkVersion\\": 21, \\"root\\": [garbage";' });
			});
			await page.goto(`${baseURL()}/play/${ID}`);
			const alert = page.locator('[data-testid="player-error"]');
			await alert.waitFor();
			expect(await alert.innerText()).toContain('情境文件无法载入');
			// The prerendered opening is still there to read.
			expect(await page.locator('[data-testid="story-log"]').innerText()).not.toBe('');
			if (fault === 'missing') {
				broken = false;
				await alert.getByRole('button', { name: '重试' }).click();
				await waitForLive(page);
				expect(await alert.count()).toBe(0);
			}
			await context.close();
		}
	});

	it('an invalid saved run is set aside and the case can restart', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/`);
		await page.waitForFunction(() => document.querySelector('[data-testid^="stats-"]') !== null);
		const now = new Date().toISOString();
		await putRaw(page, `run:${ID}`, {
			v: 1,
			scenarioId: ID,
			locale: 'zh-CN',
			mode: 'practice',
			storyHash: 'from-an-older-version',
			choices: [0, 0, 0, 42],
			startedAt: now,
			updatedAt: now
		});
		await putRaw(page, 'attempt:garbage', '{{ not json');
		await page.goto(`${baseURL()}/play/${ID}`);
		const alert = page.locator('[data-testid="player-error"]');
		await alert.waitFor();
		expect(await alert.innerText()).toContain('上次的进度与当前版本的情境不一致');
		expect(await page.locator('[data-testid="set-aside-notice"]').innerText()).toContain('2');
		await alert.getByRole('button', { name: '重新开始' }).click();
		await page.keyboard.press('1');
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		expect(await alert.count()).toBe(0);
		// The bad records were kept aside, not deleted.
		const keys = await storedKeys(page);
		expect(keys.filter((k) => k.startsWith('set-aside:')).length).toBe(2);
		await context.close();
	});

	it('IndexedDB unavailable: a warning, and the case still plays', async () => {
		const { context, page } = await newPage(browser);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', {
				get() {
					throw new DOMException('The user denied permission to access the database.', 'SecurityError');
				}
			});
		});
		await page.goto(`${baseURL()}/play/${ID}`);
		const warning = page.locator('[data-testid="storage-warning"]');
		await warning.waitFor();
		expect(await warning.innerText()).toContain('进度不会保留');
		await waitForLive(page);
		await page.keyboard.press('1');
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		await context.close();
	});
});
