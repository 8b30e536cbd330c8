import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { baseURL, choiceButton, keyFor, launch, newPage, waitForLive } from './browser.ts';
import { getRaw } from './idb.ts';
import { bestPath, compileFile } from '../../scripts/lib/stories.ts';
import { StoryEngine } from '../../src/lib/engine/story-engine.ts';

const ID = process.env.E2E_SCENARIO ?? 'elderly-wang';
const best = bestPath(`stories/${ID}/zh-CN.ink`);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('playing a case in Chromium', () => {
	it('shows the opening passage and first choices before any script runs', async () => {
		const { context, page } = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseURL()}/play/${ID}`);
		const buttons = await page.locator('button.choice').count();
		expect(buttons).toBeGreaterThanOrEqual(3);
		expect(await page.locator('[data-testid="story-log"]').innerText()).not.toBe('');
		await context.close();
	});

	it('plays to an ending by keyboard only, then shows the debrief with chart and transcript', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		for (let k = 0; k < best.choices.length; k++) {
			const before = await page.locator('div.turn').count();
			await page.keyboard.press(await keyFor(page, best.choices[k]));
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		await page.waitForSelector('#debrief-title');
		const total = Number(await page.locator('[data-testid="total-score"]').innerText());
		expect(total).toBeGreaterThanOrEqual(80);
		expect(await page.locator('[data-testid="debrief-transcript"] > li').count()).toBe(best.choices.length);
		expect(await page.locator('canvas[data-testid="technique-chart"]').count()).toBe(1);
		// chart.js has drawn: the canvas has a real size.
		await page.waitForFunction(() => {
			const c = document.querySelector('canvas[data-testid="technique-chart"]') as HTMLCanvasElement | null;
			return !!c && c.width > 0 && c.height > 0 && c.style.width !== '';
		});
		expect(errors).toEqual([]);

		// The home page now shows the attempt and its best score.
		await page.goto(`${baseURL()}/`);
		const stats = page.locator(`[data-testid="stats-${ID}"]`);
		await stats.waitFor();
		expect(await stats.innerText()).toContain(String(total));
		await context.close();
	});

	it('lays out where each option leads while the passage is read, and leaves nothing of it behind', async () => {
		const { context, page, errors } = await newPage(browser);
		// Record, from before the page runs, every passage drawn in the rehearsal stage.
		await page.addInitScript(() => {
			const w = window as unknown as { rehearsed: string[] };
			w.rehearsed = [];
			new MutationObserver((records) => {
				for (const r of records) {
					if (!(r.target instanceof HTMLElement) || r.target.dataset.testid !== 'rehearsal') continue;
					for (const n of r.addedNodes) if (n instanceof HTMLElement && n.matches('.log')) w.rehearsed.push(n.textContent ?? '');
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		const offered = await page.locator('button.choice').count();
		await page.waitForFunction((n) => (window as unknown as { rehearsed: string[] }).rehearsed.length >= n, offered);
		const rehearsed = await page.evaluate(() => (window as unknown as { rehearsed: string[] }).rehearsed);
		// Each rehearsal drew the option taken; together they drew every option.
		for (const text of await page.locator('button.choice .text').allInnerTexts())
			expect(rehearsed.some((r) => r.includes(text))).toBe(true);
		expect(await page.locator('[data-testid="rehearsal"] *').count()).toBe(0);
		expect(await page.locator('div.turn').count()).toBe(1);
		expect(await page.locator('button.choice').count()).toBe(offered);
		await page.keyboard.press(await keyFor(page, best.choices[0]));
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		expect(await page.locator('[data-testid="story-log"]').innerText()).toContain(best.texts[0]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('lands on the same line, choices and score after a reload in the middle', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		for (const c of best.choices.slice(0, 3)) {
			const before = await page.locator('div.turn').count();
			await choiceButton(page, c).click();
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		const log = await page.locator('[data-testid="story-log"]').innerText();
		const choices = await page.locator('button.choice').allInnerTexts();
		const score = await page.locator('[data-testid="score-so-far"]').innerText();
		await page.reload();
		await waitForLive(page);
		await page.waitForFunction((n) => document.querySelectorAll('div.turn').length === n, 4);
		expect(await page.locator('[data-testid="story-log"]').innerText()).toBe(log);
		expect(await page.locator('button.choice').allInnerTexts()).toEqual(choices);
		expect(await page.locator('[data-testid="score-so-far"]').innerText()).toBe(score);

		// The home page offers to resume it.
		await page.goto(`${baseURL()}/`);
		await page.locator(`[data-testid="resume-${ID}"]`).waitFor();
		await context.close();
	});

	it('withholds feedback in exam mode until the debrief', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		await page.getByLabel(/考试模式/).check();
		await page.keyboard.press(await keyFor(page, best.choices[0]));
		await page.locator('text=考试模式：点评将在复盘中显示。').waitFor();
		expect(await page.locator('div.feedback').count()).toBe(0);
		expect(await page.getByLabel(/练习模式/).isDisabled()).toBe(true);
		await context.close();
	});

	it('switches to English and remembers it', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/`);
		await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
		// Storage has answered (the home page shows what is due), so the switch is remembered, not only followed.
		await page.locator('[data-testid="home-due"]').waitFor();
		await page.locator('[data-testid="switch-language"]').click();
		await page.waitForURL(/\/en$/);
		await expect.poll(async () => ((await getRaw(page, 'settings')) as { locale?: string } | null)?.locale).toBe('en');
		expect(await page.locator('h1').innerText()).toBe('Casework Trainer');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		// The bare root follows the remembered language…
		await page.goto(`${baseURL()}/`);
		await page.waitForURL(/\/en$/);
		// …while any other address keeps the language it names: a Chinese link stays Chinese.
		await page.goto(`${baseURL()}/play/${ID}`);
		await page.locator('header[data-language-settled="true"]').waitFor();
		expect(new URL(page.url()).pathname).toBe(`/play/${ID}`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
		await page.goto(`${baseURL()}/en/play/${ID}`);
		await waitForLive(page);
		expect(await page.locator('.hint').innerText()).toMatch(/Choose your response/);
		await context.close();
	});

	it('fits a 360 px phone without sideways scrolling', async () => {
		const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		for (const path of ['/', `/play/${ID}`]) {
			await page.goto(`${baseURL()}${path}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});

describe('accessibility (axe-core)', () => {
	it('finds no violations on home, player and debrief, in both languages', async () => {
		const { context, page } = await newPage(browser);
		const check = async (path: string) => {
			await page.goto(`${baseURL()}${path}`);
			await page.waitForLoadState('networkidle');
			const r = await new AxeBuilder({ page }).analyze();
			expect(r.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		};
		await check('/');
		await page.goto(`${baseURL()}/play/${ID}`);
		await waitForLive(page);
		for (const c of best.choices) {
			const before = await page.locator('div.turn').count();
			await page.keyboard.press(await keyFor(page, c));
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		await page.waitForSelector('#debrief-title');
		const r = await new AxeBuilder({ page }).analyze();
		expect(r.violations.map((v) => `ended player: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		await check(`/play/${ID}/debrief`);
		await check(`/en/play/${ID}`);
		await check('/en');
		await context.close();
	});

	it.each(['', '/en'])(
		'finds no violations in the dark theme (%s), with a harmful choice rated and the learner’s own lines shown',
		async (prefix) => {
			const { context, page } = await newPage(browser, { colorScheme: 'dark' });
			const story = new StoryEngine(compileFile(`stories/${ID}/${prefix ? 'en' : 'zh-CN'}.ink`));
			// The first harmful option on the way along the best path.
			let passage = story.continue();
			const path: number[] = [];
			for (const c of best.choices) {
				const harmful = passage.choices.find((o) => o.tags.quality === 'harmful');
				if (harmful) {
					path.push(harmful.index);
					break;
				}
				path.push(c);
				passage = story.choose(c);
			}
			await page.goto(`${baseURL()}${prefix}/play/${ID}`);
			await waitForLive(page);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
			for (const c of path) {
				const before = await page.locator('div.turn').count();
				await page.keyboard.press(await keyFor(page, c));
				await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
			}
			await page.locator('.q-harmful').first().waitFor();
			const r = await new AxeBuilder({ page }).analyze();
			expect(r.violations.map((v) => `dark ${prefix}/play: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
			await context.close();
		}
	);
});
