import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/lib/engine/compile.ts';
import { scoreRun } from '../../src/lib/scoring/index.ts';
import { newPage, waitForLive } from './browser.ts';
import { FIXTURES, dumpStore, fixture, openAuthor, pasteAndCheck, settled, useBrowser } from './author.helpers.ts';

const browser = useBrowser();

describe('the authoring page', () => {
	it('lists a compile error with its line number and the offending line, as text', async () => {
		const { context, page, errors } = await newPage(browser());
		await openAuthor(page);
		// Keyboard: type into the editor and check with Ctrl+Enter.
		await page.locator('[data-testid="ink-source"]').fill(fixture('broken'));
		await page.locator('[data-testid="ink-source"]').press('Control+Enter');
		const list = page.locator('[data-testid="compile-errors"]');
		await list.waitFor();
		expect(await page.locator('[data-testid="check-status"]').innerText()).toBe('编译失败：1 个错误。');
		expect(await page.locator('[data-testid="check-status"]').getAttribute('aria-live')).toBe('polite');
		expect(await list.locator('li').count()).toBe(1);
		expect(await list.innerText()).toContain('第 12 行');
		expect(await list.innerText()).toContain("Divert target not found: '-> assesment'");
		expect(await list.locator('[data-testid="error-source"]').innerText()).toBe('  -> assesment');
		// Nothing to play or save.
		expect(await page.locator('[data-testid="save"]').count()).toBe(0);
		expect(await page.locator('[data-testid="author-player"]').count()).toBe(0);

		// The line number selects that line in the editor.
		await list.getByRole('button', { name: '第 12 行' }).click();
		const selected = await page.evaluate(() => {
			const t = document.activeElement as HTMLTextAreaElement;
			return t.value.slice(t.selectionStart, t.selectionEnd);
		});
		expect(selected).toBe('  -> assesment');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows an XSS story literally: no dialog, no injected element', async () => {
		const { context, page, errors } = await newPage(browser());
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		await openAuthor(page);
		await page.locator('[data-testid="ink-file"]').setInputFiles(`${FIXTURES}/xss.ink`);
		await page.locator('[data-testid="story-stats"]').waitFor();
		await waitForLive(page);

		expect(await page.locator('[data-testid="check-status"]').innerText()).toContain('已载入文件“xss.ink”');
		const issues = page.locator('[data-testid="contract-issues"]');
		expect(await issues.innerText()).toContain('Choice "<svg onload=alert(\'svg\')></svg>" is not followed by a #feedback line');
		expect(await issues.innerText()).toContain("+ [<svg onload=alert('svg')></svg> #phase:intake #quality:weak]");

		const log = page.locator('[data-testid="story-log"]');
		expect(await log.innerText()).toContain("<script>alert('line')</script>");
		expect(await log.innerText()).toContain(`<img src=x onerror=alert('img')> and a link <a href="javascript:alert('link')">click me</a>`);
		expect(await log.innerText()).toContain("<img src=x onerror=alert('cast')>");
		const first = page.locator('button.choice').first();
		expect(await first.innerText()).toContain("<b onmouseover=alert('choice')>Say hello</b> javascript:alert('choice')");
		await first.hover();
		await first.click();
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		expect(await log.innerText()).toContain("<img src=x onerror=alert('feedback')>");
		expect(await log.innerText()).toContain(`<iframe src="javascript:alert('iframe')"></iframe>`);
		await page.locator('button.choice').first().click();
		await page.locator('[data-testid="story-ended"]').waitFor();
		expect(await log.innerText()).toContain("<script>document.title='pwned'</script>");

		// Saved under its title, which is shown literally too.
		await page.locator('[data-testid="save"]').click();
		await page.locator('[data-testid="saved-stories"] li').waitFor();
		expect(await page.locator('[data-testid="saved-stories"]').innerText()).toContain("<img src=x onerror=alert('title')> XSS 测试");

		// Give any injected handler the chance to fire before looking.
		await settled(page);
		const injected = await page.evaluate(
			() =>
				document.querySelectorAll(
					'main img, main script, main iframe, main svg, main b, [onerror], [onload], [onmouseover], a[href^="javascript:"], iframe[src^="javascript:"]'
				).length
		);
		expect(injected).toBe(0);
		expect(dialogs).toEqual([]);
		expect(await page.title()).not.toBe('pwned');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('checks a valid story, warns that its best path breaks the order, plays it to an ending, saves it, and still lists it after a reload', async () => {
		const { context, page, errors } = await newPage(browser());
		await openAuthor(page);
		await pasteAndCheck(page, fixture('valid'));
		expect(await page.locator('[data-testid="check-status"]').innerText()).toBe('检查通过，可以试玩和保存；另有 2 条建议。');
		// Item 7: the best option at every decision closes with no evaluation and no follow-up; the page says so, by decision.
		const best = page.locator('[data-group="best-path-order"]');
		expect(await best.locator('summary').innerText()).toMatch(/最佳路径本身有顺序错误\s*2 条/);
		expect(await best.innerText()).toContain('Decision 4 on the best path');
		expect(await best.innerText()).toContain('closes the case with no evaluation choice before it');
		expect(await best.getByRole('button', { name: '第 52 行' }).count()).toBe(2);
		const stats = await page.locator('[data-testid="story-stats"]').innerText();
		expect(stats).toContain('1–4');
		for (const ending of ['dropped-out', 'premature-close', 'well-closed']) expect(stats).toContain(ending);
		expect(stats).toMatch(/用得好的技巧\s+倾听、同理、摘要、建议/);
		expect(stats).toMatch(/被误用的技巧\s+鼓励、澄清、忠告/);

		// Play the best path by keyboard (the first option every time; focus is outside the editor).
		await waitForLive(page);
		for (let k = 1; k <= 4; k++) {
			await page.keyboard.press('1');
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, k);
		}
		await page.locator('[data-testid="story-ended"]').waitFor();
		expect(await page.locator('[data-testid="story-ended"]').innerText()).toContain('圆满结案并安排跟进');
		await page.locator('#debrief-title').waitFor();
		// Scored exactly as the app scores any story: the same total the scorer gives in Node.
		const validJson = compileInk(fixture('valid'), 'valid.ink').json!;
		expect(Number(await page.locator('[data-testid="total-score"]').innerText())).toBe(scoreRun(validJson, [0, 0, 0, 0]).total);

		// Save: the key carries the same version hash a built-in story would get.
		const hash = createHash('sha256').update(validJson).digest('hex').slice(0, 16);
		await page.locator('[data-testid="save"]').click();
		await page.locator('[data-testid="saved-stories"] li').waitFor();
		expect(await page.locator('[data-testid="save-status"]').innerText()).toBe(`已保存“失业的陈先生”（版本 ${hash}）。`);
		const stored = JSON.parse(await dumpStore(page));
		// The test play went to memory: no run or attempt in the learner's progress.
		expect(Object.keys(stored)).toEqual([`instructor:story:${hash}`]);
		expect(stored[`instructor:story:${hash}`]).toMatchObject({ id: `custom-${hash}`, title: '失业的陈先生', locale: 'zh-CN', hash });

		await page.reload();
		await openAuthor(page);
		const saved = page.locator('[data-testid="saved-stories"] li');
		expect(await saved.count()).toBe(1);
		expect(await saved.innerText()).toContain('失业的陈先生');
		expect(await saved.innerText()).toContain(hash);

		// Reopen it in the editor; then delete it, with confirmation.
		await saved.getByRole('button', { name: /打开/ }).click();
		await page.locator('[data-testid="saved-status"]', { hasText: '已打开' }).waitFor();
		await page.locator('[data-group="best-path-order"]').waitFor();
		expect(await page.locator('[data-testid="ink-source"]').inputValue()).toBe(fixture('valid'));
		await saved.getByRole('button', { name: /删除/ }).click();
		await page.getByRole('button', { name: '确定删除' }).click();
		await page.locator('[data-testid="saved-empty"]').waitFor();
		expect(await dumpStore(page)).toBe('{}');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('refuses a looping story within seconds, naming the knot and its line', async () => {
		const { context, page, errors } = await newPage(browser());
		await openAuthor(page);
		const t0 = Date.now();
		await pasteAndCheck(page, fixture('loop'));
		// The step limit stops the loop in about a second; the rest is the compiler's first load on a busy machine.
		expect(Date.now() - t0).toBeLessThan(30_000);
		expect(await page.locator('[data-testid="check-status"]').innerText()).toBe('已编译，但有 1 个必须修改的问题，暂时不能保存。');
		const loop = page.locator('[data-group="loop"]');
		expect(await loop.locator('summary').innerText()).toMatch(/必须修改\s*故事陷入死循环\s*1 条/);
		expect(await loop.innerText()).toContain('the story runs in a circle in "loop"');
		expect(await loop.innerText()).toContain('位于 loop');
		await loop.getByRole('button', { name: '第 6 行' }).click();
		const selected = await page.evaluate(() => {
			const t = document.activeElement as HTMLTextAreaElement;
			return t.value.slice(t.selectionStart, t.selectionEnd);
		});
		expect(selected).toBe('=== loop ===');
		// Not offered for play or saving.
		expect(await page.locator('[data-testid="author-player"]').count()).toBe(0);
		expect(await page.locator('[data-testid="save"]').isDisabled()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('groups many issues by kind and knot, collapsed, and points a repeated line at its own line number', async () => {
		const { context, page, errors } = await newPage(browser());
		await openAuthor(page);
		await pasteAndCheck(page, fixture('repeated'));
		const groups = page.locator('[data-testid="issue-group"]');
		expect(await groups.evaluateAll((els) => els.map((e) => [e.getAttribute('data-group'), (e as HTMLDetailsElement).open]))).toEqual([
			['missing-quality', false],
			['no-feedback', false]
		]);
		expect(await groups.nth(1).locator('> summary').innerText()).toMatch(/建议修改\s*选项后没有 #feedback 点评\s*12 条/);
		// Collapsed: the rows take no room until a group is opened.
		expect(await page.locator('li.problem').first().isVisible()).toBe(false);

		const missing = groups.nth(0);
		await missing.locator('> summary').click();
		// The choice text is the same in all twelve knots; the one without #quality is in k3, on line 20 (the text's first line is 8).
		expect(await missing.innerText()).toContain('位于 k3');
		await missing.getByRole('button', { name: '第 20 行' }).click();
		const selected = await page.evaluate(() => {
			const t = document.activeElement as HTMLTextAreaElement;
			return t.value.slice(t.selectionStart, t.selectionEnd);
		});
		expect(selected).toBe('+ [“您愿意多说一些吗？” #technique:listening #phase:intake]');
		expect(errors).toEqual([]);
		await context.close();
	});
});
