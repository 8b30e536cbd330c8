/**
 * Storage that fills up in the middle of a case, in real Chromium: every
 * IndexedDB write from some point on is refused with QuotaExceededError.
 * The learner plays on with a clear, lasting notice; a reload without the
 * fault resumes at the last decision that was saved, and nothing saved
 * before is lost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { getRaw, storedKeys } from './idb.ts';
import { baseURL, keyFor, launch, newPage, waitForLive } from './browser.ts';
import { bestPath } from '../../scripts/lib/stories.ts';
import { MESSAGES } from '../../src/lib/i18n/messages.ts';

const zh = MESSAGES['zh-CN'].storage;
const en = MESSAGES.en.storage;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

declare global {
	interface Window {
		/** Set by the test: the error every IndexedDB put throws from then on. */
		__refusePut?: string;
	}
}

/** From the moment the page sets `__refusePut`, IDBObjectStore.put throws a DOMException of that name, as a full disk makes it. */
async function patchPut(context: BrowserContext) {
	await context.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (window.__refusePut) throw new DOMException('The current transaction exceeded its quota limitations.', window.__refusePut);
			return put.apply(this, args);
		};
	});
}
const refuse = (page: Page, name: string) => page.evaluate((name) => (window.__refusePut = name), name);

async function press(page: Page, key: string) {
	const before = await page.locator('div.turn').count();
	await page.keyboard.press(key);
	await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
}

const savedChoices = async (page: Page, scenarioId: string) =>
	((await getRaw(page, `run:${scenarioId}`)) as { choices: number[] } | undefined)?.choices.length ?? 0;

describe('a full store in the middle of a case', () => {
	it('says so politely and for good, loses nothing saved, and resumes at the last saved decision', async () => {
		const { context, page, errors } = await newPage(browser);
		await patchPut(context);

		// An attempt finished earlier.
		const wang = bestPath('stories/elderly-wang/zh-CN.ink');
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(page);
		for (const c of wang.choices) await press(page, await keyFor(page, c));
		await page.waitForSelector('#debrief-title');
		await expect.poll(async () => (await storedKeys(page)).filter((k) => k.startsWith('attempt:'))).toHaveLength(1);
		const [attemptKey] = (await storedKeys(page)).filter((k) => k.startsWith('attempt:'));
		const attempt = await getRaw(page, attemptKey);

		// A second case: three decisions saved, then the disk is full.
		const li = bestPath('stories/truant-li/zh-CN.ink');
		const SAVED = 3;
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		for (const c of li.choices.slice(0, SAVED)) await press(page, await keyFor(page, c));
		await expect.poll(() => savedChoices(page, 'truant-li')).toBe(SAVED);
		const log = await page.locator('[data-testid="story-log"]').innerText();
		const score = await page.locator('[data-testid="score-so-far"]').innerText();
		expect(await page.locator('[data-testid="storage-error"]').count()).toBe(0);

		await refuse(page, 'QuotaExceededError');
		await press(page, await keyFor(page, li.choices[SAVED]));
		const notice = page.locator('[data-testid="storage-error"]');
		await notice.waitFor();
		expect(await notice.getAttribute('role')).toBe('status');
		expect(await notice.innerText()).toBe(`${zh.saveFailed}\n${zh.full} ${zh.backup}`);
		const link = notice.getByRole('link', { name: zh.backup });
		expect(await link.getAttribute('href')).toBe('/settings');
		// The notice is at the top of the page, out of view while playing: a short line by the choices says so.
		expect(await page.locator('.save-failed').innerText()).toBe(zh.saveFailedShort);

		// Playing on to the end: the case works in memory, and the notice stays, also on the next page.
		for (const c of li.choices.slice(SAVED + 1)) await press(page, await keyFor(page, c));
		await page.waitForSelector('#debrief-title');
		expect(await notice.isVisible()).toBe(true);
		await page.getByRole('link', { name: MESSAGES['zh-CN'].backHome }).first().click();
		await page.waitForURL(`${baseURL()}/`);
		expect(await notice.innerText()).toContain(zh.full);

		// Space again (a fresh load): back at the last saved decision, with the same score; the earlier attempt as it was.
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		await page.waitForFunction((n) => document.querySelectorAll('div.turn').length === n, SAVED + 1);
		expect(await page.locator('[data-testid="story-log"]').innerText()).toBe(log);
		expect(await page.locator('[data-testid="score-so-far"]').innerText()).toBe(score);
		expect(await notice.count()).toBe(0);
		expect((await storedKeys(page)).filter((k) => k.startsWith('attempt:'))).toEqual([attemptKey]);
		expect(await getRaw(page, attemptKey)).toEqual(attempt);
		expect(errors).toEqual([]);
		await context.close();
	}, 180_000);

	it('another refused write gets the general notice, in the page language', async () => {
		const { context, page } = await newPage(browser);
		await patchPut(context);
		await page.goto(`${baseURL()}/en/play/noise-dispute`);
		await waitForLive(page);
		await refuse(page, 'UnknownError');
		await press(page, '1');
		const notice = page.locator('[data-testid="storage-error"]');
		await notice.waitFor();
		expect(await notice.innerText()).toBe(en.saveFailed);
		expect(await notice.getByRole('link').count()).toBe(0);
		await context.close();
	});
});
