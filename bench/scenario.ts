/** Per-scenario figures: transfer size, cold time to first choice and choice latency over best-path playthroughs. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { bestPath } from '../scripts/lib/stories.ts';
import { measureColdLoad, measurePlaythrough, measureTransfer, type Transfer } from './measure.ts';
import { median, percentile, round1 } from './stats.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LOCALE = 'zh-CN';
export const COLD_RUNS = 10;
/** Playthroughs per scenario, pooled for the choice-latency percentiles (one gives only ~25 samples). */
export const PLAYTHROUGHS = 3;

export interface ScenarioFigures {
	id: string;
	/** Up to the first choice taking input (the budget). */
	transfer: Transfer;
	/** Up to the ink runtime and the story being in, which load after it. */
	transferLive: Transfer;
	cold: {
		paintedMs: number[];
		parsedMs: number[];
		interactiveMs: number[];
		liveMs: number[];
		paintedMedian: number;
		parsedMedian: number;
		interactiveMedian: number;
		liveMedian: number;
	};
	choices: { n: number; p50: number; p95: number; updateP50: number; updateP95: number; totalMs: number[]; updateMs: number[] };
}

export async function measureScenario(browser: Browser, baseURL: string, id: string): Promise<ScenarioFigures> {
	const url = `${baseURL}/play/${id}`;
	const path = bestPath(join(ROOT, 'stories', id, `${LOCALE}.ink`));
	const transfer = await measureTransfer(browser, url, 'interactive');
	const transferLive = await measureTransfer(browser, url, 'live');
	const liveMs: number[] = [];
	const interactiveMs: number[] = [];
	const paintedMs: number[] = [];
	const parsedMs: number[] = [];
	for (let run = 0; run < COLD_RUNS; run++) {
		const marks = await measureColdLoad(browser, url);
		liveMs.push(round1(marks.live));
		interactiveMs.push(round1(marks.interactive));
		paintedMs.push(round1(marks.painted));
		parsedMs.push(round1(marks.parsed));
	}
	const turns = [];
	for (let k = 0; k < PLAYTHROUGHS; k++) turns.push(...(await measurePlaythrough(browser, url, path.choices)));
	const totalMs = turns.map((t) => round1(t.total));
	const updateMs = turns.map((t) => round1(t.update));
	return {
		id,
		transfer,
		transferLive,
		cold: {
			paintedMs,
			parsedMs,
			interactiveMs,
			liveMs,
			paintedMedian: median(paintedMs),
			parsedMedian: median(parsedMs),
			interactiveMedian: median(interactiveMs),
			liveMedian: median(liveMs)
		},
		choices: {
			n: turns.length,
			p50: percentile(totalMs, 50),
			p95: percentile(totalMs, 95),
			updateP50: percentile(updateMs, 50),
			updateP95: percentile(updateMs, 95),
			totalMs,
			updateMs
		}
	};
}
