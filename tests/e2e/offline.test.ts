import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, newPage, waitForLive } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Waits until the service worker controls the page (it takes over on first install). */
async function controlled(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
	});
}

describe('offline and installable', () => {
	it('after one visit every route works offline: home, a new case, a debrief page, English', async () => {
		const { context, page, errors } = await newPage(browser);
		const refused: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
		});
		await page.goto(`${baseURL()}/`);
		await controlled(page);
		await context.setOffline(true);

		await page.reload();
		await page.locator('h1').waitFor();
		// A case never opened before starts offline, by client-side navigation…
		await page.locator('a[href="/play/truant-li"]').first().click();
		await waitForLive(page);
		await page.keyboard.press('1');
		await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		// …and by a full page load.
		await page.goto(`${baseURL()}/en/play/noise-dispute`);
		await waitForLive(page);
		await page.goto(`${baseURL()}/play/elderly-wang/debrief`);
		await page.locator('main h1').waitFor();
		// A quiz round works offline too: the bank is part of the precached build.
		await page.goto(`${baseURL()}/quiz`);
		await page.waitForFunction(() => document.querySelector('[data-testid="hub-due"]')?.textContent?.includes('0 题'));
		await page.getByLabel(/个案记录/).check();
		await page.locator('[data-testid="start-practice"]').click();
		await page.locator('[data-question]').waitFor();
		await page.goto(`${baseURL()}/quiz/paper`);
		await page.locator('main h1').waitFor();

		expect(errors).toEqual([]);
		expect(refused).toEqual([]);
		await context.close();
	});

	it('is installable: a manifest with icons and a theme colour, served from the site itself', async () => {
		const { context, page } = await newPage(browser);
		await page.goto(`${baseURL()}/`);
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await page.request.get(new URL(href!, page.url()).href)).json();
		expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', theme_color: '#1f6f5c' });
		const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
		for (const icon of manifest.icons) expect((await page.request.get(new URL(icon.src, page.url()).href)).status()).toBe(200);
		// A Content-Security-Policy that names no other origin.
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toMatch(/https?:\/\//);
		await context.close();
	});

	it('no request leaves the site while playing', async () => {
		const { context, page } = await newPage(browser);
		const foreign: string[] = [];
		context.on('request', (r) => {
			const url = new URL(r.url());
			if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) foreign.push(r.url());
		});
		await page.goto(`${baseURL()}/play/elderly-wang`);
		await waitForLive(page);
		await page.keyboard.press('1');
		await page.goto(`${baseURL()}/instructor/class`);
		await page.waitForLoadState('networkidle');
		expect(foreign).toEqual([]);
		await context.close();
	});
});

describe('updates', () => {
	it('a new version offers an update instead of switching under the learner', async () => {
		const { cpSync, mkdtempSync, appendFileSync, rmSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { serveBuild } = await import('../../scripts/serve.ts');
		const dir = mkdtempSync(join(tmpdir(), 'casework-update-'));
		cpSync('build', dir, { recursive: true });
		const first = await serveBuild(dir, 0);
		const url = first.url;
		let server = first.server;
		const port = Number(new URL(url).port);
		const { context, page } = await newPage(browser);
		try {
			await page.goto(`${url}/play/elderly-wang`);
			await controlled(page);
			await waitForLive(page);
			await page.keyboard.press('1');
			// Deploy a new version: a different service worker on the same origin.
			await new Promise<void>((resolve) => server.close(() => resolve()));
			appendFileSync(join(dir, 'service-worker.js'), '\n// next version\n');
			({ server } = await serveBuild(dir, port));
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
			const prompt = page.locator('[data-testid="update-prompt"]');
			await prompt.waitFor();
			// Nothing switched yet: the run in progress is still on screen.
			expect(await page.locator('div.turn').count()).toBe(2);
			await prompt.getByRole('button').click();
			await page.waitForEvent('load');
			await waitForLive(page);
			// After the reload the saved run comes back.
			await page.waitForFunction(() => document.querySelectorAll('div.turn').length === 2);
		} finally {
			await context.close();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
