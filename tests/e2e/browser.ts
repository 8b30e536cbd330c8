import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { inject } from 'vitest';

/** Debian's Chromium, kept off the network except for the local server. */
export const launch = launchChromium;

export const baseURL = () => inject('baseURL');

export async function newPage(
	browser: Browser,
	options: BrowserContextOptions = {}
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return { context, page, errors };
}

/** Waits until hydration has made the choices live (the player sets data-live). */
export async function waitForLive(page: Page) {
	await page.waitForSelector('[data-live="true"]', { timeout: 15_000 });
}
