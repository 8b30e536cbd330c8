import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { compileInk } from '../../src/lib/engine/compile.ts';
import { LIMITS } from '../../src/lib/instructor/limits.ts';
import { scoreRun } from '../../src/lib/scoring/index.ts';
import { baseURL, launch, newPage, waitForLive } from './browser.ts';

const FIXTURES = 'tests/fixtures/author';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}.ink`, 'utf8');
const AUTHOR = '/instructor/author';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Opens the authoring page and waits until it is hydrated and has read the saved list. */
async function openAuthor(page: Page, path = AUTHOR) {
	await page.goto(`${baseURL()}${path}`);
	await page.waitForSelector('main[data-hydrated="true"]');
	await page.waitForSelector('[data-testid="saved-empty"], [data-testid="saved-stories"]');
}

async function pasteAndCheck(page: Page, source: string) {
	await page.locator('[data-testid="ink-source"]').fill(source);
	await page.locator('[data-testid="check"]').click();
	await page.waitForFunction(() => {
		const s = document.querySelector('[data-testid="check-status"]')?.textContent ?? '';
		return !/正在编译|Compiling/.test(s) && !/尚未检查|Not checked/.test(s);
	});
}

/** Everything in the app's IndexedDB store, as JSON, to prove that nothing changed. */
function dumpStore(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('casework-trainer');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('progress')) return resolve('{}');
					const store = db.transaction('progress').objectStore('progress');
					const keys = store.getAllKeys();
					const values = store.getAll();
					values.onsuccess = () => {
						const out: Record<string, unknown> = {};
						keys.result.forEach((k, i) => {
							if (k !== 'settings') out[String(k)] = values.result[i];
						});
						db.close();
						resolve(JSON.stringify(out));
					};
				};
			})
	);
}

/** Files in build/ that hold the ink compiler, by strings only the compiler has. */
function compilerFiles(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(js|html)$/.test(entry.name) && /InkParser|Compilation failed/.test(readFileSync(path, 'utf8')))
				out.push(`/${relative('build', path)}`);
		}
	};
	walk('build');
	return out;
}

describe('the ink compiler is a lazy chunk of the authoring page only', () => {
	it('is never requested by the home or player pages, and only on demand by the authoring page', async () => {
		const files = compilerFiles();
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) expect(f).toMatch(/^\/_app\/immutable\/.+\.js$/);

		const { context, page } = await newPage(browser);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		const compilerRequests = () => requested.filter((p) => files.includes(p));

		for (const path of ['/', '/en', '/play/elderly-wang', '/en/play/elderly-wang']) {
			await page.goto(`${baseURL()}${path}`);
			await page.waitForLoadState('networkidle');
			if (path.includes('/play/')) {
				// Load the story chunk too, by making a choice.
				await waitForLive(page);
				await page.locator('button.choice').first().click();
				await page.waitForFunction(() => document.querySelectorAll('div.turn').length > 1);
				await page.waitForLoadState('networkidle');
			}
			expect(compilerRequests(), path).toEqual([]);
			const html = await (await page.request.get(`${baseURL()}${path}`)).text();
			for (const f of files) expect(html, path).not.toContain(f.split('/').pop());
		}
		expect(requested.length).toBeGreaterThan(10);

		// The authoring page fetches it only when a story is first checked.
		await openAuthor(page);
		await page.waitForLoadState('networkidle');
		expect(compilerRequests()).toEqual([]);
		await pasteAndCheck(page, fixture('valid'));
		expect(compilerRequests().length).toBeGreaterThan(0);
		await context.close();
	});
});

describe('the authoring page', () => {
	it('lists a compile error with its line number and the offending line, as text', async () => {
		const { context, page, errors } = await newPage(browser);
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
		const { context, page, errors } = await newPage(browser);
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
		await page.waitForTimeout(500);
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

	it('checks a valid story clean, plays it to an ending, saves it, and still lists it after a reload', async () => {
		const { context, page, errors } = await newPage(browser);
		await openAuthor(page);
		await pasteAndCheck(page, fixture('valid'));
		expect(await page.locator('[data-testid="check-status"]').innerText()).toBe('检查通过，可以试玩和保存。');
		expect(await page.locator('[data-testid="contract-issues"] li').count()).toBe(0);
		expect(await page.locator('[data-testid="contract-ok"]').innerText()).toBe('没有发现问题。');
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
		await page.locator('[data-testid="contract-ok"]').waitFor();
		expect(await page.locator('[data-testid="ink-source"]').inputValue()).toBe(fixture('valid'));
		await saved.getByRole('button', { name: /删除/ }).click();
		await page.getByRole('button', { name: '确定删除' }).click();
		await page.locator('[data-testid="saved-empty"]').waitFor();
		expect(await dumpStore(page)).toBe('{}');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('refuses an oversized, binary or empty file (picked or dropped) with a clear message and changes nothing', async () => {
		const { context, page, errors } = await newPage(browser);
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
		const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
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
