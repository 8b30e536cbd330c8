import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { baseURL, launch, newPage } from './browser.ts';
import { getRaw, putRaw } from './idb.ts';
import { attempt } from './corruption-records.ts';
import { KEY } from '../../src/lib/progress/keys.ts';

/** The client build's manifest, written next to the build the tests serve: it names each source's hashed file. */
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
const fileOf = (source: string) => {
	const key = Object.keys(manifest).find((k) => k.endsWith(source));
	if (!key) throw new Error(`${source} is not in the client build`);
	return `/${manifest[key].file}`;
};
const KIT_CLIENT = fileOf('@sveltejs/kit/src/runtime/client/entry.js');
const LOCALFORAGE = fileOf('localforage/dist/localforage.js');
const ISLAND = fileOf('src/lib/islands/home.ts');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('the home page', () => {
	it("works without SvelteKit's client and loads localforage only to save the language chosen with the keyboard", async () => {
		const { context, page, errors } = await newPage(browser);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
		// The island has read storage: every case shows its record, and the quiz its reviews.
		await page.locator('[data-testid="stats-elderly-wang"]').waitFor();
		await page.locator('[data-testid="home-due"]').waitFor();
		expect(requested).toContain(ISLAND);
		expect(requested).not.toContain(KIT_CLIENT);
		expect(requested).not.toContain(LOCALFORAGE);

		await page.locator('[data-testid="switch-language"]').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/en$/);
		expect(requested).toContain(LOCALFORAGE);
		expect(((await getRaw(page, 'settings')) as { locale?: string } | null)?.locale).toBe('en');
		await page.locator('[data-testid="stats-elderly-wang"]', { hasText: 'Not completed yet' }).waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows the exam-mode best apart from the practice best, which undo can raise', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/`, { waitUntil: 'networkidle' });
		await putRaw(page, KEY.attempt('e1'), { ...attempt('e1', 'elderly-wang', 64), mode: 'exam' });
		await putRaw(page, KEY.attempt('p1'), attempt('p1', 'elderly-wang', 96));
		await putRaw(page, KEY.attempt('p2'), attempt('p2', 'truant-li', 90));
		await page.reload({ waitUntil: 'networkidle' });
		const stats = (id: string) => page.locator(`[data-testid="stats-${id}"]`);
		await stats('elderly-wang').waitFor();
		expect(await stats('elderly-wang').innerText()).toMatch(/考试模式最高分：64[\s\S]*练习最高分：96[\s\S]*已完成 2 次/);
		expect(await stats('truant-li').innerText()).toMatch(/尚无考试模式成绩[\s\S]*练习最高分：90/);
		expect(await stats('truant-li').innerText()).not.toContain('考试模式最高分');
		await context.close();
	});

	it('filters cases by any of the twelve skills, matching every technique a case uses, from "all" by default', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/`);
		const filter = page.locator('[data-testid="skill-filter"]');
		await filter.waitFor();
		expect(await filter.locator('option').first().innerText()).toBe('全部技巧');
		const options = await filter.locator('option').allInnerTexts();
		expect(options).toHaveLength(13);
		expect(options).toContain('自我披露');
		await filter.selectOption('listening');
		await page.locator('[data-testid="scenario-truant-li"]').waitFor();
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each([
		['/no-such-page', '找不到这个页面'],
		['/en/no-such-page', 'No such page']
	])('an unknown address (%s) says so in its own language only', async (path, title) => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}${path}`);
		await page.locator('h1', { hasText: title }).waitFor();
		expect(await page.locator('main').innerText()).not.toContain('Not Found');
		await context.close();
	});

	it('typed with a trailing slash, /en/ arrives at /en with its styles', async () => {
		const { context, page, errors } = await newPage(browser);
		await page.goto(`${baseURL()}/en/`, { waitUntil: 'networkidle' });
		expect(new URL(page.url()).pathname).toBe('/en');
		await page.locator('[data-testid="stats-elderly-wang"]').waitFor();
		// The site's own font stack, not the browser's default serif: the stylesheets loaded.
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
		expect(errors).toEqual([]);
		await context.close();
	});

	it.each(['/quiz/', '/en/quiz/', '/play/elderly-wang/'])(
		'typed with a trailing slash, %s arrives at the page with its styles',
		async (path) => {
			const { context, page, errors } = await newPage(browser);
			const failed: string[] = [];
			page.on('response', (r) => {
				if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
			});
			await page.goto(`${baseURL()}${path}`, { waitUntil: 'networkidle' });
			expect(new URL(page.url()).pathname).toBe(path.replace(/\/$/, ''));
			expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/);
			expect(failed).toEqual([]);
			expect(errors).toEqual([]);
			await context.close();
		}
	);

	it('keeps keyboard focus where it was when its script replaces the prerendered markup', async () => {
		const { context, page } = await newPage(browser);
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(`**${ISLAND}`, async (route) => {
			await held;
			await route.continue();
		});
		// Module scripts hold up DOMContentLoaded: wait for the markup instead.
		await page.goto(`${baseURL()}/`, { waitUntil: 'commit' });
		await page.locator('[data-testid="scenario-noise-dispute"]').waitFor();
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
		const before = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			el.dataset.prerendered = 'yes';
			return el.textContent;
		});
		expect(before).toBeTruthy();
		release();
		await page.locator('[data-testid="stats-elderly-wang"]').waitFor();
		// A new element (the island mounted its own), with the same text, has the focus.
		expect(
			await page.evaluate(() => [document.activeElement?.textContent, (document.activeElement as HTMLElement).dataset.prerendered])
		).toEqual([before, undefined]);
		await context.close();
	});

	it("reached by SvelteKit's client from another page, is rendered by it, without its island", async () => {
		const { context, page, errors } = await newPage(browser);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(`${baseURL()}/progress`, { waitUntil: 'networkidle' });
		await page.locator('a.brand').click();
		await page.waitForURL(`${baseURL()}/`);
		await page.locator('[data-testid="stats-elderly-wang"]').waitFor();
		await page.getByRole('link', { name: '自学题库' }).first().click();
		await page.waitForURL(/\/quiz$/);
		// The top of the site is still the layout's, and follows the page.
		expect(await page.getByTestId('switch-language').getAttribute('href')).toBe('/en/quiz');
		expect(requested).not.toContain(ISLAND);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('a desktop layout', () => {
	it('sets the cases side by side and the progress sections two by two at 1280 px, one column on a phone', async () => {
		const { context, page } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
		const columns = (selector: string) =>
			page.locator(selector).evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="stats-elderly-wang"]').waitFor();
		expect(await columns('[data-testid^="scenario-"]')).toBe(3);
		// The header's name lines up with the page's own heading.
		const left = (s: string) => page.locator(s).evaluate((e) => Math.round(e.getBoundingClientRect().left));
		expect(Math.abs((await left('header .brand')) - (await left('main h1')))).toBeLessThanOrEqual(1);
		await page.goto(`${baseURL()}/progress`);
		await page.locator('main section').first().waitFor();
		expect(await columns('main > section')).toBe(2);
		await page.setViewportSize({ width: 360, height: 740 });
		expect(await columns('main > section')).toBe(1);
		await page.goto(`${baseURL()}/`);
		await page.locator('[data-testid="stats-elderly-wang"]').waitFor();
		expect(await columns('[data-testid^="scenario-"]')).toBe(1);
		await context.close();
	});
});
