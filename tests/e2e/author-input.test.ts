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
		await page.locator('[data-testid="contract-ok"]').waitFor();
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
		expect(await page.locator('[data-testid="check-status"]').innerText()).toBe('Passed: ready to play and save, with 1 suggestion(s).');
		await axe('en xss');
		await context.close();
	});
});
