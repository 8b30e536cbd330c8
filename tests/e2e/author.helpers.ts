import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch } from './browser.ts';

export const FIXTURES = 'tests/fixtures/author';
export const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}.ink`, 'utf8');
export const AUTHOR = '/instructor/author';

/** One browser for the file's tests; the getter is valid inside them. */
export function useBrowser(): () => Browser {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser;
}

/** Opens the authoring page and waits until it is hydrated and has read the saved list. */
export async function openAuthor(page: Page, path = AUTHOR) {
	await page.goto(`${baseURL()}${path}`);
	await page.waitForSelector('main[data-hydrated="true"]');
	await page.waitForSelector('[data-testid="saved-empty"], [data-testid="saved-stories"]');
}

export async function pasteAndCheck(page: Page, source: string) {
	await page.locator('[data-testid="ink-source"]').fill(source);
	await page.locator('[data-testid="check"]').click();
	await page.waitForFunction(() => {
		const s = document.querySelector('[data-testid="check-status"]')?.textContent ?? '';
		// Neither checking (with or without progress yet) nor not yet started.
		return !/正在编译|Compiling|正在检查|Checking every path/.test(s) && !/尚未检查|Not checked/.test(s);
	});
}

/** Everything in the app's IndexedDB store, as JSON, to prove that nothing changed. */
export function dumpStore(page: Page): Promise<string> {
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
export function compilerFiles(): string[] {
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

/** Resolves once every image in the page has loaded or failed (so an onerror has had its turn) and two frames have been painted. */
export async function settled(page: Page): Promise<void> {
	await page.waitForFunction(() => [...document.images].every((i) => i.complete));
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
