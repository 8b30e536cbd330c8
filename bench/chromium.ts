/**
 * The browser and the device every figure is measured on. Kept identical from
 * run to run so results in bench/results/ can be compared.
 */
import type { Browser, BrowserContext } from 'playwright-core';

/** A mid-size phone viewport; CPU is not throttled, so figures are this machine's speed. */
export const DEVICE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, cpuThrottling: 'none' } as const;

export { launchChromium } from '../scripts/chromium.ts';

/** A fresh context (empty cache and storage) with the bench device. */
export function newDeviceContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ viewport: DEVICE.viewport, deviceScaleFactor: DEVICE.deviceScaleFactor });
}
