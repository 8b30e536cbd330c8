import { describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { LIMITS } from '../../src/lib/instructor/limits.ts';
import { newPage, waitForLive } from './browser.ts';
import { AUTHOR, dumpStore, fixture, openAuthor, pasteAndCheck, useBrowser } from './author.helpers.ts';

const browser = useBrowser();

describe('the authoring page', () => {
	it('refuses an oversized, binary or empty file (picked or dropped) with a clear message and changes nothing', async () => {
		const { context, page, errors } = await newPage(browser());
		await openAuthor(page);
		await pasteAndCheck(page, fixture('valid'));
		await page.locator('[data-testid="save"]').click();
		await page.locator('[data-testid="saved-stories"] li').waitFor();
		const before = await dumpStore(page);
		const status = page.locator('[data-testid="check-status"]');
		const editor = page.locator('[data-testid="ink-source"]');

		const expectRefused = async (message: RegExp) => {
			await page.waitForFunction(
				(re) => new RegExp(re).test(document.querySelector('[data-testid="check-status"]')?.textContent ?? ''),
				message.source
			);
			expect(await status.innerText()).toContain('已保存的内容没有任何改动');
			expect(await editor.inputValue()).toBe(fixture('valid'));
			expect(await page.locator('[data-testid="saved-stories"] li').count()).toBe(1);
			expect(await dumpStore(page)).toBe(before);
		};

		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		await page
			.locator('[data-testid="ink-file"]')
			.setInputFiles({ name: 'huge.ink', mimeType: 'text/plain', buffer: Buffer.alloc(LIMITS.inkBytes + 1, 'a') });
		await expectRefused(/文件“huge\.ink”太大：501 KB，上限是 500 KB/);
		await page.locator('[data-testid="ink-file"]').setInputFiles({ name: 'picture.ink', mimeType: 'image/png', buffer: png });
		await expectRefused(/文件“picture\.ink”不是文本文件/);
		await page.locator('[data-testid="ink-file"]').setInputFiles({ name: 'empty.ink', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
		await expectRefused(/文件“empty\.ink”是空的/);

		// The same by drag and drop.
		const drop = async (files: { name: string; bytes: number[] }[]) => {
			const transfer = await page.evaluateHandle((files) => {
				const dt = new DataTransfer();
				for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name));
				return dt;
			}, files);
			await page.dispatchEvent('[data-testid="drop-zone"]', 'dragover', { dataTransfer: transfer });
			await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer: transfer });
		};
		await drop([{ name: 'dropped.png', bytes: [...png] }]);
		await expectRefused(/文件“dropped\.png”不是文本文件/);
		await drop([
			{ name: 'a.ink', bytes: [0x61] },
			{ name: 'b.ink', bytes: [0x62] }
		]);
		await expectRefused(/一次只能载入一个文件/);

		// An empty paste.
		await editor.fill('  \n ');
		await page.locator('[data-testid="check"]').click();
		await page.waitForFunction(() =>
			/文本框中的内容是空的/.test(document.querySelector('[data-testid="check-status"]')?.textContent ?? '')
		);
		expect(await dumpStore(page)).toBe(before);

		// A good file dropped is loaded and checked.
		await drop([{ name: 'valid.ink', bytes: [...Buffer.from(fixture('valid'))] }]);
		await page.locator('[data-testid="story-stats"]').waitFor();
		expect(await status.innerText()).toContain('已载入文件“valid.ink”');
		expect(await editor.inputValue()).toBe(fixture('valid'));
		expect(errors).toEqual([]);
		await context.close();
	});

	it('fits a 360 px phone and passes axe in both languages, before and after a check', async () => {
		const { context, page } = await newPage(browser(), { viewport: { width: 360, height: 740 } });
		const axe = async (label: string) => {
			const r = await new AxeBuilder({ page }).analyze();
			expect(r.violations.map((v) => `${label}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, label).toBeLessThanOrEqual(0);
		};
		await openAuthor(page);
		await axe('zh empty');
		await pasteAndCheck(page, fixture('broken'));
		await axe('zh broken');
		await pasteAndCheck(page, fixture('valid'));
		await waitForLive(page);
		await axe('zh valid');

		await openAuthor(page, `/en${AUTHOR}`);
		expect(await page.locator('h1').innerText()).toBe('Write a case');
		await pasteAndCheck(page, fixture('xss'));
		await waitForLive(page);
		expect(await page.locator('[data-testid="check-status"]').innerText()).toBe('Passed: ready to play and save, with 3 suggestions.');
		await axe('en xss');
		await context.close();
	});

	it('reports progress while checking, then stops at the time limit with what it found, and the story can be saved', async () => {
		const { context, page, errors } = await newPage(browser());
		// Test hook: a 4 s limit instead of 18 s.
		await openAuthor(page, `${AUTHOR}?checkSeconds=4`);
		await page.locator('[data-testid="ink-source"]').fill(fixture('endless'));
		await page.locator('[data-testid="check"]').click();
		const status = page.locator('[data-testid="check-status"]');
		await page.waitForFunction(() =>
			/正在检查所有路径：已检查 \d+ 个状态，找到 \d+ 个决定/.test(document.querySelector('[data-testid="check-status"]')?.textContent ?? '')
		);
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await page.waitForFunction(
			() => /时间上限/.test(document.querySelector('[data-testid="check-status"]')?.textContent ?? ''),
			undefined,
			{
				timeout: 60_000
			}
		);
		expect(await status.innerText()).toMatch(/^检查到了 4 秒的时间上限，已停止：检查了 \d+ 个状态，并非每条路径都检查过。/);
		expect(await page.locator('[data-group="time-limit"]').count()).toBe(1);
		// Figures from sampled playthroughs, said to be sampled, instead of "0–0, none".
		expect(await page.locator('[data-testid="stats-sampled"]').innerText()).toMatch(/\d+ 次随机试玩/);
		const stats = await page.locator('[data-testid="story-stats"]').innerText();
		expect(stats).toContain('dropped-out');
		expect(stats).not.toMatch(/决定数\s+0–0/);
		expect(await page.locator('[data-testid="save"]').isEnabled()).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('saves and plays a story without our tags as an unscored story', async () => {
		const { context, page, errors } = await newPage(browser());
		await openAuthor(page);
		await pasteAndCheck(page, fixture('untagged'));
		await waitForLive(page);
		expect(await page.locator('[data-testid="check-status"]').innerText()).toBe('检查通过，可以试玩和保存；另有 2 条建议。');
		expect(await page.locator('[data-group="unscored"] summary').innerText()).toMatch(/提示\s*不计分的故事/);
		const player = page.locator('[data-testid="author-player"]');
		expect(await player.locator('[data-testid="unscored"]').innerText()).toContain('不计分');
		expect(await player.getByRole('radio').count()).toBe(0);
		await player.getByRole('button', { name: /推门进去/ }).click();
		await player.locator('[data-testid="story-ended"]').waitFor();
		expect(await player.innerText()).toContain('屋里很暗');
		// No score, no ratings.
		expect(await page.locator('#debrief-title').count()).toBe(0);
		expect(await page.locator('[data-testid="total-score"]').count()).toBe(0);
		expect(await player.locator('.feedback').count()).toBe(0);

		await page.locator('[data-testid="save"]').click();
		await page.locator('[data-testid="saved-stories"] li').waitFor();
		expect(await page.locator('[data-testid="saved-stories"]').innerText()).toContain('没有标签的小故事');
		expect(errors).toEqual([]);
		await context.close();
	});
});
