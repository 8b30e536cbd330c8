/**
 * The self-study quiz in Chromium, against the built site: a chapter
 * practice round, the review that follows a wrong answer, a scenario card in
 * the review, and whole mock papers (submitted, and timed out through the
 * `?seconds=` test hook), plus accessibility and the 360 px layout.
 * The tests look items up in the real bank to answer them right or wrong on
 * purpose, and rebuild the paper from its seed to know the score to expect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { putRaw } from './idb.ts';
import { baseURL, launch, newPage } from './browser.ts';
import { BANK, type BankItem } from '../../src/lib/quiz/bank.ts';
import { assemblePaper, gradePaper } from '../../src/lib/quiz/paper.ts';
import { mulberry32 } from '../../src/lib/quiz/random.ts';

const LETTERS = 'ABCDE';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const item = (id: string | null): BankItem => {
	const found = id && BANK.byId.get(id);
	if (!found) throw new Error(`not in the bank: ${id}`);
	return found;
};

/** A wrong answer: the first option that is not part of the key. */
const wrongOf = (i: BankItem) => [[0, 1, 2, 3, 4].find((k) => !i.answer.includes(k))!];

/** Answers by keyboard: one letter per option to pick. */
async function pressAnswer(page: Page, chosen: readonly number[]) {
	for (const k of chosen) await page.keyboard.press(LETTERS[k].toLowerCase());
}

/** Every record in the app's IndexedDB store. */
async function readStore(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown>>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onsuccess = () => {
					const tx = open.result.transaction('progress', 'readonly');
					const store = tx.objectStore('progress');
					const keys = store.getAllKeys();
					const values = store.getAll();
					tx.oncomplete = () => {
						open.result.close();
						resolve(Object.fromEntries((keys.result as string[]).map((k, i) => [k, values.result[i]])));
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
}

/**
 * Waits until the stored progress satisfies `ok`. Saving is queued behind the
 * answer; a test that reloads or leaves the page (a full load, not the app's
 * own navigation) waits for it first, as a learner's next click would.
 */
async function stored(page: Page, ok: (records: Record<string, unknown>) => boolean) {
	for (let k = 0; k < 100; k++) {
		if (ok(await readStore(page))) return;
		await page.waitForTimeout(50);
	}
	throw new Error('the expected progress was never stored');
}

const historyLength = (n: number) => (r: Record<string, unknown>) =>
	(r['quiz:history'] as { events?: unknown[] } | undefined)?.events?.length === n;
const hasPaper = (r: Record<string, unknown>) => Object.keys(r).some((k) => k.startsWith('paper:'));

describe('chapter practice, then the review', () => {
	let context: BrowserContext;
	let page: Page;
	let errors: string[];
	let missed: string;

	beforeAll(async () => {
		({ context, page, errors } = await newPage(browser));
	});
	afterAll(async () => {
		await context?.close();
	});

	it('plays a practice round by keyboard with the explanation after every answer', async () => {
		await page.goto(`${baseURL()}/quiz`);
		// The counts appear once the page is live and storage is open.
		await page.waitForFunction(() => document.querySelector('[data-testid="hub-due"]')?.textContent?.includes('0 题'));
		await page.getByLabel(/评估/).check();
		await page.getByLabel(/个案记录/).check();
		await page.locator('[data-testid="start-practice"]').click();
		await page.waitForURL(/\/quiz\/practice\?topic=evaluation&topic=records&n=10$/);
		await page.locator('[data-question]').waitFor();

		const seen: string[] = [];
		for (let k = 0; k < 10; k++) {
			const question = page.locator('[data-question]');
			const id = await question.getAttribute('data-question');
			const it = item(id);
			expect(['evaluation', 'records']).toContain(it.topic);
			expect(await page.locator('[data-testid="session-count"]').innerText()).toBe(`第 ${k + 1} / 10 题`);
			// The first answer is wrong on purpose, the rest right.
			await pressAnswer(page, k === 0 ? wrongOf(it) : it.answer);
			await page.keyboard.press('Enter');
			const explanation = page.locator('[data-testid="explanation"]');
			await explanation.waitFor();
			expect(await explanation.getAttribute('data-verdict')).toBe(k === 0 ? 'wrong' : 'correct');
			expect(await explanation.innerText()).toContain(it.explanation['zh-CN'].slice(0, 20));
			expect(await explanation.innerText()).toContain(`正确答案：${it.answer.map((x) => LETTERS[x]).join('')}`);
			seen.push(it.id);
			await page.keyboard.press('Enter');
			if (k < 9)
				await page.waitForFunction((prev) => document.querySelector('[data-question]')?.getAttribute('data-question') !== prev, id);
		}
		expect(new Set(seen).size).toBe(10);
		missed = seen[0];
		const done = page.locator('[data-testid="session-done"]');
		await done.waitFor();
		expect(await done.innerText()).toContain('答对 9 / 10 题');
		await stored(page, historyLength(10));
		expect(errors).toEqual([]);
	});

	it('counts the wrong answer as due on the home page and the hub, and lists it in the mistake book', async () => {
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(await page.locator('[data-testid="home-due"]').innerText()).toBe('今天有 1 道题待复习');
		await page.goto(`${baseURL()}/quiz`);
		await page.waitForFunction(() => document.querySelector('[data-testid="hub-due"]')?.textContent?.includes('1 题'));
		expect(await page.locator('[data-testid="hub-mistakes"]').innerText()).toBe('错题 1 道 · 标记 0 道');
		await page.goto(`${baseURL()}/quiz/mistakes`);
		const entry = page.locator(`[data-testid="mistake-list"] li[data-id="${missed}"]`);
		await entry.waitFor();
		// textContent: the stem is clamped to three lines on screen.
		expect(await entry.textContent()).toContain(item(missed).stem['zh-CN']);
		// Filtering by another chapter hides it.
		const other = item(missed).topic === 'records' ? 'evaluation' : 'records';
		await page.locator('[data-testid="mistake-topic"]').selectOption(other);
		await page.locator('[data-testid="mistakes-empty"]').waitFor();
	});

	it('brings the missed item back in the review; answered right, nothing is left due', async () => {
		await page.goto(`${baseURL()}/quiz/review`);
		await page.locator('[data-question]').waitFor();
		expect(await page.locator('[data-question]').getAttribute('data-question')).toBe(missed);
		expect(await page.locator('[data-testid="session-count"]').innerText()).toBe('第 1 / 1 题');
		await pressAnswer(page, item(missed).answer);
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"][data-verdict="correct"]').waitFor();
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="session-done"]').waitFor();
		expect(await page.locator('[data-testid="session-done"]').innerText()).toContain('今天的复习完成了');
		await stored(page, historyLength(11));
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(await page.locator('[data-testid="home-due"]').innerText()).toBe('今天没有待复习的题目');
		expect(errors).toEqual([]);
	});

	it('retries the mistake book, and the progress page shows accuracy per chapter', async () => {
		await page.goto(`${baseURL()}/quiz/mistakes`);
		await page.locator('[data-testid="retry-all"]').click();
		await page.locator('[data-question]').waitFor();
		await pressAnswer(page, item(missed).answer);
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"][data-verdict="correct"]').waitFor();
		// Review right + retry right: two right in a row take it out of the book.
		await page.locator('[data-testid="next"]').click();
		await page.locator('[data-testid="back-to-list"]').click();
		await page.locator('[data-testid="mistakes-empty"]').waitFor();
		await stored(page, historyLength(12));

		await page.goto(`${baseURL()}/progress`);
		const table = page.locator('[data-testid="accuracy-table"]');
		await table.waitFor();
		const rows = await table.locator('tbody tr').allInnerTexts();
		const answeredOf = (name: string) =>
			rows
				.find((r) => r.startsWith(name))
				?.split('\t')
				.slice(1, 3)
				.map(Number);
		const counts = [answeredOf('评估'), answeredOf('个案记录')].filter(Boolean) as number[][];
		// 10 in practice + 1 review + 1 retry, 11 of them right.
		expect(counts.reduce((s, [a]) => s + a, 0)).toBe(12);
		expect(counts.reduce((s, [, c]) => s + c, 0)).toBe(11);
		await page.waitForFunction(
			() => (document.querySelector('[data-testid="accuracy-chart"]') as HTMLCanvasElement | null)?.style.width !== ''
		);
	});
});

describe('a weak choice from a case in the review', () => {
	it('asks the client’s line again, with the options and their quality once answered', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		const at = new Date(Date.now() - 60_000).toISOString();
		const card = {
			id: 'scenario:elderly-wang:intake.visit.c-2',
			kind: 'scenario',
			addedAt: at,
			lastResult: 'wrong',
			fsrs: { due: at, stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0 },
			scenario: {
				id: 'scenario:elderly-wang:intake.visit.c-2',
				scenarioId: 'elderly-wang',
				sourcePath: 'intake.visit.c-2',
				locale: 'zh-CN',
				clientLine: '刘啊，又来查啥？我好着呢，不用麻烦你们。',
				options: [
					{ text: '“阿姨，您一个人把家里收拾得这么好。”', quality: 'best' },
					{ text: '“您年纪大了，应该去养老院。”', quality: 'harmful' },
					{ text: '“我们就是来登记一下。”', quality: 'weak' }
				],
				answer: [0],
				chosen: 1
			}
		};
		await putRaw(page, 'quiz:deck', { v: 2, deck: JSON.stringify({ v: 1, cards: [card] }) });
		await page.goto(`${baseURL()}/en/quiz/review`);
		await page.locator('[data-question]').waitFor();
		const view = page.locator('[data-testid="item-view"]');
		expect(await view.innerText()).toContain('The client says:');
		expect(await view.locator('[lang="zh-CN"]').first().innerText()).toContain('我好着呢');
		await page.keyboard.press('1');
		await page.keyboard.press('Enter');
		await page.locator('[data-testid="explanation"][data-verdict="correct"]').waitFor();
		expect(await view.innerText()).toMatch(/Harmful · your choice in the case/);
		expect(errors).toEqual([]);
		await context.close();
	});
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
		await page.goto(`${baseURL()}/quiz/paper?seed=${SEED}&seconds=4`);
		await page.locator('[data-testid="start-paper"]').click();
		await page.locator('[data-testid="paper-item"]').waitFor();
		await pressAnswer(page, paper.items[0].answer);
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
		await page.waitForTimeout(1500);
		expect(await page.locator('[data-testid="timer"]').innerText()).toBe(shown);
		expect(await page.locator('[data-testid="item-view"]').count()).toBe(0);
		await page.locator('[data-testid="pause"]').click();
		await page.locator('[data-testid="item-view"]').waitFor();
		await context.close();
	});
});

describe('quiz pages', () => {
	/** axe-core on the page as it stands. */
	const axe = async (page: Page, label: string) => {
		const r = await new AxeBuilder({ page }).analyze();
		expect(r.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
	};

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

	it('are axe-clean: mock paper start, in progress, result, and the progress page', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/quiz/paper?seconds=600`);
		await page.locator('[data-testid="start-paper"]').waitFor();
		await axe(page, '/quiz/paper start');
		await page.locator('[data-testid="start-paper"]').click();
		await page.keyboard.press('a');
		await page.locator('[data-testid="flag-item"]').click();
		await axe(page, '/quiz/paper sitting');
		await page.locator('[data-testid="submit-paper"]').click();
		await page.locator('[data-testid="confirm-submit"]').click();
		await page.locator('[data-testid="paper-result"]').waitFor();
		await axe(page, '/quiz/paper result');
		await stored(page, hasPaper);
		await page.goto(`${baseURL()}/progress`);
		await page.locator('[data-testid="paper-history"]').waitFor();
		await page.waitForLoadState('networkidle');
		await axe(page, '/progress');
		await context.close();
	});

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
