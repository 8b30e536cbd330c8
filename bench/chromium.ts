/**
 * The browser and the device every figure is measured on. Kept identical from
 * run to run so results in bench/results/ can be compared.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** A mid-size phone viewport; CPU is not throttled, so figures are this machine's speed. */
export const DEVICE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, cpuThrottling: 'none' } as const;

/** Launches Debian's Chromium with the flags of tests/e2e/browser.ts, which keep it off the network. */
export function launchChromium(): Promise<Browser> {
	// Copied rather than imported: tests/e2e/browser.ts imports vitest, which refuses to load outside a test run.
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

/** A fresh context (empty cache and storage) with the bench device. */
export function newDeviceContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ viewport: DEVICE.viewport, deviceScaleFactor: DEVICE.deviceScaleFactor });
}
