import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { baseURL, keyFor, launch, newPage, waitForLive } from './browser.ts';
import { bestPath } from '../../scripts/lib/stories.ts';
import { assignmentFile } from '../../src/lib/instructor/assignment.ts';
import { axe } from './quiz-helpers.ts';
import { readResultCode, resultCode } from '../../src/lib/instructor/result.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const HOSTILE_NAME = '<img src=x onerror=alert(1)>小林';

describe('the instructor loop, without a server', () => {
	it('assign → learner plays from the link → result → import → verified; an edited score shows mismatch', async () => {
		// The instructor sets an assignment.
		const teacher = await newPage(browser);
		const dialogs: string[] = [];
		teacher.page.on('dialog', (d) => {
			dialogs.push(d.message());
			d.dismiss();
		});
		await teacher.page.goto(`${baseURL()}/instructor/assign`);
		await teacher.page.locator('[data-testid="assignment-title"]').fill('第三周：独居老人个案');
		await teacher.page.getByLabel('独居老人王阿姨').check();
		await teacher.page.getByRole('button', { name: '生成作业' }).click();
		const link = await teacher.page.locator('[data-testid="assignment-link"]').inputValue();
		expect(link).toMatch(/\/assignment#[A-Za-z0-9_-]+$/);
		await teacher.page.locator('[data-testid="assignment-qr"]').waitFor();

		// A learner opens the link in a fresh browser context and plays.
		const learner = await newPage(browser);
		learner.page.on('dialog', (d) => {
			dialogs.push(d.message());
			d.dismiss();
		});
		// A fake clock that runs on its own and is moved on while the learner "reads": the instructor's check refuses a case played faster than anyone can read.
		await learner.page.clock.install();
		await learner.page.goto(link);
		await learner.page.locator('[data-testid="incoming-assignment"]').waitFor();
		expect(await learner.page.locator('[data-testid="incoming-assignment"]').innerText()).toContain('第三周：独居老人个案');
		await learner.page.locator('[data-testid="learner-name"]').fill(HOSTILE_NAME);
		await learner.page.getByRole('button', { name: '开始这份作业' }).click();
		await learner.page.getByRole('link', { name: '去练习' }).first().click();
		await waitForLive(learner.page);
		// The assignment's mode (exam) is applied.
		expect(await learner.page.getByLabel(/考试模式/).isChecked()).toBe(true);
		// …and cannot be switched to practice (ratings and undo) before the first choice.
		expect(await learner.page.getByLabel(/练习模式/).isDisabled()).toBe(true);
		expect(await learner.page.locator('[data-testid="mode-fixed"]').innerText()).toContain('这份作业要求考试模式');
		const best = bestPath('stories/elderly-wang/zh-CN.ink');
		for (const c of best.choices) {
			const before = await learner.page.locator('div.turn').count();
			await learner.page.clock.fastForward('00:06');
			await learner.page.keyboard.press(await keyFor(learner.page, c));
			await learner.page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		const code = await learner.page.locator('[data-testid="result-code"]').inputValue();
		const pkg = readResultCode(code);
		expect(pkg).toMatchObject({ learner: HOSTILE_NAME, scenarioId: 'elderly-wang', mode: 'exam', choices: best.choices });
		// The assignment page now shows the case as done.
		await expect
			.poll(async () => {
				await learner.page.goto(`${baseURL()}/assignment`);
				await learner.page.locator('[data-testid^="assignment-"] .work').waitFor();
				return learner.page.locator('.work').innerText();
			})
			.toContain('已完成');

		// Opening the same link again says it is already there, rather than nothing.
		await learner.page.goto(`${baseURL()}/`);
		await learner.page.goto(link);
		await learner.page.locator('[data-testid="already-accepted"]').waitFor();
		expect(await learner.page.locator('[data-testid="incoming-assignment"]').count()).toBe(0);

		// The assignment is on the learner's home page.
		await learner.page.goto(`${baseURL()}/`);
		expect(await learner.page.locator('[data-testid="home-assignments"]').innerText()).toContain('我的作业：1 份');

		// The instructor imports the code, a copy with an edited score, one played in practice mode, and junk.
		const edited = resultCode({ ...pkg, learner: '改分的人', scores: { ...pkg.scores, total: 42 } });
		const practice = resultCode({
			...pkg,
			learner: '练习的人',
			startedAt: new Date(Date.parse(pkg.startedAt) + 1000).toISOString(),
			mode: 'practice'
		});
		await teacher.page.goto(`${baseURL()}/instructor/class`);
		await teacher.page.locator('[data-testid="paste-codes"]').fill(`${code}\n${practice}\nnot-a-code CWR1.`);
		await teacher.page.getByRole('button', { name: '导入粘贴的结果码' }).click();
		const report = teacher.page.locator('[data-testid="import-report"]');
		await report.waitFor();
		expect(await report.innerText()).toContain('导入 2 条');
		expect(await report.innerText()).toContain('拒绝 2 条');
		expect(await report.innerText()).toContain('这不是结果码：结果码以 CWR1. 开头。');
		expect(await report.innerText()).toContain('内容是空的');
		const table = teacher.page.locator('[data-testid="class-table"]');
		await table.waitFor();
		const rowOf = (name: string) => table.locator('tbody tr', { hasText: name });
		await expect.poll(() => rowOf('小林').locator('[data-testid="verdict"]').innerText()).toContain('已核验');
		expect(await rowOf('小林').locator('[data-testid="mode"]').innerText()).toBe('考试');
		// Played in practice for an exam assignment: the replay agrees, the record check does not.
		const practiced = rowOf('练习的人');
		expect(await practiced.locator('[data-testid="mode"]').innerText()).toBe('练习');
		expect(await practiced.locator('[data-testid="verdict"]').innerText()).toContain('未通过核对');
		expect(await practiced.locator('[data-testid="verdict"]').innerText()).toContain('作业要求考试模式，这份结果却是练习模式');
		expect(await teacher.page.locator('[data-testid="verified-means"]').innerText()).toContain('静态网站无法证明');

		// A second copy of 小林's attempt with an edited score and name: kept, and neither copy is trusted over the other.
		await teacher.page.locator('[data-testid="paste-codes"]').fill(edited);
		await teacher.page.getByRole('button', { name: '导入粘贴的结果码' }).click();
		await expect.poll(() => report.innerText()).toContain('导入 1 条');
		// The edited copy: the replayed score is shown, its claim beside it, and the two copies of one attempt are a conflict.
		const forged = rowOf('改分的人');
		expect(await forged.locator('[data-testid="verdict"]').innerText()).toContain('分数不符');
		expect(await forged.locator('[data-testid="score"]').innerText()).toContain(`${pkg.scores.total}`);
		expect(await forged.locator('[data-testid="score"]').innerText()).toContain('自报 42');
		expect(await forged.locator('[data-testid="verdict"]').innerText()).toContain('副本');
		expect(await rowOf('小林').locator('[data-testid="verdict"]').innerText()).toContain('未通过核对');
		expect(await rowOf('小林').locator('[data-testid="verdict"]').innerText()).toContain('副本');
		// Named checks, claims and conflicts are accessible, on a desktop and on a phone (the table then scrolls sideways).
		await axe(teacher.page, 'class table');
		await teacher.page.setViewportSize({ width: 360, height: 740 });
		await axe(teacher.page, 'class table, 360 px');
		expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		// The hostile name is text, not markup.
		expect(await rowOf('小林').locator('td').first().innerText()).toBe(HOSTILE_NAME);
		expect(await table.locator('img').count()).toBe(0);

		// CSV export carries the rows.
		const [download] = await Promise.all([
			teacher.page.waitForEvent('download'),
			teacher.page.getByRole('button', { name: '导出 CSV' }).click()
		]);
		const csv = readFileSync((await download.path())!, 'utf8');
		expect(csv).toContain('elderly-wang');
		expect(csv).toContain('checks-failed');
		expect(csv).toContain('mismatch');
		expect(csv).toContain('replay conflict');
		// The edited row's debrief is still available, from the replay.
		await rowOf('小林').getByRole('button', { name: '查看复盘' }).click();
		// Attached, not visible: a phone-sized page shows the transcript closed.
		await teacher.page.locator('[data-testid="debrief-transcript"]').waitFor({ state: 'attached' });

		expect(dialogs).toEqual([]);
		// Creating the assignment threw nothing (it once failed to store it, silently) and it is in the instructor's storage.
		expect(teacher.errors).toEqual([]);
		expect(learner.errors).toEqual([]);
		await teacher.context.close();
		await learner.context.close();
	});

	it("an instructor's own case travels in an assignment and a learner plays it", async () => {
		const { readFileSync } = await import('node:fs');
		const { context: tctx, page: teacher } = await newPage(browser);
		await teacher.goto(`${baseURL()}/instructor/author`);
		await teacher.waitForSelector('main[data-hydrated="true"]');
		await teacher.locator('[data-testid="ink-source"]').fill(readFileSync('tests/fixtures/author/valid.ink', 'utf8'));
		await teacher.locator('[data-testid="check"]').click();
		await teacher.locator('[data-testid="save"]').click();
		await teacher.locator('[data-testid="saved-stories"] li').waitFor();
		await teacher.goto(`${baseURL()}/instructor/assign`);
		await teacher.locator('[data-testid="assignment-title"]').fill('自编个案练习');
		await teacher.getByLabel(/失业的陈先生/).check();
		await teacher.getByRole('button', { name: '生成作业' }).click();
		// A compiled story makes the link too long for a QR code; the file always works.
		await teacher.locator('[data-testid="no-qr"]').waitFor();
		const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: '下载作业文件' }).click()]);
		const file = (await download.path())!;

		const { context: lctx, page: learner } = await newPage(browser);
		await learner.clock.install();
		await learner.goto(`${baseURL()}/assignment`);
		await learner.locator('[data-testid="assignment-file"]').setInputFiles(file);
		await learner.locator('[data-testid="learner-name"]').fill('小周');
		await learner.getByRole('button', { name: '开始这份作业' }).click();
		await learner.getByRole('link', { name: '去练习' }).click();
		await waitForLive(learner);
		expect(await learner.locator('h1').innerText()).toBe('失业的陈先生');
		while (await learner.locator('button.choice').count()) {
			const before = await learner.locator('div.turn').count();
			await learner.clock.fastForward('00:06');
			await learner.keyboard.press('1');
			await learner.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		await learner.waitForSelector('#debrief-title');
		const pkg = readResultCode(await learner.locator('[data-testid="result-code"]').inputValue());
		expect(pkg).toMatchObject({ learner: '小周', scenarioId: expect.stringMatching(/^custom-[0-9a-f]{16}$/) });

		// The instructor's dashboard knows its own story version and verifies the result.
		await teacher.goto(`${baseURL()}/instructor/class`);
		await teacher.locator('[data-testid="paste-codes"]').fill(resultCode(pkg));
		await teacher.getByRole('button', { name: '导入粘贴的结果码' }).click();
		await expect
			.poll(() =>
				teacher.locator('[data-testid="class-table"] tbody tr', { hasText: '小周' }).locator('[data-testid="verdict"]').innerText()
			)
			.toContain('已核验');
		// Named by its own title, not its id.
		const row = teacher.locator('[data-testid="class-table"] tbody tr', { hasText: '小周' });
		expect(await row.locator('td').nth(1).innerText()).toBe('失业的陈先生');
		await tctx.close();
		await lctx.close();
	});

	it('an assignment file chosen before the page has hydrated is still read', async () => {
		const { writeFileSync, mkdtempSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const file = join(mkdtempSync(join(tmpdir(), 'assignment-')), 'assignment.json');
		writeFileSync(
			file,
			assignmentFile({
				kind: 'casework-assignment',
				v: 1,
				id: 'early123XYZ',
				title: '早到的作业',
				note: '',
				scenarios: ['elderly-wang'],
				custom: [],
				mode: 'exam',
				quizTopics: [],
				mockPaper: false,
				passMark: 60,
				createdAt: '2026-11-22T08:00:00.000Z'
			})
		);
		const { context, page, errors } = await newPage(browser);
		// The app's scripts are held back until the file has been chosen in the prerendered page.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${baseURL()}/assignment`, { waitUntil: 'commit' });
		await page.locator('[data-testid="assignment-file"]').setInputFiles(file);
		release();
		await page.locator('[data-testid="incoming-assignment"]').waitFor();
		expect(await page.locator('[data-testid="incoming-assignment"]').innerText()).toContain('早到的作业');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('a damaged assignment link says what is wrong', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/assignment#definitely-not-valid`);
		const problem = page.locator('[data-testid="assignment-problem"]');
		await problem.waitFor();
		expect(await problem.innerText()).toContain('这份作业无法打开');
		await context.close();
	});
});
