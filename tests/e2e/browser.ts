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

/** The number key that takes the story's choice `index`: options are shown in a shuffled order, and the keys follow the screen. */
export async function keyFor(page: Page, index: number): Promise<string> {
	const keys = await page.locator('button.choice').evaluateAll((els) => els.map((e) => e.getAttribute('data-choice')));
	const at = keys.indexOf(String(index));
	if (at < 0) throw new Error(`choice ${index} is not on screen (${keys.join(', ')})`);
	return String(at + 1);
}

/** The button of the story's choice `index`, wherever it is shown. */
export const choiceButton = (page: Page, index: number) => page.locator(`button.choice[data-choice="${index}"]`);
