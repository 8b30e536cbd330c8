import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { baseURL, choiceButton, keyFor, launch, newPage, waitForLive } from './browser.ts';
import { bestPath } from '../../scripts/lib/stories.ts';
import { getRaw } from './idb.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const root = (page: Page) =>
	page.evaluate(() => ({ ...document.documentElement.dataset, fontSize: getComputedStyle(document.documentElement).fontSize }));

/** Collects Content-Security-Policy violations: the early display script must be allowed by its hash. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { cspViolations: string[] };
		w.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

async function settled(page: Page) {
	await page.locator('fieldset:not([disabled]) input[name="theme"]').first().waitFor();
}

describe('settings page', () => {
	it('applies theme, text size and motion at once, and before first paint after a reload', async () => {
		// Requests the service worker answers would bypass the route below.
		const { context, page, errors } = await newPage(browser, { serviceWorkers: 'block' });
		const violations = await watchCsp(page);
		await page.goto(`${baseURL()}/settings`);
		await settled(page);
		expect(await root(page)).toMatchObject({ theme: 'light', textSize: 'medium', fontSize: '16px' });

		await page.getByLabel('深色').check();
		await page.getByLabel('特大').check();
		await page.getByLabel('尽量减少').check();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		expect(await root(page)).toMatchObject({ theme: 'dark', textSize: 'xlarge', motion: 'reduce', fontSize: '20px' });

		// The prerendered page carries none of this; the script in app.html must set it from the saved copy before the app starts.
		await page.route('**/_app/immutable/**/*.js', (route) => route.abort());
		await page.reload({ waitUntil: 'load' });
		// Not hydrated: the prerendered fieldsets wait for storage, disabled.
		expect(await page.locator('fieldset[disabled]').count()).toBeGreaterThan(0);
		expect(await root(page)).toMatchObject({ theme: 'dark', textSize: 'xlarge', motion: 'reduce', fontSize: '20px' });
		await page.unroute('**/_app/immutable/**/*.js');

		// Other pages follow too, and the settings survive in IndexedDB.
		await page.goto(`${baseURL()}/quiz`);
		await page.waitForLoadState('networkidle');
		expect(await root(page)).toMatchObject({ theme: 'dark', textSize: 'xlarge' });
		expect(await violations()).toEqual([]);
		expect(errors.filter((e) => !e.includes('Failed to fetch dynamically imported module'))).toEqual([]);
		await context.close();
	});

	it('follows the device while the theme is left on "same as device"', async () => {
		const { context, page } = await newPage(browser, { colorScheme: 'dark', reducedMotion: 'reduce' });
		await page.goto(`${baseURL()}/`);
		expect(await root(page)).toMatchObject({ theme: 'dark', motion: 'reduce' });
		await page.emulateMedia({ colorScheme: 'light' });
		await page.waitForLoadState('networkidle');
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
		await context.close();
	});

	it('has no axe violations in light or dark, in both languages', async () => {
		const { context, page } = await newPage(browser);
		for (const path of ['/settings', '/en/settings']) {
			await page.goto(`${baseURL()}${path}`);
			await settled(page);
			for (const scheme of ['light', 'dark'] as const) {
				await page.evaluate((s) => (document.documentElement.dataset.theme = s), scheme);
				const r = await new AxeBuilder({ page }).analyze();
				expect(r.violations.map((v) => `${path} ${scheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
			}
		}
		// A played case in dark mode: speakers' colours and the feedback must still contrast.
		await page.goto(`${baseURL()}/settings`);
		await settled(page);
		await page.getByLabel('深色').check();
		await page.goto(`${baseURL()}/play/noise-dispute`);
		await waitForLive(page);
		const best = bestPath('stories/noise-dispute/zh-CN.ink');
		for (const c of best.choices.slice(0, 4)) {
			const before = await page.locator('div.turn').count();
			await page.keyboard.press(await keyFor(page, c));
			await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
		}
		const r = await new AxeBuilder({ page }).analyze();
		expect(r.violations.map((v) => `dark player: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
		await context.close();
	});

	it('switches and remembers the language from the settings page', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/settings`);
		await settled(page);
		await page.getByLabel('English').check();
		await page.waitForURL(/\/en\/settings$/);
		await page.getByRole('heading', { name: 'Settings' }).waitFor();
		await page.goto(`${baseURL()}/`);
		await page.waitForURL(/\/en$/);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await context.close();
	});

	it('keeps an exam date and a daily goal: the home page counts down and follows the goal, after a reload too', async () => {
		const { context, page } = await newPage(browser);
		await page.clock.install({ time: new Date('2026-12-03T09:00:00') });
		await page.goto(`${baseURL()}/settings`);
		const plan = page.locator('[data-testid="plan-settings"]');
		await page.locator('[data-testid="plan-settings"]:not([disabled])').waitFor();
		await plan.locator('[data-testid="exam-date"]').fill('2026-12-13');
		await plan.locator('[data-testid="daily-items"]').fill('5');
		await plan.locator('[data-testid="daily-items"]').press('Tab');
		await plan.locator('[data-testid="daily-case"]').check();
		await expect
			.poll(async () => ((await getRaw(page, 'settings')) as { plan?: unknown } | null)?.plan)
			.toEqual({ examDate: '2026-12-13', dailyItems: 5, dailyCase: true });
		await page.reload();
		await page.locator('[data-testid="plan-settings"]:not([disabled])').waitFor();
		expect(await plan.locator('[data-testid="exam-date"]').inputValue()).toBe('2026-12-13');
		await page.goto(`${baseURL()}/`);
		expect(await page.locator('[data-testid="exam-countdown"]').innerText()).toBe('距离考试还有 10 天');
		expect(await page.locator('[data-testid="daily-goal"]').innerText()).toContain('今天已答 0 / 5 题');
		expect(await page.locator('[data-testid="daily-goal"]').innerText()).toContain('还没做');
		const r = await new AxeBuilder({ page }).analyze();
		expect(r.violations.map((v) => v.id)).toEqual([]);
		await context.close();
	});

	it('shows whether storage is persistent', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/en/settings`);
		const status = page.getByTestId('persistence');
		await status.waitFor();
		const state = await status.getAttribute('data-state');
		const persisted = await page.evaluate(() => navigator.storage.persisted());
		expect(state).toBe(persisted ? 'persisted' : 'not-persisted');
		await context.close();
	});
});

describe('undo and paced reveal in the player', () => {
	const best = bestPath('stories/elderly-wang/zh-CN.ink');

	async function choose(page: Page, key: string) {
		const before = await page.locator('div.turn').count();
		await page.keyboard.press(key);
		await page.waitForFunction((n) => document.querySelectorAll('div.turn').length > n, before);
	}

	it('undoes a choice in practice mode, keeps it through a reload and shows it in the debrief', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(page);
		const wrong = best.choices[0] === 0 ? 1 : 0;
		const wrongText = await choiceButton(page, wrong).locator('.text').innerText();
		await choose(page, await keyFor(page, wrong));
		await page.getByTestId('undo').click();
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 1);
		await expect.poll(() => page.getByTestId('player-status').innerText()).toBe('已撤回，重新选择吧。');
		// The mode stays fixed once something was done.
		expect(await page.locator('fieldset.mode').getAttribute('disabled')).not.toBeNull();
		await page.reload();
		await waitForLive(page);
		for (const c of best.choices) await choose(page, await keyFor(page, c));
		await page.waitForSelector('#debrief-title');
		const withdrawn = page.getByTestId('withdrawn');
		expect(await withdrawn.count()).toBe(1);
		// textContent: on a phone the transcript is closed, and a closed disclosure has no rendered text.
		expect(await withdrawn.textContent()).toContain(wrongText);
		await page.goto(`${baseURL()}/play/elderly-wang/debrief`);
		// In the transcript, which a phone shows closed.
		await page.getByTestId('withdrawn').waitFor({ state: 'attached' });
		expect(await page.getByTestId('withdrawn').textContent()).toContain(wrongText);
		await context.close();
	}, 120_000);

	it('offers no undo in exam mode, nor when the learner turned it off', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		await page.getByLabel(/考试模式/).check();
		await choose(page, '1');
		expect(await page.getByTestId('undo').count()).toBe(0);
		await page.getByRole('button', { name: '重新开始' }).click();
		await page.goto(`${baseURL()}/settings`);
		await settled(page);
		await page.getByLabel('允许撤回上一个选择').uncheck();
		await page.goto(`${baseURL()}/play/truant-li`);
		await waitForLive(page);
		await choose(page, '1');
		expect(await page.getByTestId('undo').count()).toBe(0);
		await context.close();
	});

	it('reveals a passage line by line when paced, and Space shows the rest', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/settings`);
		await settled(page);
		await page.getByLabel(/逐句出现/).check();
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(page);
		await choose(page, await keyFor(page, best.choices[0]));
		const lines = page.locator('div.turn').last().locator('.speech, .narration');
		expect(await lines.count()).toBe(1);
		expect(await page.locator('button.choice').count()).toBe(0);
		await page.keyboard.press(' ');
		await page.locator('button.choice').first().waitFor();
		expect(await lines.count()).toBeGreaterThan(1);
		// Left alone, the lines keep coming until the choices appear.
		await choose(page, await keyFor(page, best.choices[1]));
		await page.locator('button.choice').first().waitFor({ timeout: 20_000 });
		await context.close();
	}, 60_000);
});
