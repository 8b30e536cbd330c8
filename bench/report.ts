/** The bench's printed report and bench/results/latest.json. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVICE } from './chromium.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import { OPENING_READING_MS, READING_MS, type Transfer } from './measure.ts';
import { QUIZ_RUNS, type QuizFigures } from './quiz.ts';
import { COLD_RUNS, LOCALE, PLAYTHROUGHS, ROOT, type ScenarioFigures } from './scenario.ts';
import { kb, ms, renderTable, verdict } from './table.ts';

/** From the performance issue. */
const GOALS = { scenarioTotalGz: 80 * 1024, homeJsGz: 50 * 1024, choiceP95Ms: 16 };

export function report(home: Transfer, scenarios: ScenarioFigures[]) {
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

export function reportQuiz(q: QuizFigures) {
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

export function writeResults(
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
