/**
 * Page measurements: bytes a page pulls in, cold-load timings, and the
 * latency of each choice over a playthrough. Each opens its own context so
 * nothing is cached between measurements.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { newDeviceContext } from './chromium.ts';
import { PROBE, type LoadMarks, type TurnTiming } from './probe.ts';

/** Upper bound for any single wait in the page. */
export const WAIT_MS = 15_000;

export type Kind = 'html' | 'js' | 'css' | 'other';

export interface Resource {
	path: string;
	kind: Kind;
	/** The compiled story (an `export default "{…inkVersion…}"` module). */
	story: boolean;
	bytes: number;
	gz: number;
}

export interface Transfer {
	gz: Record<Kind | 'total' | 'story', number>;
	resources: Resource[];
}

/** Rejects after `ms` so a hung step fails the bench instead of stalling it. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

function kindOf(response: Response): Kind {
	const type = response.headers()['content-type'] ?? '';
	if (type.includes('html')) return 'html';
	if (type.includes('javascript')) return 'js';
	if (type.includes('css')) return 'css';
	return 'other';
}

/**
 * What "loaded" means for a page: the first choice takes input (interactive),
 * the ink runtime and story are in (live), or the network is quiet.
 */
export type Until = 'interactive' | 'live' | 'networkidle';

async function waitUntilReady(page: Page, url: string, until: Until) {
	if (until === 'networkidle') {
		await page.goto(url, { waitUntil: 'networkidle', timeout: WAIT_MS });
	} else {
		await page.goto(url, { waitUntil: 'commit', timeout: WAIT_MS });
		await page.waitForSelector(`[data-${until}="true"]`, { timeout: WAIT_MS });
	}
}

/**
 * Gzipped size (level 9, as a static host would serve it) of every response
 * the page receives until it is ready, summed by kind.
 */
export async function measureTransfer(browser: Browser, url: string, until: Until): Promise<Transfer> {
	const context = await newDeviceContext(browser);
	try {
		const page = await context.newPage();
		await page.addInitScript({ content: PROBE });
		const seen: Response[] = [];
		page.on('response', (r) => seen.push(r));
		await waitUntilReady(page, url, until);
		// Requests the page started after readiness (the ink runtime and story after the first choice takes
		// input, prefetches) do not count. On localhost they finish before the test runner even hears of
		// readiness, so the cut is made by the page's own clock: the probe's mark and Resource Timing.
		let started: Map<string, number> | undefined;
		if (until !== 'networkidle') {
			const cut = (await page.evaluate(`window.__bench.marks.${until}`)) as number;
			const entries = (await page.evaluate(`performance.getEntriesByType('resource').map((e) => [e.name, e.startTime])`)) as [
				string,
				number
			][];
			started = new Map(entries.filter(([, t]) => t > cut));
		}
		const counted = seen
			.slice()
			.filter((r) => r.status() < 300 || r.status() >= 400)
			.filter((r) => !started?.has(r.url()));
		const resources = await withTimeout(
			Promise.all(
				counted.map(async (r): Promise<Resource> => {
					const body = await r.body();
					return {
						path: new URL(r.url()).pathname,
						kind: kindOf(r),
						story: body.subarray(0, 200).includes('inkVersion'),
						bytes: body.length,
						gz: gzipSync(body, { level: 9 }).length
					};
				})
			),
			WAIT_MS,
			`response bodies of ${url}`
		);
		const gz = { html: 0, js: 0, css: 0, other: 0, total: 0, story: 0 };
		for (const r of resources) {
			gz[r.kind] += r.gz;
			gz.total += r.gz;
			if (r.story) gz.story += r.gz;
		}
		resources.sort((a, b) => b.gz - a.gz);
		return { gz, resources };
	} finally {
		await context.close();
	}
}

/**
 * One cold load (new context, empty cache), in ms since navigation start: when
 * the first choice is painted, when the HTML is parsed (DOMContentLoaded end,
 * where hydration can begin), when the choices take input and when the story is live.
 */
export async function measureColdLoad(
	browser: Browser,
	url: string
): Promise<{ painted: number; parsed: number; interactive: number; live: number }> {
	const context = await newDeviceContext(browser);
	try {
		const page = await context.newPage();
		await page.addInitScript({ content: PROBE });
		await waitUntilReady(page, url, 'live');
		await page.waitForFunction('window.__bench.marks.painted !== null', undefined, { timeout: WAIT_MS });
		const marks = (await page.evaluate('window.__bench.marks')) as LoadMarks;
		const parsed = (await page.evaluate(`performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null`)) as
			number | null;
		if (marks.live === null || marks.interactive === null || marks.painted === null || parsed === null)
			throw new Error(`${url}: load marks missing`);
		return { painted: marks.painted, parsed, interactive: marks.interactive, live: marks.live };
	} finally {
		await context.close();
	}
}

/**
 * A learner reads each passage before choosing: many seconds for a passage
 * and its options. The bench waits a small fraction of that, so idle-time
 * work the page does meanwhile (laying out the next turns) happens as it
 * would for a person; work still running when the key is pressed counts
 * against the choice, because timing starts at the input event's own
 * timestamp. The opening gets longer: it is the longest read, and it comes
 * with a page that is still starting up (storage, service worker).
 */
export const READING_MS = 1000;
export const OPENING_READING_MS = 3000;

/**
 * Plays `choices` (positions in the offered list) by keyboard, 1–9, or by click
 * beyond that, timing each input until the frame after the next turn appears.
 */
export async function measurePlaythrough(browser: Browser, url: string, choices: number[]): Promise<TurnTiming[]> {
	const context = await newDeviceContext(browser);
	try {
		const page = await context.newPage();
		await page.addInitScript({ content: PROBE });
		await waitUntilReady(page, url, 'live');
		const timings: TurnTiming[] = [];
		for (const [k, position] of choices.entries()) {
			await page.waitForTimeout(k === 0 ? OPENING_READING_MS : READING_MS);
			await page.evaluate(`window.__bench.arm(${WAIT_MS})`);
			if (position < 9) await page.keyboard.press(String(position + 1));
			else await page.locator('button.choice').nth(position).click({ timeout: WAIT_MS });
			const timing = withTimeout(
				page.evaluate('window.__bench.pending') as Promise<TurnTiming>,
				WAIT_MS + 1000,
				`choice ${k + 1} on ${url}`
			);
			timings.push(await timing);
		}
		return timings;
	} finally {
		await context.close();
	}
}
