import { describe, expect, it } from 'vitest';
import { baseURL, newPage, waitForLive } from './browser.ts';
import { compilerFiles, fixture, openAuthor, pasteAndCheck, useBrowser } from './author.helpers.ts';

const browser = useBrowser();

describe('the ink compiler is a lazy chunk of the authoring page only', () => {
	it('is never requested by the home or player pages, and only on demand by the authoring page', async () => {
		const files = compilerFiles();
		expect(files.length).toBeGreaterThan(0);
		for (const f of files) expect(f).toMatch(/^\/_app\/immutable\/.+\.js$/);

		const { context, page } = await newPage(browser());
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		const compilerRequests = () => requested.filter((p) => files.includes(p));

		for (const path of ['/', '/en', '/play/elderly-wang', '/en/play/elderly-wang']) {
			await page.goto(`${baseURL()}${path}`);
			await page.waitForLoadState('networkidle');
			if (path.includes('/play/')) {
				// Load the story chunk too, by making a choice.
				await waitForLive(page);
				await page.locator('button.choice').first().click();
				await page.waitForFunction(() => document.querySelectorAll('div.turn').length > 1);
				await page.waitForLoadState('networkidle');
			}
			expect(compilerRequests(), path).toEqual([]);
			const html = await (await page.request.get(`${baseURL()}${path}`)).text();
			for (const f of files) expect(html, path).not.toContain(f.split('/').pop());
		}
		expect(requested.length).toBeGreaterThan(10);

		// The authoring page fetches it only when a story is first checked.
		await openAuthor(page);
		await page.waitForLoadState('networkidle');
		expect(compilerRequests()).toEqual([]);
		await pasteAndCheck(page, fixture('valid'));
		expect(compilerRequests().length).toBeGreaterThan(0);
		await context.close();
	});
});
