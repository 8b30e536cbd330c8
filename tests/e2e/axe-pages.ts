/**
 * axe-core on every page of the site, with one good record of every kind in
 * storage so that each page shows its content rather than its empty state:
 * each page is loaded once, then checked in the light and dark themes on a
 * 360 px phone and, for the pages with a desktop layout of their own, resized
 * in place to 1280 px (light only: the themes differ in colour, which the
 * width does not change). Also: nothing scrolls sideways on the phone. Run
 * once per language (axe-pages-zh / axe-pages-en).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { baseURL, launch, newPage } from './browser.ts';
import { putRaw } from './idb.ts';
import { ASSIGNMENT_ID, GOOD, assignment, saved } from './corruption-records.ts';

/** Width, theme: each page's checks, in order. */
const VIEWS = [
	[360, 'dark'],
	[360, 'light'],
	[1280, 'light']
] as const;

/** An assignment that carries the instructor's own story too, so that its player page has something to play. */
const withStory = {
	...assignment,
	custom: [{ id: `custom-${saved.hash}`, title: saved.title, locale: saved.locale, hash: saved.hash, json: saved.json }]
};

/** The pages laid out anew on a desktop (`container wide`); the others are the phone's column, centred. */
const WIDE = new Set(['/', '/progress', '/quiz', '/quiz/coverage', '/instructor/class']);

/** Every route under src/routes/[[lang=locale]], with the address that shows it with content. */
export const PAGES = [
	'/',
	'/play/elderly-wang',
	'/play/truant-li/debrief',
	'/progress',
	'/scoring',
	'/settings',
	'/quiz',
	'/quiz/coverage',
	'/quiz/drill?t=empathy',
	'/quiz/mistakes',
	'/quiz/paper',
	'/quiz/practice',
	'/quiz/review',
	'/quiz/search?q=%E5%90%8C%E7%90%86',
	// One chapter of the study list stands for all: the same markup, a fraction of axe's time.
	'/quiz/study?topic=evaluation',
	'/assignment',
	`/assignment/play?assignment=${ASSIGNMENT_ID}&story=${saved.hash}`,
	'/instructor',
	'/instructor/assign',
	'/instructor/author',
	'/instructor/class'
];

/** Waits until the page has finished loading and its DOM has been still for a moment (storage read, hydrated). */
async function settle(page: Page) {
	await page.waitForLoadState('networkidle');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const done = () => {
					observer.disconnect();
					clearTimeout(cap);
					resolve();
				};
				let quiet = setTimeout(done, 400);
				const cap = setTimeout(done, 8_000);
				const observer = new MutationObserver(() => {
					clearTimeout(quiet);
					quiet = setTimeout(done, 400);
				});
				observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
			})
	);
}

/** Checks every page in one language; returns the problems found, empty when there are none. */
export async function checkEveryPage(prefix: '' | '/en'): Promise<string[]> {
	const browser = await launch();
	const problems: string[] = [];
	try {
		const { context, page, errors } = await newPage(browser, { viewport: { width: 360, height: 740 } });
		await page.goto(`${baseURL()}${prefix}/`);
		await page.locator('[data-testid="home-due"]').waitFor();
		for (const [key, value] of Object.entries(GOOD)) await putRaw(page, key, value);
		await putRaw(page, `instructor:assignment:${ASSIGNMENT_ID}`, withStory);
		await putRaw(page, `learner:assignment:${ASSIGNMENT_ID}`, {
			assignment: withStory,
			learner: '良好同学',
			acceptedAt: assignment.createdAt
		});

		for (const path of PAGES) {
			await page.setViewportSize({ width: 360, height: 740 });
			const response = await page.goto(`${baseURL()}${prefix}${path}`);
			expect(response?.status(), path).toBe(200);
			await settle(page);
			// Every page has a main landmark with a heading: not an error page, not a blank one.
			expect(await page.locator('main h1').count(), `${path} has no heading`).toBeGreaterThan(0);
			const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			if (over > 0) problems.push(`${prefix}${path} at 360 px scrolls sideways by ${over} px`);
			for (const [width, theme] of VIEWS.filter(([w]) => w === 360 || WIDE.has(path))) {
				await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
				await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
				for (const v of (await new AxeBuilder({ page }).analyze()).violations)
					problems.push(`${prefix}${path} ${theme} ${width}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`);
			}
		}
		problems.push(...errors.map((e) => `page error: ${e}`));
		await context.close();
	} finally {
		await browser.close();
	}
	return problems;
}
