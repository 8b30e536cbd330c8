/**
 * Performance bench: transfer size, time to first choice and choice latency
 * for the home page and every zh-CN scenario, and the time to open and to
 * grade a quiz mock paper, measured in Chromium against
 * the built static site; then Lighthouse scores and the project's own PWA
 * check for the home page and one scenario (bench/lighthouse.ts). Prints a
 * report and writes bench/results/latest.json.
 *   npm run bench [-- --no-build] [--no-lighthouse]
 * It reports, it does not judge: exit 0 whatever the figures, 1 only if the
 * bench itself failed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { serveBuild } from '../scripts/serve.ts';
import { bestPath } from '../scripts/lib/stories.ts';
import { DEVICE, launchChromium } from './chromium.ts';
import { OPENING_READING_MS, READING_MS, measureColdLoad, measurePlaythrough, measureTransfer, type Transfer } from './measure.ts';
import { QUIZ_RUNS, measureQuiz, type QuizFigures } from './quiz.ts';
import { makePackages, measureClassImport } from './instructor.ts';
import { measureLighthouse, reportLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { median, percentile, round1 } from './stats.ts';
import { kb, ms, renderTable, verdict } from './table.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALE = 'zh-CN';
const COLD_RUNS = 10;
/** Playthroughs per scenario, pooled for the choice-latency percentiles (one gives only ~25 samples). */
const PLAYTHROUGHS = 3;
/** From the performance issue. */
const GOALS = { scenarioTotalGz: 80 * 1024, homeJsGz: 50 * 1024, choiceP95Ms: 16 };

interface ScenarioFigures {
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

function build() {
	const started = Date.now();
	const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 300_000 });
	if (result.status !== 0) {
		throw new Error(`vite build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`);
	}
	console.error(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * Copies build/ aside so a rebuild by someone else in the same tree cannot
 * swap files under the running bench.
 */
function snapshotBuild(): string {
	const dir = mkdtempSync(join(tmpdir(), 'casework-bench-'));
	cpSync(join(ROOT, 'build'), dir, { recursive: true });
	return dir;
}

/** True when the client code was compiled by Svelte in dev mode (it tags components with their source file), which inflates every figure. */
function looksLikeDevBuild(dir: string): boolean {
	const immutable = join(dir, '_app', 'immutable');
	if (!existsSync(immutable)) return false;
	return readdirSync(immutable, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.js'))
		.some((f) => /=`src\/[^`]*\.svelte`/.test(readFileSync(join(immutable, f), 'utf8')));
}

/** Scenario ids as the catalogue sees them: stories/<id>/ folders with a zh-CN.ink. */
function scenarioIds(): string[] {
	const stories = join(ROOT, 'stories');
	return readdirSync(stories, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(stories, d.name, `${LOCALE}.ink`)))
		.map((d) => d.name)
		.sort();
}

async function measureScenario(browser: Browser, baseURL: string, id: string): Promise<ScenarioFigures> {
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

function report(home: Transfer, scenarios: ScenarioFigures[]) {
	const sizes = (t: Transfer) => [kb(t.gz.html), kb(t.gz.js), kb(t.gz.css), kb(t.gz.other), kb(t.gz.total), kb(t.gz.story)];
	console.log(
		`\nDevice: headless Chromium, viewport ${DEVICE.viewport.width}×${DEVICE.viewport.height} @${DEVICE.deviceScaleFactor}x, no CPU throttling, no network throttling (localhost). Locale ${LOCALE}.`
	);
	console.log(
		'\nTransfer size (each response gzipped at level 9; home until network idle; scenarios until the first choice takes input —\n' +
			'the prerendered opening is on screen and a click is accepted; the ink runtime and the story load right after, see "+ engine")\n'
	);
	console.log(
		renderTable(
			['page', 'html', 'js', 'css', 'other', 'total', 'story (in js)', 'goal', 'status'],
			[
				['home', ...sizes(home), `JS ≤ ${kb(GOALS.homeJsGz)}`, `${verdict(home.gz.js, GOALS.homeJsGz)} (home JS gz ${kb(home.gz.js)})`],
				...scenarios.flatMap((s) => [
					[
						`/play/${s.id}`,
						...sizes(s.transfer),
						`total ≤ ${kb(GOALS.scenarioTotalGz)}`,
						verdict(s.transfer.gz.total, GOALS.scenarioTotalGz)
					],
					[`  + engine (live)`, ...sizes(s.transferLive), '', '']
				])
			]
		)
	);
	console.log('\nLargest responses (gz):');
	for (const [page, t] of [['home', home] as const, ...scenarios.map((s) => [s.id, s.transfer] as const)]) {
		const top = t.resources.slice(0, 4).map((r) => `${r.path.split('/').pop() || '/'}${r.story ? ' [story]' : ''} ${kb(r.gz)}`);
		console.log(`  ${page}: ${top.join(', ')}`);
	}
	console.log(`\nTime to first choice (ms since navigation start; cold: new context, empty cache; median of ${COLD_RUNS})\n`);
	console.log(
		renderTable(
			['scenario', 'first choice painted', 'HTML parsed', 'takes input', 'story live', 'live min–max'],
			scenarios.map((s) => [
				s.id,
				ms(s.cold.paintedMedian),
				ms(s.cold.parsedMedian),
				ms(s.cold.interactiveMedian),
				ms(s.cold.liveMedian),
				`${Math.min(...s.cold.liveMs).toFixed(0)}–${Math.max(...s.cold.liveMs).toFixed(0)} ms`
			])
		)
	);
	console.log(
		`\nChoice latency (best path by keyboard, ${PLAYTHROUGHS} cold playthroughs pooled; ${OPENING_READING_MS / 1000} s spent reading the opening, ${READING_MS / 1000} s each later passage)\n`
	);
	console.log(
		renderTable(
			['scenario', 'samples', 'render p50', 'render p95', 'goal', 'status', 'next frame p50', 'next frame p95'],
			scenarios.map((s) => [
				s.id,
				String(s.choices.n),
				ms(s.choices.updateP50),
				ms(s.choices.updateP95),
				`p95 ≤ ${GOALS.choiceP95Ms} ms`,
				verdict(s.choices.updateP95, GOALS.choiceP95Ms),
				ms(s.choices.p50),
				ms(s.choices.p95)
			])
		)
	);
	console.log(
		'\nrender = input → the new passage in the DOM with style and layout done (the work the app controls).\n' +
			'next frame = input → the requestAnimationFrame after that, which adds the wait for the next 60 Hz vsync (0–16.7 ms).'
	);
}

function reportQuiz(q: QuizFigures) {
	const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)} ms`;
	console.log(`\nQuiz: mock paper (median of ${QUIZ_RUNS}; open = cold load, new context)\n`);
	console.log(
		renderTable(
			['step', 'median', 'min–max', 'from → to'],
			[
				['open: start button live', ms(q.median.startReady), range(q.startReadyMs), 'navigation → bank loaded, storage open'],
				['open: first item ready', ms(q.median.open), range(q.openMs), 'navigation → item 1 answerable (start clicked at once)'],
				['grade: score in DOM', ms(q.median.grade), range(q.gradeMs), 'confirm click → score shown (80 answered)'],
				['grade: next frame', ms(q.median.gradeFrame), range(q.gradeFrameMs), 'confirm click → frame after']
			]
		)
	);
}

function writeResults(
	site: string,
	devBuild: boolean,
	home: Transfer,
	scenarios: ScenarioFigures[],
	quiz: QuizFigures | null,
	classImport: { ms: number; afterDropMs: number; verified: number } | null,
	lighthouse: LighthouseFigures | null,
	failures: string[]
) {
	const dir = join(ROOT, 'bench', 'results');
	mkdirSync(dir, { recursive: true });
	const versionFile = join(site, '_app', 'version.json');
	const results = {
		date: new Date().toISOString(),
		buildVersion: existsSync(versionFile) ? JSON.parse(readFileSync(versionFile, 'utf8')).version : null,
		devBuild,
		device: DEVICE,
		locale: LOCALE,
		coldRuns: COLD_RUNS,
		goals: GOALS,
		home: { jsGz: home.gz.js, transfer: home },
		scenarios,
		quiz,
		classImport,
		lighthouse,
		failures
	};
	const file = join(dir, 'latest.json');
	writeFileSync(file, JSON.stringify(results, null, '\t') + '\n');
	console.log(`\nFigures written to ${file}`);
}

async function main() {
	if (!process.argv.includes('--no-build')) build();
	const site = snapshotBuild();
	const devBuild = looksLikeDevBuild(site);
	let server: Server | undefined;
	let browser: Browser | undefined;
	const failures: string[] = [];
	try {
		const served = await serveBuild(site, 0);
		server = served.server;
		const url = served.url;
		browser = await launchChromium();
		const home = await measureTransfer(browser, `${url}/`, 'networkidle');
		const scenarios: ScenarioFigures[] = [];
		for (const id of scenarioIds()) {
			console.error(`measuring ${id}…`);
			try {
				scenarios.push(await measureScenario(browser, url, id));
			} catch (e) {
				// One broken scenario should not hide the figures of the others.
				failures.push(`${id}: ${e instanceof Error ? e.message : String(e)}`);
			}
		}
		let quiz: QuizFigures | null = null;
		console.error('measuring the quiz…');
		try {
			quiz = await measureQuiz(browser, url);
		} catch (e) {
			failures.push(`quiz: ${e instanceof Error ? e.message : String(e)}`);
		}
		let classImport: { ms: number; afterDropMs: number; verified: number } | null = null;
		console.error('measuring the class dashboard…');
		try {
			classImport = await measureClassImport(browser, url, makePackages(ROOT, scenarioIds(), 500));
		} catch (e) {
			failures.push(`class import: ${e instanceof Error ? e.message : String(e)}`);
		}
		let lighthouse: LighthouseFigures | null = null;
		if (!process.argv.includes('--no-lighthouse')) {
			console.error('running Lighthouse and the PWA check…');
			try {
				lighthouse = await measureLighthouse(site, url);
				failures.push(...lighthouse.errors.map((e) => `lighthouse ${e}`));
			} catch (e) {
				failures.push(`lighthouse: ${e instanceof Error ? e.message : String(e)}`);
			}
		}
		report(home, scenarios);
		if (quiz) reportQuiz(quiz);
		if (classImport) {
			console.log('\nClass dashboard: import and verify 500 result packages (real replays, as files)\n');
			console.log(
				renderTable(
					['packages', 'verified', 'files in page → all verdicts', 'goal', 'status', 'incl. sending files'],
					[
						[
							'500',
							String(classImport.verified),
							ms(classImport.afterDropMs),
							'≤ 3000 ms',
							verdict(classImport.afterDropMs, 3000),
							ms(classImport.ms)
						]
					]
				)
			);
			console.log(
				'files in page = from the change event that hands the files to the page, as a drop does, to every verdict shown.\n' +
					'incl. sending files = from playwright starting setInputFiles, which first ships 500 files over the DevTools protocol.'
			);
		}
		if (lighthouse) reportLighthouse(lighthouse);
		if (devBuild)
			console.log('\nWARNING: build/ holds a Svelte dev-mode client build; these figures overstate production. Run without --no-build.');
		writeResults(site, devBuild, home, scenarios, quiz, classImport, lighthouse, failures);
	} finally {
		await browser?.close();
		if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
		rmSync(site, { recursive: true, force: true });
	}
	if (failures.length) {
		console.error(`\nBench failed for ${failures.length} part(s):\n${failures.join('\n')}`);
		process.exitCode = 1;
	}
}

main().catch((e) => {
	console.error(e instanceof Error ? (e.stack ?? e.message) : e);
	process.exitCode = 1;
});
