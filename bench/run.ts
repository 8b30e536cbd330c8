/**
 * Performance bench: transfer size, time to first choice and choice latency
 * for the home page and every zh-CN scenario, and the time to open and to
 * grade a quiz mock paper, measured in Chromium against
 * the built static site; then Lighthouse scores and the project's own PWA
 * check for the home page and one scenario (bench/lighthouse.ts); and the
 * blind-strategy table of every story (bench/strategies.ts); and the
 * free-text coach's accuracy, speed and size (bench/coach.ts). Prints a
 * report and writes bench/results/latest.json.
 *   npm run bench [-- --no-build] [--no-lighthouse]
 * It reports, it does not judge: exit 0 whatever the figures, 1 only if the
 * bench itself failed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { serveBuild } from '../scripts/serve.ts';
import { launchChromium } from './chromium.ts';
import { measureTransfer } from './measure.ts';
import { measureQuiz, type QuizFigures } from './quiz.ts';
import { benchAssignment, makePackages, measureClassImport } from './instructor.ts';
import { measureLighthouse, reportLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { LOCALE, ROOT, measureScenario, type ScenarioFigures } from './scenario.ts';
import { report, reportQuiz, writeResults } from './report.ts';
import { reportStrategies } from './strategies.ts';
import { reportCoach } from './coach.ts';
import { ms, renderTable, verdict } from './table.ts';

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
			classImport = await measureClassImport(browser, url, makePackages(ROOT, scenarioIds(), 500), benchAssignment(scenarioIds()));
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
		reportStrategies(scenarioIds());
		reportCoach(site);
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
