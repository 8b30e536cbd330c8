/**
 * Quiz figures: how long a mock paper takes to open (navigation → the first
 * item can be answered, cold, the start button clicked as soon as it
 * appears) and to grade (submit confirmed → the score on screen, with all
 * 80 items answered first by the keyboard: A for single choice, A+C for
 * multiple choice, → to the next item).
 */
import type { Browser, Page } from 'playwright-core';
import { newDeviceContext } from './chromium.ts';
import { WAIT_MS } from './measure.ts';
import { median, round1 } from './stats.ts';

export const QUIZ_RUNS = 5;
const SEED = 1;

export interface QuizFigures {
	/** ms since navigation start: the start button (bank loaded, storage open), then the first item's inputs. */
	startReadyMs: number[];
	openMs: number[];
	/** ms from the confirming click to the score in the DOM, and to the frame after. */
	gradeMs: number[];
	gradeFrameMs: number[];
	median: { startReady: number; open: number; grade: number; gradeFrame: number };
}

/** Marks, in page time, when a selector first matches. Installed before the site's scripts. */
const WATCH = String.raw`(() => {
	const marks = {};
	const want = { start: '[data-testid="start-paper"]', item: '[data-testid="paper-item"] input' };
	const check = () => {
		for (const [k, sel] of Object.entries(want)) if (!(k in marks) && document.querySelector(sel)) marks[k] = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true });
	window.__quiz = { marks };
})();`;

/** Times one click on `button` until `selector` appears: to the DOM (layout done) and to the next frame. */
const TIME_CLICK = String.raw`(button, selector) => new Promise((resolve) => {
	let t0 = null;
	const el = document.querySelector(button);
	el.addEventListener('click', () => { t0 = performance.now(); }, { capture: true, once: true });
	const watch = new MutationObserver(() => {
		if (t0 === null || !document.querySelector(selector)) return;
		watch.disconnect();
		void document.body.offsetHeight;
		const dom = performance.now();
		requestAnimationFrame(() => resolve({ dom: dom - t0, frame: performance.now() - t0 }));
	});
	watch.observe(document.body, { subtree: true, childList: true });
	el.click();
})`;

async function openOnce(browser: Browser, url: string): Promise<{ start: number; item: number }> {
	const context = await newDeviceContext(browser);
	try {
		const page = await context.newPage();
		await page.addInitScript({ content: WATCH });
		await page.goto(`${url}/quiz/paper?seed=${SEED}`, { waitUntil: 'commit', timeout: WAIT_MS });
		await page.locator('[data-testid="start-paper"]').click({ timeout: WAIT_MS });
		await page.waitForSelector('[data-testid="paper-item"] input', { timeout: WAIT_MS });
		return (await page.evaluate('window.__quiz.marks')) as { start: number; item: number };
	} finally {
		await context.close();
	}
}

/** Answers every item of the paper on screen by keyboard. */
async function answerAll(page: Page) {
	for (let k = 0; k < 80; k++) {
		const item = page.locator(`[data-testid="paper-item"][data-index="${k}"] [data-testid="item-view"]`);
		await item.waitFor({ timeout: WAIT_MS });
		const format = await item.getAttribute('data-format');
		await page.keyboard.press('a');
		if (format === 'multiple') await page.keyboard.press('c');
		if (k < 79) await page.keyboard.press('ArrowRight');
	}
}

async function gradeOnce(browser: Browser, url: string): Promise<{ dom: number; frame: number }> {
	const context = await newDeviceContext(browser);
	try {
		const page = await context.newPage();
		await page.goto(`${url}/quiz/paper?seed=${SEED}`, { timeout: WAIT_MS });
		await page.locator('[data-testid="start-paper"]').click({ timeout: WAIT_MS });
		await answerAll(page);
		await page.waitForFunction(
			() => document.querySelector('[data-testid="answered-count"]')?.textContent?.includes('80 / 80') ?? false,
			undefined,
			{ timeout: WAIT_MS }
		);
		await page.locator('[data-testid="submit-paper"]').click();
		await page.waitForSelector('[data-testid="confirm-submit"]', { state: 'visible', timeout: WAIT_MS });
		const timing = (await page.evaluate(`(${TIME_CLICK})('[data-testid="confirm-submit"]', '[data-testid="paper-score"]')`)) as {
			dom: number;
			frame: number;
		};
		const answered = await page.locator('[data-testid="paper-result"]').innerText();
		if (!answered.includes('80 / 80')) throw new Error('the graded paper does not show 80 answered items');
		return timing;
	} finally {
		await context.close();
	}
}

export async function measureQuiz(browser: Browser, url: string): Promise<QuizFigures> {
	const startReadyMs: number[] = [];
	const openMs: number[] = [];
	const gradeMs: number[] = [];
	const gradeFrameMs: number[] = [];
	for (let run = 0; run < QUIZ_RUNS; run++) {
		const o = await openOnce(browser, url);
		startReadyMs.push(round1(o.start));
		openMs.push(round1(o.item));
		const g = await gradeOnce(browser, url);
		gradeMs.push(round1(g.dom));
		gradeFrameMs.push(round1(g.frame));
	}
	return {
		startReadyMs,
		openMs,
		gradeMs,
		gradeFrameMs,
		median: { startReady: median(startReadyMs), open: median(openMs), grade: median(gradeMs), gradeFrame: median(gradeFrameMs) }
	};
}
