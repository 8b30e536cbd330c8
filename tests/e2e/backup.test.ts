/**
 * Backup, reset and restore in Chromium with real IndexedDB: play part of a
 * case and answer quiz items (plus instructor and learner records planted as
 * the app writes them), export the file the settings page offers, erase
 * everything, import the file after its preview, and every key and value is
 * back as it was. A damaged file is refused with its reason and changes
 * nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { putRaw, storedEntries, storedKeys, waitForKeys } from './idb.ts';
import { baseURL, launch, newPage, waitForLive } from './browser.ts';
import { resultKey } from '../../src/lib/progress/class-results.ts';
import { KEY } from '../../src/lib/progress/keys.ts';
import { assignment, at, result, story } from '../../src/lib/progress/backup/test-helpers.ts';
import { BANK } from '../../src/lib/quiz/bank.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const LETTERS = 'abcde';

async function press(page: Page, key: string) {
	const before = await page.locator('div.turn').count();
	await page.keyboard.press(key);
	await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
}

/** Answers `n` practice items of one chapter by keyboard, the first one wrong. */
async function answerQuiz(page: Page, n: number) {
	await page.goto(`${baseURL()}/quiz/practice?topic=evaluation&n=${n}`);
	for (let k = 0; k < n; k++) {
		const question = page.locator('[data-question]');
		await question.waitFor();
		const id = await question.getAttribute('data-question');
		const item = BANK.byId.get(id!)!;
		const chosen = k === 0 ? [[0, 1, 2, 3, 4].find((x) => !item.answer.includes(x))!] : item.answer;
		for (const x of chosen) await page.keyboard.press(LETTERS[x]);
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"]').waitFor();
		await page.keyboard.press('Enter');
		if (k < n - 1)
			await page.waitForFunction((prev) => document.querySelector('[data-question]')?.getAttribute('data-question') !== prev, id);
	}
	await page.locator('[data-testid="session-done"]').waitFor();
}

async function openSettings(page: Page) {
	await page.goto(`${baseURL()}/settings`);
	await page.locator('[data-testid="backup-panel"]').waitFor();
	// Live once the page has hydrated and storage is open.
	await page.locator('fieldset:not([disabled]) input[name="theme"]').first().waitFor();
}

describe('backup and restore', () => {
	it('export, erase, import: every key and value comes back identical', async () => {
		const { context, page, errors } = await newPage(browser, { acceptDownloads: true });
		// Part of a case: a run in progress.
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(page);
		await press(page, '1');
		await press(page, '1');
		await waitForKeys(page, [KEY.run('elderly-wang')]);
		// Quiz answers: history, the mistake book, a review card.
		await answerQuiz(page, 3);
		await waitForKeys(page, [KEY.history, KEY.mistakes, KEY.deck]);
		// What an instructor and a learner keep, as their pages write it.
		const pkg = result();
		const s = await story();
		await putRaw(page, resultKey(pkg), pkg);
		await putRaw(page, `instructor:story:${s.hash}`, s);
		await putRaw(page, 'learner:assignment:Abc123xyz', { assignment: assignment(), learner: '小张', acceptedAt: at(450) });

		await openSettings(page);
		const before = await storedEntries(page);
		const count = Object.keys(before).length;
		expect(count).toBeGreaterThanOrEqual(7);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份文件' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^casework-backup-\d{4}-\d{2}-\d{2}\.json$/);
		const file = (await download.path())!;
		expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).records).sort()).toEqual(Object.keys(before).sort());
		await page.locator('[data-testid="backup-status"]', { hasText: `已导出 ${count} 条记录` }).waitFor();

		// Erase, with confirmation.
		await page.getByRole('button', { name: '清除全部数据…' }).click();
		expect(await storedKeys(page)).toHaveLength(count);
		const resetAxe = await new AxeBuilder({ page }).include('[data-testid="reset-panel"]').analyze();
		expect(resetAxe.violations.map((v) => v.id)).toEqual([]);
		await page.getByRole('button', { name: '确认清除全部数据' }).click();
		await page.locator('[data-testid="reset-status"]', { hasText: `已清除 ${count} 条记录。` }).waitFor();
		expect(await storedKeys(page)).toEqual([]);

		// Import: the preview first, with the counts; nothing written until confirmed.
		await page.locator('[data-testid="backup-file"]').setInputFiles(file);
		const preview = page.locator('[data-testid="backup-preview"]');
		await preview.waitFor();
		expect(await preview.locator('[data-kind="run"]').innerText()).toBe('进行中的个案: 新增 1');
		expect(await preview.locator('[data-kind="history"]').innerText()).toBe('答题记录: 新增 1');
		expect(await preview.locator('[data-kind="instructorResult"]').innerText()).toBe('导入的学员结果: 新增 1');
		expect(await preview.innerText()).toContain(`共 ${count} 条记录`);
		expect(await storedKeys(page)).toEqual([]);
		const axe = await new AxeBuilder({ page }).include('[data-testid="backup-panel"]').analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);

		await preview.getByRole('button', { name: '导入' }).click();
		await page.locator('[data-testid="backup-status"]', { hasText: `导入完成：新增 ${count} 条，更新 0 条，合并 0 条。` }).waitFor();
		expect(await storedEntries(page)).toEqual(before);

		// The app reads it back: the case resumes on the home page.
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="stats-elderly-wang"]').waitFor();
		expect(await storedEntries(page)).toEqual(before);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('another open tab is told when the data is erased, and shows the new state', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(page);
		await press(page, '1');
		await waitForKeys(page, [KEY.run('elderly-wang')]);
		const home = await context.newPage();
		await home.goto(`${baseURL()}/`);
		await home.getByTestId('resume-elderly-wang').waitFor();
		await openSettings(page);
		await page.getByRole('button', { name: '清除全部数据…' }).click();
		await page.getByRole('button', { name: '确认清除全部数据' }).click();
		await home.getByTestId('replaced-elsewhere').waitFor();
		// The other tab re-read the store: the run it offered to resume is gone.
		await expect.poll(() => home.getByTestId('resume-elderly-wang').count()).toBe(0);
		await context.close();
	});

	it('a malformed or hostile file is refused with its reason and changes nothing', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		await press(page, '1');
		await waitForKeys(page, [KEY.run('truant-li')]);
		await openSettings(page);
		const before = await storedEntries(page);
		const input = page.locator('[data-testid="backup-file"]');
		const problem = page.locator('[data-testid="backup-problem"]');

		await input.setInputFiles({
			name: 'cut.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"casework-trainer-backup","ver')
		});
		await problem.filter({ hasText: '这个文件没有导入，数据没有任何改动。原因：文件不是 JSON' }).waitFor();

		const hostile = JSON.stringify({
			format: 'casework-trainer-backup',
			version: 1,
			schema: 2,
			exportedAt: new Date().toISOString(),
			records: { 'run:truant-li': { v: 2, scenarioId: 'truant-li', choices: '<img src=x onerror=alert(1)>' } }
		});
		await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
		await problem.filter({ hasText: '记录“run:truant-li”无效' }).waitFor();
		expect(await page.locator('[data-testid="backup-preview"]').count()).toBe(0);
		expect(await page.locator('[data-testid="backup-panel"] img').count()).toBe(0);
		expect(await storedEntries(page)).toEqual(before);
		expect(errors).toEqual([]);
		await context.close();
	});
});
