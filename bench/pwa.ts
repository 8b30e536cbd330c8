/**
 * The project's own PWA check, since Lighthouse 12 dropped its PWA category:
 * Chromium's installability verdict, the manifest's fields and icons, a
 * service worker controlling the page, and the page loading again once the
 * server is gone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveBuild } from '../scripts/serve.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.ts';
import { DEVICE } from './chromium.ts';
import { WAIT_MS } from './measure.ts';

export interface PwaCheck {
	id: 'installable' | 'manifest' | 'icons' | 'maskable' | 'service-worker' | 'offline';
	pass: boolean;
	detail: string;
}

export interface PwaFigures {
	passed: number;
	total: number;
	installable: boolean;
	checks: PwaCheck[];
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
	if (bytes.length < 24 || bytes.toString('latin1', 1, 4) !== 'PNG' || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface ManifestIcon {
	src: string;
	sizes?: string;
	type?: string;
	purpose?: string;
}

/** Fetches each icon and checks it is a PNG of the size it declares; returns the problems. */
async function iconProblems(page: Page, manifestUrl: string, icons: ManifestIcon[]): Promise<string[]> {
	const problems: string[] = [];
	for (const icon of icons) {
		const response = await page.request.get(new URL(icon.src, manifestUrl).href, { timeout: WAIT_MS });
		const size = response.ok() ? pngSize(await response.body()) : null;
		if (!response.ok()) problems.push(`${icon.src}: HTTP ${response.status()}`);
		else if (!size) problems.push(`${icon.src}: not a PNG`);
		else if (icon.sizes !== `${size.width}x${size.height}`)
			problems.push(`${icon.src}: declares ${icon.sizes}, is ${size.width}x${size.height}`);
	}
	return problems;
}

/** Resolves once the service worker controls the page (it claims clients on activation), or after the wait. */
const CONTROLLED = String.raw`(async (wait) => {
	const timeout = new Promise((resolve) => setTimeout(resolve, wait));
	const reg = await Promise.race([navigator.serviceWorker.ready, timeout]);
	if (reg && !navigator.serviceWorker.controller)
		await Promise.race([new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })), timeout]);
	return { scope: reg ? reg.scope : null, controlled: !!navigator.serviceWorker.controller };
})(${WAIT_MS})`;

/**
 * The project's PWA check on a first visit, in a fresh non-incognito profile
 * (Chromium never offers installation in incognito, which is what a new
 * Playwright context is), against a server of its own so that going offline
 * can mean the server is really gone.
 */
export async function checkPwa(site: string, path: string, ready: string): Promise<PwaFigures> {
	const { server, url } = await serveBuild(site, 0);
	const profile = mkdtempSync(join(tmpdir(), 'casework-pwa-'));
	let context: BrowserContext | undefined;
	const checks: PwaCheck[] = [];
	const check = (id: PwaCheck['id'], pass: boolean, detail: string) => checks.push({ id, pass, detail });
	try {
		context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS,
			viewport: DEVICE.viewport,
			deviceScaleFactor: DEVICE.deviceScaleFactor
		});
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(`${url}${path}`, { timeout: WAIT_MS });
		await page.waitForSelector(ready, { timeout: WAIT_MS });
		const cdp = await context.newCDPSession(page);

		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		const errors = installabilityErrors.map((e) => [e.errorId, ...e.errorArguments.map((a) => `${a.name}=${a.value}`)].join(' '));
		check('installable', errors.length === 0, errors.length ? errors.join('; ') : 'Chromium reports no installability errors');

		const app = await cdp.send('Page.getAppManifest', {});
		const manifest = app.url && app.data ? (JSON.parse(app.data) as Record<string, unknown> & { icons?: ManifestIcon[] }) : null;
		if (!manifest) {
			check('manifest', false, 'no manifest linked');
			check('icons', false, 'no manifest');
			check('maskable', false, 'no manifest');
		} else {
			const missing = ['name', 'short_name', 'start_url', 'display', 'theme_color', 'background_color'].filter((k) => !manifest[k]);
			const badDisplay = manifest.display && !['standalone', 'fullscreen', 'minimal-ui'].includes(String(manifest.display));
			const parseErrors = app.errors.filter((e) => e.critical).map((e) => e.message);
			const problems = [...missing.map((k) => `${k} missing`), ...(badDisplay ? [`display ${manifest.display}`] : []), ...parseErrors];
			check(
				'manifest',
				problems.length === 0,
				problems.length ? problems.join('; ') : `${app.url.replace(url, '')}: name, short_name, start_url, display, colours`
			);

			const icons = manifest.icons ?? [];
			const any = icons.filter((i) => !i.purpose || i.purpose.split(/\s+/).includes('any'));
			const maskable = icons.filter((i) => i.purpose?.split(/\s+/).includes('maskable'));
			const anyProblems = [
				...['192x192', '512x512'].filter((s) => !any.some((i) => i.sizes === s)).map((s) => `no ${s} icon`),
				...(await iconProblems(page, app.url, any))
			];
			check('icons', anyProblems.length === 0, anyProblems.length ? anyProblems.join('; ') : any.map((i) => i.sizes).join(', '));
			const maskProblems = maskable.length ? await iconProblems(page, app.url, maskable) : ['no icon with purpose maskable'];
			check('maskable', maskProblems.length === 0, maskProblems.length ? maskProblems.join('; ') : maskable.map((i) => i.sizes).join(', '));
		}

		const sw = (await page.evaluate(CONTROLLED)) as { scope: string | null; controlled: boolean };
		check(
			'service-worker',
			sw.controlled,
			sw.controlled ? `controls the page, scope ${sw.scope?.replace(url, '')}` : `not controlling (scope ${sw.scope})`
		);

		// Offline: the server is stopped, not emulated away, so nothing can come from the network.
		await new Promise<void>((resolve) => {
			server.close(() => resolve());
			server.closeAllConnections();
		});
		try {
			const response = await page.reload({ waitUntil: 'commit', timeout: WAIT_MS });
			await page.waitForSelector(ready, { timeout: WAIT_MS });
			check('offline', true, `reloaded with the server stopped${response?.fromServiceWorker() ? ', served by the service worker' : ''}`);
		} catch (e) {
			check('offline', false, `reload with the server stopped: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
		}
	} finally {
		await context?.close();
		if (server.listening) server.close();
		server.closeAllConnections();
		rmSync(profile, { recursive: true, force: true });
	}
	const installable = checks.find((c) => c.id === 'installable')?.pass ?? false;
	return { passed: checks.filter((c) => c.pass).length, total: checks.length, installable, checks };
}
