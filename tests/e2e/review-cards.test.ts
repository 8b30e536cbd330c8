/**
 * Review cards from a case, the mistake book and ordering answers, in
 * Chromium on a 360 px phone against the built site: a harmful choice in a
 * real case becomes a review card naming the right speaker, with every
 * option's feedback once answered; it waits in the mistake book beside quiz
 * mistakes, where a note of the learner's own survives a reload and a
 * backup round trip; an ordering item's answer uses the numbers on its rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { compileFile } from '../../scripts/lib/stories.ts';
import { StoryEngine } from '../../src/lib/engine/story-engine.ts';
import { KEY } from '../../src/lib/progress/keys.ts';
import { baseURL, keyFor, launch, newPage, waitForLive } from './browser.ts';
import { putRaw, storedKeys } from './idb.ts';
import { axe, item, stored } from './quiz-helpers.ts';

const PHONE = { viewport: { width: 360, height: 740 } };
const ID = 'noise-dispute';

/** A run of the noise case: the harmful first choice (sending the property manager away), then the best ones to an ending. */
function harmfulThenBest() {
	const engine = new StoryEngine(compileFile(`stories/${ID}/zh-CN.ink`));
	let passage = engine.continue();
	const first = passage.choices[0];
	const choices = [first.index];
	passage = engine.choose(first.index);
	while (!passage.ended) {
		const pick = passage.choices.find((c) => c.tags.quality === 'best') ?? passage.choices[0];
		choices.push(pick.index);
		passage = engine.choose(pick.index);
	}
	return { choices, cardId: `scenario:${ID}:${first.sourcePath}` };
}

const run = harmfulThenBest();
const noteText = '转介前先想：问题是否超出本机构的服务范围？';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
beforeAll(async () => {
	browser = await launch();
	({ context, page, errors } = await newPage(browser, { ...PHONE, acceptDownloads: true }));
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

async function noOverflow(label: string) {
	const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(over, label).toBeLessThanOrEqual(0);
}

describe('a harmful choice in a case, reviewed', () => {
	it('becomes a review card that names the property manager and, once answered, gives every option’s feedback', async () => {
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		// The case resumed one decision before its end, as a reload mid-case leaves it.
		const at = new Date(Date.now() - 60_000).toISOString();
		await putRaw(page, KEY.run(ID), {
			v: 2,
			scenarioId: ID,
			locale: 'zh-CN',
			mode: 'practice',
			storyHash: 'e2e',
			choices: run.choices.slice(0, -1),
			startedAt: at,
			updatedAt: at
		});
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		await page.keyboard.press(await keyFor(page, run.choices.at(-1)!));
		await page.waitForSelector('#debrief-title');
		await stored(page, (r) => String((r[KEY.deck] as { deck?: string } | undefined)?.deck).includes(run.cardId));

		await page.goto(`${baseURL()}/quiz/review`);
		const question = page.locator(`[data-question="${run.cardId}"]`);
		// Any other card due first is answered and passed.
		for (let k = 0; k < 20 && !(await question.count()); k++) {
			await page.locator('[data-question]').waitFor();
			if (await question.count()) break;
			await page.keyboard.press('1');
			await page.keyboard.press('Enter');
			await page.locator('[data-testid="next"]').click();
		}
		await question.waitFor();
		const legend = await question.locator('legend').innerText();
		expect(legend).toContain('物业小吴说：');
		expect(legend).toContain('5号楼402和502又闹起来了');
		expect(legend).not.toContain('服务对象说');
		expect(await page.locator('[data-testid="case-feedback"]').count()).toBe(0);

		// Option A is the one taken in the case (the options keep the story's order): wrong again.
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"][data-verdict="wrong"]').waitFor();
		const notes = await page.locator('[data-testid="case-option-note"]').allInnerTexts();
		expect(notes).toHaveLength(4);
		expect(notes[0]).toContain('不当');
		expect(notes[0]).toContain('转介只适用于两种情况');
		expect(notes[2]).toContain('最佳');
		expect(notes[2]).toContain('开放式提问让转介方把来龙去脉讲完整');
		await noOverflow('review');
		await axe(page, 'review, answered');
		await page.emulateMedia({ colorScheme: 'dark' });
		await axe(page, 'review, answered, dark');
		await page.emulateMedia({ colorScheme: 'light' });
		expect(errors).toEqual([]);
	});

	it('waits in the mistake book with its speaker, where a note survives a reload and a backup round trip', async () => {
		await page.goto(`${baseURL()}/quiz/mistakes`);
		const entry = page.locator(`[data-testid="case-mistake"][data-id="${run.cardId}"]`);
		await entry.waitFor();
		expect(await entry.locator('[data-testid="case-speaker"]').innerText()).toBe('物业小吴说：');
		await entry.locator('summary').click();
		expect(await entry.locator('[data-testid="case-option-note"]').count()).toBe(4);
		await entry.getByLabel('我的笔记').fill(noteText);
		await entry.getByRole('button', { name: '保存笔记' }).click();
		await entry.locator('[data-testid="note-status"]', { hasText: '笔记已保存' }).waitFor();
		await stored(page, (r) => JSON.stringify(r[KEY.notes] ?? '').includes(noteText));
		await noOverflow('mistakes');
		await axe(page, 'mistake book, open entry');

		await page.reload();
		await entry.locator('[data-testid="my-note"]').waitFor();
		expect(await entry.locator('[data-testid="my-note"]').innerText()).toContain(noteText);

		// Backup: export, erase everything, import; the note is back.
		await page.goto(`${baseURL()}/settings`);
		await page.locator('fieldset:not([disabled]) input[name="theme"]').first().waitFor();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份文件' }).click()]);
		const file = (await download.path())!;
		await page.getByRole('button', { name: '清除全部数据…' }).click();
		await page.getByRole('button', { name: '确认清除全部数据' }).click();
		await expect.poll(() => storedKeys(page)).toEqual([]);
		await page.locator('[data-testid="backup-file"]').setInputFiles(file);
		const preview = page.locator('[data-testid="backup-preview"]');
		await preview.waitFor();
		expect(await preview.locator('[data-kind="notes"]').innerText()).toMatch(/^我的笔记.*新增 1$/);
		await preview.getByRole('button', { name: '导入' }).click();
		await page.locator('[data-testid="backup-status"]', { hasText: '导入完成' }).waitFor();

		await page.goto(`${baseURL()}/quiz/mistakes`);
		await entry.locator('[data-testid="my-note"]').waitFor();
		expect(await entry.locator('[data-testid="my-note"]').innerText()).toContain(noteText);
		expect(errors).toEqual([]);
	});

	it('reads as well in English', async () => {
		await page.goto(`${baseURL()}/en/quiz/mistakes`);
		const entry = page.locator(`[data-testid="case-mistake"][data-id="${run.cardId}"]`);
		await entry.waitFor();
		expect(await entry.locator('[data-testid="case-speaker"]').innerText()).toBe('物业小吴 says:');
		await entry.locator('summary').click();
		expect(await entry.getByLabel('My note').inputValue()).toBe(noteText);
		await noOverflow('mistakes, en');
		await axe(page, 'mistake book, en');
		await page.emulateMedia({ colorScheme: 'dark' });
		await axe(page, 'mistake book, en, dark');
		await page.emulateMedia({ colorScheme: 'light' });
	});
});

describe('an ordering item', () => {
	it('gives its answer with the numbers shown on its rows, in the mistake book and after a retry', async () => {
		const order = item('stages-026');
		const circled = (ks: readonly number[]) => ks.map((k) => String.fromCodePoint(0x2460 + k)).join('→');
		await putRaw(page, KEY.mistakes, {
			v: 2,
			book: { v: 1, wrong: { [order.id]: { count: 1, lastAt: new Date().toISOString(), rightStreak: 0 } }, flagged: [] }
		});
		await page.goto(`${baseURL()}/en/quiz/mistakes`);
		const entry = page.locator(`[data-testid="mistake-list"] li[data-id="${order.id}"]`);
		await entry.waitFor();
		await entry.locator('summary').click();
		const key = await entry.locator('[data-testid="answer-key"]').innerText();
		expect(key).toBe(`Answer: ${circled(order.answer)}`);

		await entry.getByRole('button', { name: 'Retry' }).click();
		await page.locator(`[data-question="${order.id}"]`).waitFor();
		expect(await page.locator('[data-testid="order-label"]').allInnerTexts()).toEqual(order.options.map((_, k) => circled([k])));
		await page.locator('[data-testid="confirm"]').click();
		const answers = await page.locator('[data-testid="explanation"] .answers').innerText();
		expect(answers).toContain(circled(order.answer));
		expect(answers).toContain(circled(order.options.map((_, k) => k)));
		expect(answers).not.toMatch(/[A-F]→/);
		await noOverflow('ordering');
		await axe(page, 'ordering item, answered');
		expect(errors).toEqual([]);
	});
});
